import 'server-only';
import { PhenomListDocument } from '@/graphql/generated/graphql';
import { parseQuery } from '@/lib/api/parse';
import type { StaffRouteContext } from '@/lib/auth';
import { nextCursor, pageTotal, phenomListPlan, phenomListQuerySchema } from '@/lib/phenoms/list-query';

/** One page of the phenom table for GET /api/phenoms and GET /api/events: the same query string, one operation. */
export async function listPhenoms({ req, hasura }: Pick<StaffRouteContext<unknown>, 'req' | 'hasura'>) {
  const query = parseQuery(req, phenomListQuerySchema);
  const plan = phenomListPlan(query);
  const { where, countWhere, order_by, limit, offset, countLimit } = plan;
  const data = await hasura(PhenomListDocument, { where, countWhere, order_by, limit, offset, countLimit });
  return {
    rows: data.phenom,
    total: pageTotal(plan, data.phenom_aggregate.aggregate?.count ?? 0, data.phenom.length, Boolean(query.cursor)),
    page: { limit, offset, next_cursor: nextCursor(plan, data.phenom) },
  };
}
