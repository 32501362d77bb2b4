import type { NextRequest } from 'next/server';
import { safeNextPath, unpackPath } from '@/lib/auth/paths';
import { NO_STORE } from '@/lib/auth/responses';

/**
 * The middleware gate's redirects (lib/auth/gate.ts explains why they go through here). This URL can be opened
 * directly, so its target goes through the one safe-redirect check and can never leave the app's origin.
 */
export function GET(req: NextRequest) {
  const to = safeNextPath(unpackPath(req.nextUrl.searchParams.get('to')), req.nextUrl.origin);
  return new Response(null, { status: 307, headers: { Location: to, 'Cache-Control': NO_STORE } });
}
