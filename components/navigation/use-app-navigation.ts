'use client';

import { useCallback, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { scheduleNudges } from '@/components/navigation/navigation-watch';

/**
 * Programmatic navigation for everything that changes the address (AppLink clicks, the filter bar, map popups),
 * with a pending flag. `navigate` is stable across renders, so effects may depend on it. Each navigation asks the
 * NavigationWatch to re-render a few times, which un-sticks a navigation whose render lost React's ping
 * (docs/app.md, "Navigation").
 */
export function useAppNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, { replace = false, scroll = true }: { replace?: boolean; scroll?: boolean } = {}) => {
      startTransition(() => (replace ? router.replace(href, { scroll }) : router.push(href, { scroll })));
      scheduleNudges();
    },
    [router],
  );
  return { navigate, pending };
}
