import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { headers } from 'next/headers';
import { amplifyConfig } from '@/lib/auth';
import { AmplifyProvider } from '@/components/auth/amplify-provider';
import { NONCE_HEADER } from '@/lib/security/headers';
import { NavigationWatch } from '@/components/navigation/navigation-watch';
import { THEME_SCRIPT } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'N.E.S.T.', template: '%s · N.E.S.T.' },
  description: 'Nexus for Evidence, Screening, and Tracking — screening UAP sighting reports.',
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};


export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page dynamic, as it must be: the browser's Amplify config comes from the
  // server's environment at request time (one build runs against any user pool), and each response carries its
  // own CSP nonce (middleware.ts), which our one inline script must bear.
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    // The theme script changes <html>'s class before React hydrates; that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* The theme class before first paint (the stored choice, else the system's), so nobody sees a flash. */}
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>
        <AmplifyProvider config={amplifyConfig()}>{children}</AmplifyProvider>
        <NavigationWatch />
      </body>
    </html>
  );
}
