'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { Upload } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { sendJson } from '@/lib/api/client-error';
import { fileProblem } from '@/lib/media/client-check';
import { MEDIA_TYPES } from '@/lib/media/schemas';

const started = z.object({ upload: z.object({ id: z.string() }), put: z.object({ url: z.string(), headers: z.record(z.string(), z.string()) }) });

/** PUTs the file to the presigned URL, reporting progress; resolves with the HTTP status (0: the network failed). */
function put(url: string, headers: Record<string, string>, file: File, onProgress: (fraction: number) => void): Promise<number> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    // Content-Length is signed too, but only the browser may set it: it does, from the file itself.
    for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() !== 'content-length') xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => resolve(0);
    xhr.send(file);
  });
}

type State = { step: 'idle' } | { step: 'sending'; name: string; fraction: number } | { step: 'done'; name: string } | { step: 'failed'; text: string };

/**
 * Attaches a file to the phenom: type and size checked here first, then the three steps of docs/api.md § Media (a
 * pending upload with the key the server chooses, the PUT to the bucket with progress, the media row registered).
 */
export function MediaUpload({ phenomId }: { phenomId: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });

  async function upload(file: File) {
    const problem = fileProblem(file);
    if (problem) return setState({ step: 'failed', text: problem });
    setState({ step: 'sending', name: file.name, fraction: 0 });
    const begun = await sendJson('/api/media/uploads', 'POST', { phenom_id: phenomId, file_name: file.name, content_type: file.type, bytes: file.size });
    const answer = begun.ok ? started.safeParse(begun.data) : null;
    if (!begun.ok || !answer?.success) return setState({ step: 'failed', text: `${file.name} was not uploaded: ${begun.ok ? 'unexpected answer' : begun.message}` });
    const status = await put(answer.data.put.url, answer.data.put.headers, file, (fraction) => setState({ step: 'sending', name: file.name, fraction }));
    if (status < 200 || status >= 300) return setState({ step: 'failed', text: `${file.name} was not uploaded: the media store ${status ? `refused it (HTTP ${status})` : 'could not be reached'}. Try again.` });
    const registered = await sendJson('/api/media', 'POST', { upload_id: answer.data.upload.id });
    if (!registered.ok) return setState({ step: 'failed', text: `${file.name} was uploaded but not attached: ${registered.message}` });
    setState({ step: 'done', name: file.name });
    router.refresh();
  }

  return (
    <div className="mb-4 flex flex-col gap-2 rounded-xl border border-dashed p-3">
      <div className="flex flex-wrap items-center gap-3">
        <input
          ref={input}
          type="file"
          className="sr-only"
          id="media-file"
          accept={Object.keys(MEDIA_TYPES).join(',')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload(file);
          }}
        />
        <Button type="button" size="sm" variant="outline" disabled={state.step === 'sending'} onClick={() => input.current?.click()}>
          <Upload aria-hidden /> Attach a file
        </Button>
        <label htmlFor="media-file" className="text-xs text-muted-foreground">
          Photos up to 50 MiB, audio up to 200 MiB, video up to 1 GiB.
        </label>
      </div>
      {state.step === 'sending' ? (
        <div className="flex items-center gap-2 text-sm">
          <progress aria-label={`Uploading ${state.name}`} value={Math.round(state.fraction * 100)} max={100} className="h-2 w-48" />
          <span role="status">
            Uploading {state.name}: {Math.round(state.fraction * 100)} %
          </span>
        </div>
      ) : state.step === 'done' ? (
        <p role="status" className="text-sm">
          {state.name} is attached.
        </p>
      ) : state.step === 'failed' ? (
        <p role="alert" className="text-sm text-destructive">
          {state.text}
        </p>
      ) : null}
    </div>
  );
}
