'use client';

import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { AircraftBody } from '@/lib/aircraft/present';
import { AIRCRAFT_REFRESH_MS } from '@/lib/map/aircraft';

/**
 * Polls GET /api/aircraft for the box every AIRCRAFT_REFRESH_MS while the page is visible (a hidden tab spends no
 * OpenSky credits), at once when the box changes. After a 429 it waits for the Retry-After the server gave, saying
 * so; other failures are shown and retried at the next tick.
 */

export type AircraftFeedState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ok'; body: AircraftBody }
  | { status: 'limited'; message: string; body: AircraftBody | null }
  | { status: 'error'; message: string; body: AircraftBody | null };

const errorSchema = z.object({ error: z.object({ message: z.string() }) });

async function readFailure(res: Response): Promise<string> {
  const parsed = errorSchema.safeParse(await res.json().catch(() => null));
  return parsed.success ? parsed.data.error.message : `Live aircraft are unavailable (the server answered ${res.status}).`;
}

export function useAircraftFeed(bbox: string | null): AircraftFeedState {
  const [state, setState] = useState<AircraftFeedState>({ status: 'off' });

  useEffect(() => {
    if (!bbox) {
      setState({ status: 'off' });
      return;
    }
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let last: AircraftBody | null = null;
    setState({ status: 'loading' });

    const schedule = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(tick, ms);
    };
    async function tick() {
      if (stopped) return;
      // Hidden: ask again when the page is shown (visibilitychange below), not on a timer.
      if (document.visibilityState === 'hidden') return;
      controller = new AbortController();
      try {
        const res = await fetch(`/api/aircraft?bbox=${encodeURIComponent(bbox!)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
        if (stopped) return;
        if (res.ok) {
          last = (await res.json()) as AircraftBody;
          if (stopped) return;
          setState({ status: 'ok', body: last });
          schedule(AIRCRAFT_REFRESH_MS);
        } else if (res.status === 429) {
          const waitS = Number(res.headers.get('retry-after'));
          setState({ status: 'limited', message: await readFailure(res), body: last });
          schedule(Number.isFinite(waitS) && waitS > 0 ? waitS * 1000 : AIRCRAFT_REFRESH_MS * 6);
        } else {
          setState({ status: 'error', message: await readFailure(res), body: last });
          schedule(AIRCRAFT_REFRESH_MS);
        }
      } catch {
        if (stopped) return;
        setState({ status: 'error', message: 'Live aircraft could not be loaded: the server is unreachable.', body: last });
        schedule(AIRCRAFT_REFRESH_MS);
      }
    }
    const onVisibility = () => {
      if (document.visibilityState === 'visible') schedule(0);
    };
    document.addEventListener('visibilitychange', onVisibility);
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [bbox]);

  return state;
}
