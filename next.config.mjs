/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build (e.g. a check while `next dev` runs) can go to its own folder, e.g. NEXT_DIST_DIR=.next/check,
  // instead of overwriting the running server's files.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  eslint: { dirs: ['app', 'components', 'lib', 'graphql'] },
};

export default nextConfig;
