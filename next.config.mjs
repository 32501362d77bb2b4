/**
 * Headers every response carries, static files and build assets included (middleware.ts does not run for those;
 * it adds the per-request CSP and, over HTTPS, HSTS to pages and API routes). The same values as
 * lib/security/headers.ts staticSecurityHeaders(), which lib/security/headers.test.ts holds this list to.
 */
export const STATIC_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build (e.g. a check while `next dev` runs) can go to its own folder, e.g. NEXT_DIST_DIR=.next/check,
  // instead of overwriting the running server's files.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  eslint: { dirs: ['app', 'components', 'lib', 'graphql'] },
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
