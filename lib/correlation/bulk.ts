import { BulkCorrelationCountDocument, BulkScreeningTargetsDocument, CorrelatedPhenomsDocument, InsertAircraftCorrelationDocument } from '@/graphql/generated/graphql';
import type { ScreeningRequest } from '@/lib/screening/engine';
import type { Executor } from '@/lib/screening/bulk';
import { requestForPhenom } from '@/lib/screening/phenom-request';
import { correlationInsert, type CorrelationRun } from './record';

/**
 * Correlates every positioned phenom since a time, one stored correlation each (trigger 'bulk'), in id order.
 * Idempotent: a phenom that already has a correlation that did not fail is skipped, so a second run (or one
 * resumed after a stop) only does what is left, and a failed one is tried again. Stoppable: the signal is checked
 * between phenoms, so a stop never leaves one half-written (each correlation is one insert, whole or not at all).
 */

export interface BulkCorrelationOptions {
  sinceMs: number;
  execute: Executor;
  correlateOne: (request: ScreeningRequest) => Promise<CorrelationRun>;
  signal?: AbortSignal;
  /** At most 100: the correlation select permission returns 100 rows a request. */
  pageSize?: number;
  onProgress?: (p: BulkCorrelationProgress) => void;
}

export interface BulkCorrelationProgress {
  total: number | null;
  done: number;
  stored: number;
  possible: number;
  skipped: number;
  failed: number;
}

export interface CorrelationLine {
  phenomId: string;
  status: 'stored' | 'stored-failed' | 'already' | 'skipped' | 'failed';
  detail: string;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

async function countTargets(opts: BulkCorrelationOptions, since: string): Promise<number | null> {
  const r = await opts.execute(BulkCorrelationCountDocument, { since });
  return r.ok ? (r.data.phenom_aggregate.aggregate?.count ?? null) : null;
}

async function alreadyCorrelated(opts: BulkCorrelationOptions, ids: string[]): Promise<Set<string>> {
  const r = await opts.execute(CorrelatedPhenomsDocument, { ids });
  if (!r.ok) throw new Error(`cannot read earlier correlations: ${r.error.message}`);
  return new Set(r.data.aircraft_correlation.map((c) => c.phenom_id as string));
}

async function correlateOne(phenom: Parameters<typeof requestForPhenom>[0], opts: BulkCorrelationOptions): Promise<CorrelationLine & { possible?: boolean }> {
  const request = requestForPhenom(phenom);
  if ('field' in request) return { phenomId: phenom.id, status: 'skipped', detail: request.message };
  let run: CorrelationRun;
  try {
    run = await opts.correlateOne(request);
  } catch (err) {
    return { phenomId: phenom.id, status: 'failed', detail: `correlation failed: ${(err as Error).message}` };
  }
  const stored = await opts.execute(InsertAircraftCorrelationDocument, { correlation: correlationInsert(phenom.id, run, 'bulk') });
  if (!stored.ok || !stored.data.insert_aircraft_correlation_one) return { phenomId: phenom.id, status: 'failed', detail: `not stored: ${stored.ok ? 'the phenom can no longer be correlated' : stored.error.message}` };
  const c = stored.data.insert_aircraft_correlation_one;
  return { phenomId: phenom.id, status: c.status === 'failed' ? 'stored-failed' : 'stored', detail: c.summary, possible: c.possible_aircraft };
}

export async function correlateInBulk(opts: BulkCorrelationOptions): Promise<{ lines: CorrelationLine[]; progress: BulkCorrelationProgress; stopped: boolean }> {
  const since = new Date(opts.sinceMs).toISOString();
  const progress: BulkCorrelationProgress = { total: await countTargets(opts, since), done: 0, stored: 0, possible: 0, skipped: 0, failed: 0 };
  const lines: CorrelationLine[] = [];
  let after = NIL_UUID;
  for (;;) {
    if (opts.signal?.aborted) return { lines, progress, stopped: true };
    const page = await opts.execute(BulkScreeningTargetsDocument, { since, after, limit: Math.min(opts.pageSize ?? 100, 100) });
    if (!page.ok) throw new Error(`cannot list phenoms: ${page.error.message}`);
    const phenoms = page.data.phenom;
    if (phenoms.length === 0) return { lines, progress, stopped: false };
    const done = await alreadyCorrelated(opts, phenoms.map((p) => p.id));
    for (const phenom of phenoms) {
      if (opts.signal?.aborted) return { lines, progress, stopped: true };
      const line = done.has(phenom.id) ? { phenomId: phenom.id, status: 'already' as const, detail: 'already correlated' } : await correlateOne(phenom, opts);
      lines.push({ phenomId: line.phenomId, status: line.status, detail: line.detail });
      progress.done++;
      if (line.status === 'stored') progress.stored++;
      else if (line.status === 'failed' || line.status === 'stored-failed') progress.failed++;
      else progress.skipped++;
      if ('possible' in line && line.possible) progress.possible++;
      opts.onProgress?.({ ...progress });
    }
    after = phenoms[phenoms.length - 1].id;
  }
}
