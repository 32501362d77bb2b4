import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { BulkScreeningTargetsDocument, InsertScreeningRunDocument } from '@/graphql/generated/graphql';
import { screen, type ScreeningResult } from './engine';
import { requestForPhenom } from './phenom-request';
import { runInsert } from './run-record';
import type { SkyProvider } from './types';

/**
 * Screens every positioned phenom since a time, one run each (trigger 'bulk'). A phenom whose screening or
 * storing fails is reported and the next one goes on; a provider that fails is recorded in that run (which is
 * still stored with the others' answers), so nothing is lost and a later run can fill the gap.
 */

export type Executor = <TData, TVariables extends Record<string, unknown>>(doc: TypedDocumentNode<TData, TVariables>, variables: TVariables) => Promise<{ ok: true; data: TData } | { ok: false; error: { message: string } }>;

export interface BulkOptions {
  sinceMs: number;
  execute: Executor;
  providersFor: (atMs: number) => Promise<SkyProvider[]>;
  pageSize?: number;
  onProgress?: (p: BulkProgress) => void;
}

export interface PhenomOutcomeLine {
  phenomId: string;
  status: 'stored' | 'stored-with-gaps' | 'skipped' | 'failed';
  detail: string;
}

export interface BulkProgress {
  done: number;
  stored: number;
  failed: number;
  skipped: number;
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

function describeGaps(result: ScreeningResult): string {
  return result.providers
    .filter((p) => !p.ok)
    .map((p) => `${p.provider}: ${p.error}`)
    .join('; ');
}

export async function screenInBulk(opts: BulkOptions): Promise<{ lines: PhenomOutcomeLine[]; progress: BulkProgress }> {
  const lines: PhenomOutcomeLine[] = [];
  const progress: BulkProgress = { done: 0, stored: 0, failed: 0, skipped: 0 };
  const since = new Date(opts.sinceMs).toISOString();
  let after = NIL_UUID;
  for (;;) {
    const page = await opts.execute(BulkScreeningTargetsDocument, { since, after, limit: opts.pageSize ?? 200 });
    if (!page.ok) throw new Error(`cannot list phenoms: ${page.error.message}`);
    const phenoms = page.data.phenom;
    if (phenoms.length === 0) break;
    for (const phenom of phenoms) {
      lines.push(await screenOne(phenom, opts));
      const status = lines[lines.length - 1].status;
      progress.done++;
      if (status === 'failed') progress.failed++;
      else if (status === 'skipped') progress.skipped++;
      else progress.stored++;
      opts.onProgress?.({ ...progress });
    }
    after = phenoms[phenoms.length - 1].id;
  }
  return { lines, progress };
}

async function screenOne(phenom: Parameters<typeof requestForPhenom>[0], opts: BulkOptions): Promise<PhenomOutcomeLine> {
  const request = requestForPhenom(phenom);
  if ('field' in request) return { phenomId: phenom.id, status: 'skipped', detail: request.message };
  let result: ScreeningResult;
  try {
    result = await screen(request, await opts.providersFor(request.atMs));
  } catch (err) {
    return { phenomId: phenom.id, status: 'failed', detail: `screening failed: ${(err as Error).message}` };
  }
  const stored = await opts.execute(InsertScreeningRunDocument, { run: runInsert(phenom.id, request, result, 'bulk') });
  if (!stored.ok || !stored.data.insert_screening_run_one) return { phenomId: phenom.id, status: 'failed', detail: `not stored: ${stored.ok ? 'the phenom can no longer be screened' : stored.error.message}` };
  const gaps = describeGaps(result);
  const top = result.candidates[0];
  const summary = top ? `${result.candidates.length} candidates, best ${top.name} (${top.verdict ?? 'no match'})` : 'no visual candidates';
  return { phenomId: phenom.id, status: gaps ? 'stored-with-gaps' : 'stored', detail: gaps ? `${summary}; provider failed: ${gaps}` : summary };
}
