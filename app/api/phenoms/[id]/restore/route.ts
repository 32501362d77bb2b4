import { NextResponse } from 'next/server';
import { ADMIN_GROUP, withStaff } from '@/lib/auth';
import { setDeleted } from '../soft-delete';

/** Brings a soft-deleted phenom back for staff (admins). */
export const POST = withStaff<{ id: string }>(async (ctx) => NextResponse.json({ phenom: await setDeleted(ctx, false) }), { groups: [ADMIN_GROUP] });
