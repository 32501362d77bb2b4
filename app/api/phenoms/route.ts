import { NextResponse } from 'next/server';
import { PhenomCreateDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, withStaff } from '@/lib/auth';
import { phenomCreateSchema } from '@/lib/phenoms/create-input';
import { listPhenoms } from './list';

/** The phenom table: filters, sort, offset or cursor paging, a count capped at 10,000 (docs/api.md). */
export const GET = withStaff(async (ctx) => {
  const { rows, total, page } = await listPhenoms(ctx);
  return NextResponse.json({ phenoms: rows, total, page });
});

/** Manual intake: a staff member records a report themselves; created_by comes from their token. */
export const POST = withStaff(async ({ req, hasura }) => {
  const object = await parseJson(req, phenomCreateSchema);
  const data = await hasura(PhenomCreateDocument, { object });
  if (!data.insert_phenom_one) throw httpError.forbidden();
  return NextResponse.json({ phenom: data.insert_phenom_one }, { status: 201 });
});
