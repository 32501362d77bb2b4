'use client';

import { useState } from 'react';
import { LogOut } from 'lucide-react';
import { signOut } from 'aws-amplify/auth';
import { Button } from '@/components/ui/button';
import { DropdownMenuItem } from '@/components/ui/dropdown-menu';

/**
 * Signs out everywhere: Amplify's global sign-out revokes the refresh tokens in Cognito (other devices lose
 * their session at their next refresh), then /api/auth/sign-out clears every auth cookie server-side, even if
 * the browser step failed (e.g. an already-revoked session). replace(), not assign(): Back should not return
 * to a page of the signed-out session (protected pages are no-store as well).
 */
export function useSignOut() {
  const [pending, setPending] = useState(false);
  async function signOutEverywhere() {
    setPending(true);
    try {
      await signOut({ global: true });
    } catch {
      // The server route below still clears the cookies and attempts the global sign-out.
    }
    await fetch('/api/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      // JSON, like every state-changing request: the server refuses anything a cross-site form could send.
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
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
