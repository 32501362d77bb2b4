'use client';

import { useState } from 'react';
import { LogOut } from 'lucide-react';
import { signOut } from 'aws-amplify/auth';
import { Button } from '@/components/ui/button';
import { DropdownMenuItem } from '@/components/ui/dropdown-menu';

/**
 * Signs out everywhere. /api/auth/sign-out goes first, while the browser still holds the tokens: it records the
 * session cut-off (every ID token of this person, on any device, is refused from now on), revokes the refresh
 * tokens in Cognito and clears the auth cookies. Then Amplify forgets the session in this browser; only if the
 * server could not be reached does Amplify's own global sign-out have to revoke the refresh tokens instead.
 * replace(), not assign(): Back should not return to a page of the signed-out session (pages are no-store too).
 */
export function useSignOut() {
  const [pending, setPending] = useState(false);
  async function signOutEverywhere() {
    setPending(true);
    const server = await fetch('/api/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      // JSON, like every state-changing request: the server refuses anything a cross-site form could send.
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
    try {
      await signOut({ global: !server?.ok });
    } catch {
      // Already revoked or unreachable: the cookies are cleared either way.
    }
    window.location.replace('/sign-in?notice=signed-out');
  }
  return { signOut: signOutEverywhere, pending };
}

export function SignOutButton({ className, variant = 'outline' }: { className?: string; variant?: 'outline' | 'default' | 'ghost' }) {
  const { signOut: run, pending } = useSignOut();
  return (
    <Button type="button" variant={variant} className={className} onClick={run} disabled={pending} aria-busy={pending}>
      <LogOut aria-hidden />
      {pending ? 'Signing out…' : 'Sign out'}
    </Button>
  );
}

/** For the dashboard's user menu (components/layout/user-menu.tsx children). */
export function SignOutMenuItem() {
  const { signOut: run, pending } = useSignOut();
  return (
    <DropdownMenuItem
      disabled={pending}
      onSelect={(event) => {
        // Keep the menu open while signing out, so the pending state is visible.
        event.preventDefault();
        void run();
      }}
    >
      <LogOut aria-hidden />
      {pending ? 'Signing out…' : 'Sign out'}
    </DropdownMenuItem>
  );
}
