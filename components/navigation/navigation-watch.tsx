'use client';

import { useEffect, useReducer } from 'react';

/**
 * Works around the Next 15.5 / React 19.2 bug of docs/app.md ("Navigation"): a navigation whose render loses
 * React's ping stays uncommitted for good, although its RSC payload has arrived. Any new update on the React root
 * clears the root's "suspended" marks and makes React render the stuck update again; by then its data is there, so
 * it commits. This component is that update: after every navigation (helper, back/forward, any RSC fetch finishing)
 * it re-renders itself (it renders nothing) a few times. When nothing is stuck that costs an empty render.
 */
const AFTER_MS = [300, 1_000, 2_000, 3_500];

let nudge: (() => void) | null = null;
const timers = new Set<number>();

/** Re-renders the watch a few times from now on (see above). */
export function scheduleNudges(): void {
  if (typeof window === 'undefined') return;
  for (const ms of AFTER_MS) {
    const timer = window.setTimeout(() => {
      timers.delete(timer);
      nudge?.();
    }, ms);
    timers.add(timer);
  }
}

/** Mounted once, in the root layout. */
export function NavigationWatch() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    nudge = rerender;
    window.addEventListener('popstate', scheduleNudges);
    // Every RSC fetch that finishes (navigations, lazy fetches after back/forward, refreshes).
    const rsc = new PerformanceObserver((list) => {
      if (list.getEntries().some((entry) => new URL(entry.name).searchParams.has('_rsc'))) scheduleNudges();
    });
    rsc.observe({ type: 'resource' });
    return () => {
      nudge = null;
      window.removeEventListener('popstate', scheduleNudges);
      rsc.disconnect();
      for (const timer of timers) window.clearTimeout(timer);
      timers.clear();
    };
  }, []);
  return null;
}
