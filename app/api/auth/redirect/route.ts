import type { NextRequest } from 'next/server';
import { safeNextPath, unpackPath } from '@/lib/auth/paths';
import { NO_STORE } from '@/lib/auth/responses';

/**
 * The middleware gate's redirects (lib/auth/gate.ts explains why they go through here). Only same-site paths:
 * this URL can be opened directly, and must not become an open redirect.
 */
export function GET(req: NextRequest) {
  const to = safeNextPath(unpackPath(req.nextUrl.searchParams.get('to')));
  return new Response(null, { status: 307, headers: { Location: to, 'Cache-Control': NO_STORE } });
}
