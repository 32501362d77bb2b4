import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AcceptScreeningCandidateDocument, ScreeningCandidateDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, parseParams, withStaff } from '@/lib/auth';
import { OUTCOME_CONFIDENCES } from '@/lib/phenoms/vocabulary';
import { outcomeFor } from '@/lib/screening/run-record';

const paramsSchema = z.object({ id: z.uuid() });
/** The confidence defaults to the candidate's verdict; staff may say otherwise. */
const bodySchema = z.object({ confidence: z.enum(OUTCOME_CONFIDENCES).optional() }).strict();

/**
 * Accepts a screening candidate as the explanation: sets the phenom's outcome (from the candidate's kind) and
 * confidence, audited by the phenom's trigger, and marks the candidate accepted, in one transaction.
 */
export const POST = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, paramsSchema, 'No such candidate.');
  const body = await parseJson(req, bodySchema);
  const { screening_candidate_by_pk: candidate } = await hasura(ScreeningCandidateDocument, { id });
  if (!candidate?.run) throw httpError.notFound('No such candidate.');
  const flags = z.array(z.string()).catch([]).parse(candidate.flags);
  const outcome = outcomeFor({ kind: candidate.kind, flags });
  const confidence = body.confidence ?? z.enum(OUTCOME_CONFIDENCES).catch('possible').parse(candidate.verdict);
  const data = await hasura(AcceptScreeningCandidateDocument, { phenomId: candidate.run.phenom_id, candidateId: id, outcome, confidence, at: new Date().toISOString() });
  if (!data.update_phenom_by_pk || !data.update_screening_candidate_by_pk) throw httpError.notFound('The phenom can no longer be changed.');
  return NextResponse.json({ phenom: data.update_phenom_by_pk, candidate: data.update_screening_candidate_by_pk });
});
