import 'server-only';
import { DropReviewDocument, DropReviewTargetDocument, type Drops_Set_Input } from '@/graphql/generated/graphql';
import { httpError, parseParams, type StaffRouteContext } from '@/lib/auth';
import { dropParamsSchema } from '@/lib/drops/input';

type Ctx = StaffRouteContext<{ id: string }>;

export const NO_SUCH_DROP = 'No such drop.';

export function dropId(ctx: Ctx): string {
  return parseParams(ctx.params, dropParamsSchema, NO_SUCH_DROP).id;
}

/**
 * Checks that the drop (and the phenom, when one is named) exist and that the drop is still pending: 404 / 409
 * with a sentence saying which, before anything is written.
 */
export async function assertReviewable({ hasura }: Ctx, id: string, phenomId?: string) {
  const target = await hasura(DropReviewTargetDocument, { dropId: id, phenomId: phenomId ?? id, withPhenom: Boolean(phenomId) });
  if (!target.drops_by_pk) throw httpError.notFound(NO_SUCH_DROP);
  if (target.drops_by_pk.status !== 'pending') throw httpError.conflict(`This drop has already been reviewed (${target.drops_by_pk.status}).`);
  if (phenomId && !target.phenom_by_pk) throw httpError.invalid('phenom_id', 'no such phenom (or it was deleted)');
}

/** One statement; the staff update permission matches pending drops only, so a review that lost a race is a 409. */
export async function review(ctx: Ctx, id: string, set: Drops_Set_Input) {
  const data = await ctx.hasura(DropReviewDocument, { id, set });
  if (!data.update_drops_by_pk) throw httpError.conflict('This drop was reviewed by someone else meanwhile.');
  return data.update_drops_by_pk;
}
