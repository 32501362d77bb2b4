'use client';

import { useEffect } from 'react';
import { TriangleAlert } from 'lucide-react';
import { StatePanel } from '@/components/states/state-panel';
import { RetryButton } from '@/components/states/retry-button';

/** Anything a page did not handle itself. In production Next passes only a digest here, never the message. */
export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatePanel icon={TriangleAlert} title="Something went wrong" headingLevel={1} tone="error" role="alert" actions={<RetryButton onRetry={reset} />}>
      <p>This page could not be shown. Try again; if it keeps happening, tell the team{error.digest ? ` and quote reference ${error.digest}` : ''}.</p>
    </StatePanel>
  );
}
