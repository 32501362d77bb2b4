'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { RotateCw } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** Re-runs the page's server rendering (and so its data requests) without a full reload. */
export function RetryButton({ onRetry }: { onRetry?: () => void }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      variant="outline"
      disabled={pending}
      onClick={() =>
        startTransition(() => {
          onRetry?.();
          router.refresh();
        })
      }
    >
      <RotateCw className={pending ? 'animate-spin' : undefined} aria-hidden />
      {pending ? 'Retrying…' : 'Try again'}
    </Button>
  );
}
