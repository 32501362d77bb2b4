'use client';
/* eslint-disable @next/next/no-img-element -- presigned, short-lived URLs of a private bucket: next/image's optimiser would fetch and cache them server-side under a URL that expires. */

import { useEffect, useRef, useState } from 'react';
import { FileQuestion, ImageOff, RotateCw } from 'lucide-react';
import { Button } from '@/components/ui/button';

type Element = HTMLImageElement | HTMLMediaElement;

/** True once the element has given up on its source (also when that happened before React hydrated). */
function failed(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLImageElement) return el.complete && el.naturalWidth === 0 && !!el.currentSrc;
  return el.error != null || el.networkState === HTMLMediaElement.NETWORK_NO_SOURCE;
}

/**
 * One media file, straight from the media store through its presigned URL. When the store cannot deliver it (down,
 * link expired, file missing) the reader is told so and can try again, instead of seeing a broken image.
 */
export function MediaPreview({ url, contentType, name }: { url: string | null; contentType: string; name: string }) {
  const [attempt, setAttempt] = useState(0);
  const [broken, setBroken] = useState(false);
  const ref = useRef<Element>(null);
  // An error during the server-rendered page's load fires before React listens: look once hydrated.
  useEffect(() => {
    if (failed(ref.current)) setBroken(true);
  }, [attempt]);

  if (!url) {
    return (
      <div className="flex aspect-video flex-col items-center justify-center gap-2 text-sm text-muted-foreground">
        <FileQuestion className="size-6" aria-hidden />
        File unavailable right now
      </div>
    );
  }
  if (broken) {
    return (
      <div role="alert" className="flex aspect-video flex-col items-center justify-center gap-2 p-3 text-center text-sm text-muted-foreground">
        <ImageOff className="size-6" aria-hidden />
        <span>{name} could not be loaded from the media store.</span>
        <Button
          type="button"
          variant="outline"
          size="sm"
          onClick={() => {
            setBroken(false);
            setAttempt((n) => n + 1);
          }}
        >
          <RotateCw aria-hidden />
          Try again
        </Button>
      </div>
    );
  }
  const onError = () => setBroken(true);
  // `key` makes a retry a new element, so the browser requests the file again.
  if (contentType.startsWith('image/')) {
    return <img key={attempt} ref={ref as React.Ref<HTMLImageElement>} src={url} alt={name} loading="lazy" onError={onError} className="aspect-video w-full object-contain" />;
  }
  if (contentType.startsWith('video/')) {
    return <video key={attempt} ref={ref as React.Ref<HTMLVideoElement>} src={url} controls preload="metadata" onError={onError} className="aspect-video w-full" aria-label={name} />;
  }
  if (contentType.startsWith('audio/')) {
    return <audio key={attempt} ref={ref as React.Ref<HTMLAudioElement>} src={url} controls preload="metadata" onError={onError} className="w-full p-3" aria-label={name} />;
  }
  return <div className="flex aspect-video items-center justify-center text-sm text-muted-foreground">No preview for {contentType}</div>;
}
