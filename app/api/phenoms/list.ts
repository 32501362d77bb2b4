import 'server-only';
import { PhenomListDocument } from '@/graphql/generated/graphql';
import { parseQuery } from '@/lib/api/parse';
import type { StaffRouteContext } from '@/lib/auth';
import { nextCursor, phenomListPlan, phenomListQuerySchema, reportedTotal } from '@/lib/phenoms/list-query';

/** One page of the phenom table for GET /api/phenoms and GET /api/events: the same query string, one operation. */
export async function listPhenoms({ req, hasura }: Pick<StaffRouteContext<unknown>, 'req' | 'hasura'>) {
  const plan = phenomListPlan(parseQuery(req, phenomListQuerySchema));
  const { where, countWhere, order_by, limit, offset, countLimit } = plan;
  const data = await hasura(PhenomListDocument, { where, countWhere, order_by, limit, offset, countLimit });
  return {
    rows: data.phenom,
    total: reportedTotal(data.phenom_aggregate.aggregate?.count ?? 0),
    page: { limit, offset, next_cursor: nextCursor(plan, data.phenom) },
  };
}
