import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { redirect } from 'next/navigation';
import { ShieldOff } from 'lucide-react';
import { AmplifyProvider } from '@/components/auth/amplify-provider';
import { SignOutButton } from '@/components/auth/sign-out';
import { Button } from '@/components/ui/button';
import { getStaffSession } from '@/lib/auth';
import { amplifyConfig, STAFF_GROUP } from '@/lib/auth/config';

export const metadata: Metadata = { title: 'No access' };
export const dynamic = 'force-dynamic';

/** Signed in, but not (or no longer) in nest-access. Outside middleware's matcher, so it checks for itself. */
export default async function NoAccessPage() {
  const session = await getStaffSession();
  if (!session.ok && session.reason !== 'forbidden') redirect('/sign-in');

  return (
    <AmplifyProvider config={amplifyConfig()}>
      <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-12">
        <div className="w-full max-w-md rounded-xl border bg-card p-8 text-card-foreground shadow-sm">
          <ShieldOff className="size-8 text-muted-foreground" aria-hidden />
          {session.ok ? (
            <>
              <h1 className="mt-4 text-xl font-semibold tracking-tight">You have access</h1>
              <p className="mt-2 text-sm text-muted-foreground">Your account can use N.E.S.T. now.</p>
              <Button asChild className="mt-6">
                <AppLink href="/">Go to the dashboard</AppLink>
              </Button>
            </>
          ) : (
            <>
              <h1 className="mt-4 text-xl font-semibold tracking-tight">No access to N.E.S.T. yet</h1>
              <p className="mt-2 text-sm">
                You are signed in as <strong data-testid="no-access-email">{session.user.email}</strong>.
              </p>
              <p className="mt-2 text-sm text-muted-foreground">
                N.E.S.T. is for screening staff only. Your account is not in the <code>{STAFF_GROUP}</code> group, so
                an admin has not granted you access yet, or has taken it away. Ask an admin to invite you, then sign in
                again.
              </p>
              <SignOutButton className="mt-6" />
            </>
          )}
        </div>
      </main>
    </AmplifyProvider>
  );
}
