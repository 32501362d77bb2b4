import type { NextRequest } from 'next/server';
import { gate } from '@/lib/auth/gate';

export function middleware(req: NextRequest) {
  return gate(req);
}

export const config = {
  // Everything except static files, the auth screens (they must work signed out), /no-access (it must work
  // without nest-access; it checks the session itself), /api/auth (sign-out must work with a dead session) and
  // /api/health (probes and Playwright's webServer poll it signed out).
  matcher: [
    '/((?!_next/static|_next/image|favicon\\.ico|sign-in|sign-up|confirm-sign-up|forgot-password|reset-password|new-password|no-access|api/auth/|api/health$|.*\\.(?:svg|png|jpe?g|gif|webp|avif|ico|txt|xml|webmanifest|woff2?|css|js|map)$).*)',
  ],
};
