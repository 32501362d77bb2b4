import { NextResponse } from 'next/server';
import { DropListDocument } from '@/graphql/generated/graphql';
import { parseQuery, withStaff } from '@/lib/auth';
import { dropListQuerySchema } from '@/lib/drops/input';
import { COUNT_CAP, reportedTotal } from '@/lib/phenoms/list-query';

/** Drops by status (pending by default), newest first. */
export const GET = withStaff(async ({ req, hasura }) => {
  const { status, limit, offset } = parseQuery(req, dropListQuerySchema);
  const data = await hasura(DropListDocument, { where: { status: { _eq: status } }, limit, offset, countLimit: COUNT_CAP + 1 });
  return NextResponse.json({ drops: data.drops, total: reportedTotal(data.drops_aggregate.aggregate?.count ?? 0), page: { limit, offset } });
});
