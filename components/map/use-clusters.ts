'use client';

import { useEffect, useState } from 'react';
import { z } from 'zod';
import type { MapClustersBody } from '@/lib/map/clusters';

/**
 * Asks GET /api/map/clusters for the box and zoom shown, with the page's filters; a newer view cancels the answer
 * still on its way for the old one. The last good clusters stay on the map while the next ones load or fail.
 */

export type ClustersState =
  | { status: 'idle' }
  | { status: 'loading'; body: MapClustersBody | null }
  | { status: 'ok'; body: MapClustersBody }
  | { status: 'error'; message: string; body: MapClustersBody | null };

const bodySchema = z.object({
  zoom: z.number(),
  total: z.number(),
  clusters: z.array(
    z.object({
      lat: z.number(),
      lng: z.number(),
      count: z.number(),
      phenom: z.object({ id: z.string(), title: z.string(), status: z.string(), occurred_at: z.string() }).optional(),
    }),
  ),
});
const errorSchema = z.object({ error: z.object({ message: z.string() }) });

/** `query`: the full query string (box, zoom, filters); null while the map has no view yet. */
export function useClusters(query: string | null): ClustersState {
  const [state, setState] = useState<ClustersState>({ status: 'idle' });
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    setState((s) => ({ status: 'loading', body: 'body' in s ? s.body : null }));
    (async () => {
      const res = await fetch(`/api/map/clusters?${query}`, { signal: controller.signal, headers: { accept: 'application/json' } });
      const json: unknown = await res.json().catch(() => null);
      if (controller.signal.aborted) return;
      const body = bodySchema.safeParse(json);
      if (res.ok && body.success) return setState({ status: 'ok', body: body.data as MapClustersBody });
      const failure = errorSchema.safeParse(json);
      const message = failure.success ? failure.data.error.message : `The map's clusters could not be loaded (the server answered ${res.status}).`;
      setState((s) => ({ status: 'error', message, body: 'body' in s ? s.body : null }));
    })().catch((err: unknown) => {
      if (controller.signal.aborted) return;
      console.error('[map] clusters', err);
      setState((s) => ({ status: 'error', message: 'The map’s clusters could not be loaded: the server did not answer.', body: 'body' in s ? s.body : null }));
    });
    return () => controller.abort();
  }, [query]);
  return state;
}
