import 'server-only';
import { PhenomDeletedStateDocument, PhenomSetDeletedDocument } from '@/graphql/generated/graphql';
import { httpError, parseNoInput, parseParams, type StaffRouteContext } from '@/lib/auth';
import { phenomParamsSchema } from '@/lib/phenoms/update-input';

/** DELETE /api/phenoms/:id (deleted: true) and POST /api/phenoms/:id/restore (deleted: false), as nest-admin. */
export async function setDeleted({ req, params, hasura }: StaffRouteContext<{ id: string }>, deleted: boolean) {
  const { id } = parseParams(params, phenomParamsSchema, 'No such phenom.');
  await parseNoInput(req);
  const deletedAt = deleted ? new Date().toISOString() : null;
  const data = await hasura(PhenomSetDeletedDocument, { id, wasLive: deleted, deletedAt }, { role: 'nest-admin' });
  const [changed] = data.update_phenom?.returning ?? [];
  if (changed) return changed;
  // Nothing changed: say whether it is missing or already where the caller wants it.
  const state = await hasura(PhenomDeletedStateDocument, { id }, { role: 'nest-admin' });
  if (!state.phenom_by_pk) throw httpError.notFound('No such phenom.');
  throw httpError.conflict(deleted ? 'This phenom is already deleted.' : 'This phenom is not deleted.');
}
