import { NextResponse } from 'next/server';
import { InsertScreeningRunDocument, ScreeningTargetDocument } from '@/graphql/generated/graphql';
import { httpError, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { phenomParamsSchema } from '@/lib/phenoms/update-input';
import { requestForPhenom } from '@/lib/screening/phenom-request';
import { compareRuns, runInsert } from '@/lib/screening/run-record';
import { screenLive } from '@/lib/screening/server';

/**
 * Screens a phenom's sky now and stores the run (inputs, raw provider data, candidates) as the caller. It changes
 * nothing on the phenom. Answers the stored run and what changed since the previous one.
 */
export const POST = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, phenomParamsSchema, 'No such phenom.');
  await parseNoInput(req);
  const { phenom_by_pk: phenom } = await hasura(ScreeningTargetDocument, { id });
  if (!phenom) throw httpError.notFound('No such phenom.');
  const request = requestForPhenom(phenom);
  if ('field' in request) throw httpError.invalid(request.field, request.message);
  const result = await screenLive(request);
  const { insert_screening_run_one: run } = await hasura(InsertScreeningRunDocument, { run: runInsert(id, request, result, 'manual') }, { timeoutMs: 20_000 });
  if (!run) throw httpError.notFound('No such phenom, or it can no longer be screened.');
  const previous = phenom.screening_runs[0];
  return NextResponse.json(
    {
      run,
      providers: result.providers.map((p) => ({ provider: p.provider, ok: p.ok, error: p.error, note: p.note ?? null, objects: p.objectCount, source: p.raw?.source ?? null, fetchedAt: p.raw?.fetchedAt ?? null })),
      changes: previous ? { since: previous.id, ...compareRuns(previous.candidates, run.candidates) } : null,
    },
    { status: 201 },
  );
});
