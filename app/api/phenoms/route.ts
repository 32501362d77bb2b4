import { NextResponse } from 'next/server';
import { PhenomCreateDocument } from '@/graphql/generated/graphql';
import { httpError, parseJson, withStaff } from '@/lib/auth';
import { phenomCreateSchema } from '@/lib/phenoms/create-input';
import { captureSkyAtIntake, intakeSkyAnswer } from '@/lib/screening/intake';
import { listPhenoms } from './list';

/** The phenom table: filters, sort, offset or cursor paging, a count capped at 10,000 (docs/api.md). */
export const GET = withStaff(async (ctx) => {
  const { rows, total, page } = await listPhenoms(ctx);
  return NextResponse.json({ phenoms: rows, total, page });
});

/**
 * Manual intake: a staff member records a report themselves; created_by comes from their token. The sky of that
 * moment is captured at once (a stored screening run: inputs and raw provider data, so the air picture outlives
 * OpenSky's one-hour history). The phenom is written first, whole, in its own transaction; the capture comes after
 * and is stored whole or not at all, so a failed capture loses nothing and only says so in `sky`.
 */
export const POST = withStaff(async ({ req, hasura, idToken }) => {
  const object = await parseJson(req, phenomCreateSchema);
  const data = await hasura(PhenomCreateDocument, { object });
  const phenom = data.insert_phenom_one;
  if (!phenom) throw httpError.forbidden();
  const sky = intakeSkyAnswer(await captureSkyAtIntake(phenom.id, idToken));
  return NextResponse.json({ phenom, sky }, { status: 201 });
});
