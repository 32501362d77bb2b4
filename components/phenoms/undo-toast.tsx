'use client';

import { useEffect } from 'react';
import { Button } from '@/components/ui/button';

export interface ToastState {
  tone: 'ok' | 'error';
  text: string;
  /** Offered while the toast shows: puts back what the change replaced. */
  undo?: () => void;
}

/**
 * The toast after an optimistic change: says what happened, offers Undo for a while (12 s, then it goes), and stays
 * until dismissed when it reports a failure. A polite live region, so a screen reader hears it without losing focus.
 */
export function UndoToast({ toast, onClose }: { toast: ToastState | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast || toast.tone === 'error') return;
    const timer = setTimeout(onClose, 12_000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div role="status" aria-live="polite" className="pointer-events-none fixed right-4 bottom-4 z-50 flex max-w-sm flex-col gap-2">
      {toast ? (
        <div className={`pointer-events-auto flex items-center gap-3 rounded-lg border bg-background p-3 text-sm shadow-lg ${toast.tone === 'error' ? 'border-destructive text-destructive' : ''}`}>
          <p className="flex-1">{toast.text}</p>
          {toast.undo ? (
            <Button size="sm" variant="outline" onClick={toast.undo}>
              Undo
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={onClose} aria-label="Dismiss">
            ×
          </Button>
        </div>
      ) : null}
    </div>
  );
}
