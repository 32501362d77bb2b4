import { NextResponse } from 'next/server';
import { PhenomUpdateDocument } from '@/graphql/generated/graphql';
import { apiError, parseJson, withStaff } from '@/lib/auth';
import { hasuraFetch, toRouteError } from '@/lib/hasura';
import { phenomIdSchema, phenomUpdateSchema } from '@/lib/phenoms/update-input';

/** Changes a phenom's screening fields (status, outcome, confidence, assignee) as the signed-in staff member. */
export const PATCH = withStaff<{ id: string }>(async ({ req, idToken, params }) => {
  // An id that cannot exist is a missing resource, not a bad request body.
  if (!phenomIdSchema.safeParse(params.id).success) return apiError(404, 'not_found', 'No such phenom.');
  const set = await parseJson(req, phenomUpdateSchema);

  const result = await hasuraFetch(PhenomUpdateDocument, { id: params.id, set }, { token: idToken });
  if (!result.ok) {
    console.error(`[api/phenoms] update ${params.id} failed: ${result.error.kind}/${result.error.code}: ${result.error.message}`);
    const { status, body } = toRouteError(result.error);
    return apiError(status, body.error.code, body.error.message);
  }
  // Hasura answers null both for a missing row and for one the caller may not update (e.g. soft-deleted).
  if (!result.data.update_phenom_by_pk) return apiError(404, 'not_found', 'No such phenom, or it can no longer be changed.');
  return NextResponse.json({ phenom: result.data.update_phenom_by_pk });
});
