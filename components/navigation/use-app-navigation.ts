'use client';

import { useCallback, useTransition } from 'react';
import { useRouter } from 'next/navigation';

/** How long a navigation may stay uncommitted before it is asked for again, and how many times. */
const LAND_CHECK_MS = 1_500;
const MAX_REDISPATCHES = 3;

// The newest navigation the person asked for (or a back/forward) makes every older watch stop.
let newest = 0;
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (newest += 1));

const pathOf = (url: URL) => url.pathname + url.search;

/**
 * Programmatic navigation for everything that changes the address (AppLink clicks, the filter bar, map popups),
 * with a pending flag. `navigate` is stable across renders, so effects may depend on it.
 *
 * It also works around the Next 15.5 / React 19.2 bug of docs/app.md ("Navigation"): now and then a navigation's
 * render loses React's ping and never commits, although its RSC payload has arrived. A navigation that has not
 * reached the address it was sent to after LAND_CHECK_MS is dispatched again (at most MAX_REDISPATCHES times); the
 * new router update renders together with the stuck one and commits it. The watch stops as soon as the address is
 * reached, another navigation starts, or the tab moves elsewhere (back/forward, a link outside this helper).
 */
export function useAppNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (href: string, { replace = false, scroll = true }: { replace?: boolean; scroll?: boolean } = {}) => {
      const id = (newest += 1);
      const from = pathOf(new URL(window.location.href));
      const target = pathOf(new URL(href, window.location.href));
      const dispatch = () => startTransition(() => (replace ? router.replace(href, { scroll }) : router.push(href, { scroll })));
      let redispatched = 0;
      const watch = () => {
        const now = pathOf(new URL(window.location.href));
        if (id !== newest || now === target || now !== from || redispatched >= MAX_REDISPATCHES) return;
        redispatched += 1;
        dispatch();
        window.setTimeout(watch, LAND_CHECK_MS);
      };
      dispatch();
      if (target !== from) window.setTimeout(watch, LAND_CHECK_MS);
    },
    [router],
  );
  return { navigate, pending };
}
