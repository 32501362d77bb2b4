import { NextResponse } from 'next/server';
import { z } from 'zod';
import { InsertScreeningRunDocument, ScreeningRunToReplayDocument } from '@/graphql/generated/graphql';
import { httpError, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { screen } from '@/lib/screening/engine';
import { compareReplay, replayPlan } from '@/lib/screening/replay';
import { runInsert } from '@/lib/screening/run-record';

const paramsSchema = z.object({ id: z.uuid() });

/**
 * Replays a stored run: the same inputs against the raw provider data the run kept (no network, no files), stored
 * as a new run (trigger `replay`, `replay_of` the original) as the caller, and compared with the original. Like a
 * screening it changes nothing on the phenom.
 */
export const POST = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, paramsSchema, 'No such screening run.');
  await parseNoInput(req);
  const { screening_run_by_pk: original } = await hasura(ScreeningRunToReplayDocument, { id });
  if (!original) throw httpError.notFound('No such screening run.');
  const plan = replayPlan(original);
  if (!plan.ok) throw httpError.conflict(plan.message);
  const result = await screen(plan.request, plan.providers);
  const { insert_screening_run_one: run } = await hasura(
    InsertScreeningRunDocument,
    { run: runInsert(original.phenom_id, plan.request, result, 'replay', original.id) },
    { timeoutMs: 20_000 },
  );
  if (!run) throw httpError.notFound('The phenom can no longer be screened.');
  return NextResponse.json({ run, replayOf: original.id, engineChanged: plan.engineChanged, comparison: compareReplay(original.candidates, run.candidates) }, { status: 201 });
});
