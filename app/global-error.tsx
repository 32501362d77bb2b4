'use client';

import './globals.css';

/** Replaces the root layout when it fails itself, so it brings its own <html> and no app components. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-svh items-center justify-center p-6">
        <div role="alert" className="max-w-md text-center">
          <h1 className="text-xl font-semibold">N.E.S.T. could not start this page</h1>
          <p className="mt-2 text-sm text-muted-foreground">
            Try again in a moment{error.digest ? `; if it keeps happening, quote reference ${error.digest}` : ''}.
          </p>
          <button type="button" onClick={reset} className="mt-4 rounded-md border px-4 py-2 text-sm font-medium hover:bg-accent">
            Try again
          </button>
        </div>
      </body>
    </html>
  );
}
