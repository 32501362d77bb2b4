import { NextResponse } from 'next/server';
import { PhenomUpdateDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, parseParams, withStaff } from '@/lib/auth';
import { phenomParamsSchema, phenomUpdateSchema } from '@/lib/phenoms/update-input';

/** Changes a phenom's screening fields (status, outcome, confidence, assignee) as the signed-in staff member. */
export const PATCH = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, phenomParamsSchema, 'No such phenom.');
  const set = await parseJson(req, phenomUpdateSchema);
  const data = await hasura(PhenomUpdateDocument, { id, set });
  // Hasura answers null both for a missing row and for one the caller may not update (e.g. soft-deleted).
  if (!data.update_phenom_by_pk) throw httpError.notFound('No such phenom, or it can no longer be changed.');
  return NextResponse.json({ phenom: data.update_phenom_by_pk });
});
