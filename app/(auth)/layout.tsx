import { Suspense, type ReactNode } from 'react';
import { Orbit } from 'lucide-react';
import { AmplifyProvider } from '@/components/auth/amplify-provider';
import { amplifyConfig } from '@/lib/auth/config';

// The Cognito config is read at request time, so one build serves any environment.
export const dynamic = 'force-dynamic';

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <AmplifyProvider config={amplifyConfig()}>
      <main className="flex min-h-dvh flex-col items-center justify-center gap-8 bg-muted/40 px-4 py-12">
        <div className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <Orbit className="size-6" aria-hidden />
          <span>N.E.S.T.</span>
        </div>
        {/* Every auth form reads the query string (email, next), which needs a Suspense boundary above it. */}
        <Suspense>{children}</Suspense>
      </main>
    </AmplifyProvider>
  );
}
