import { NextResponse } from 'next/server';
import { withStaff } from '@/lib/auth';
import { listPhenoms } from '../phenoms/list';

/**
 * The old nest-api Worker's GET /api/events, for clients written against it: `{ events: [...] }`, the rows of
 * GET /api/phenoms (same query string, same operation) under the old key.
 */
export const GET = withStaff(async (ctx) => {
  const { rows } = await listPhenoms(ctx);
  return NextResponse.json({ events: rows });
});
