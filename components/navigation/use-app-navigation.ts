'use client';

import { useCallback, useTransition } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Programmatic navigation for filters and other controls that change the address: the same path as an
 * {@link AppLink} click (no prefetch entry is created or used, see app-link.tsx), with a pending flag.
 * `navigate` is stable across renders, so effects may depend on it.
 */
export function useAppNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, { replace = false, scroll = true }: { replace?: boolean; scroll?: boolean } = {}) =>
      startTransition(() => (replace ? router.replace(href, { scroll }) : router.push(href, { scroll }))),
    [router],
  );
  return { navigate, pending };
}
