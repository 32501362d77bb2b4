import { NextResponse } from 'next/server';
import { PhenomDetailDocument, PhenomUpdateDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, httpError, parseJson, parseNoInput, parseParams, withStaff } from '@/lib/auth';
import { touchesScreening } from '@/lib/phenoms/status-rules';
import { phenomParamsSchema, phenomUpdateSchema } from '@/lib/phenoms/update-input';
import { setDeleted } from './soft-delete';
import { updateScreening } from './screening-update';

const NO_SUCH = 'No such phenom.';

/** One phenom with its media (and transcriptions), coordinates, sensor data, shoots and drops. */
export const GET = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, phenomParamsSchema, NO_SUCH);
  await parseNoInput(req);
  const data = await hasura(PhenomDetailDocument, { id });
  if (!data.phenom_by_pk) throw httpError.notFound(NO_SUCH);
  return NextResponse.json({ phenom: data.phenom_by_pk });
});

/** Screening fields and the report's content, as the signed-in staff member. */
export const PATCH = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, phenomParamsSchema, NO_SUCH);
  const set = await parseJson(req, phenomUpdateSchema);
  // Status, outcome and confidence follow the workflow's rules, judged on the phenom as it is now.
  if (touchesScreening(set)) return NextResponse.json({ phenom: await updateScreening(hasura, id, set) });
  const data = await hasura(PhenomUpdateDocument, { id, set });
  // Hasura answers null both for a missing row and for one the caller may not update (e.g. soft-deleted).
  if (!data.update_phenom_by_pk) throw httpError.notFound('No such phenom, or it can no longer be changed.');
  return NextResponse.json({ phenom: data.update_phenom_by_pk });
});

/** Soft delete (admins): the phenom disappears for staff and can be restored (POST …/restore). */
export const DELETE = withStaff<{ id: string }>(async (ctx) => NextResponse.json({ phenom: await setDeleted(ctx, true) }), { groups: [ADMIN_GROUP] });
