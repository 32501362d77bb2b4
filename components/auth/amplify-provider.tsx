'use client';

import '@/lib/security/zod-jitless';
import type { ReactNode } from 'react';
import { Amplify, type ResourcesConfig } from 'aws-amplify';

let configuredWith: string | undefined;

/**
 * Configures Amplify in the browser with the config the server passes down (lib/auth amplifyConfig()), so one
 * build works against any user pool: no NEXT_PUBLIC_* variables. `ssr: true` keeps the tokens in cookies, where
 * middleware and server components read them. Configured during render, not in an effect, so child components'
 * effects and handlers always find Amplify ready.
 */
export function AmplifyProvider({ config, children }: { config: ResourcesConfig; children?: ReactNode }) {
  if (typeof window !== 'undefined') {
    const key = JSON.stringify(config);
    if (configuredWith !== key) {
      Amplify.configure(config, { ssr: true });
      configuredWith = key;
    }
  }
  return <>{children}</>;
}
