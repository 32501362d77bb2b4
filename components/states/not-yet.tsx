import type { ReactNode } from 'react';

/** A panel section that has nothing stored yet: what that means, and the action that makes it (a button). */
export function NotYet({ message, children }: { message: string; children: ReactNode }) {
  return (
    <div className="flex flex-col items-start gap-3 text-sm">
      <p className="text-muted-foreground">{message}</p>
      {children}
    </div>
  );
}
