import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * MapLibre 6 runs its tile work in a module worker it loads by URL, which a bundler does not emit; the app
 * serves the package's own worker file here, same-origin (so no CSP or CORS exception is needed). Rendered at
 * build time: the file is copied into the build, nothing is read from node_modules at run time.
 */
export const dynamic = 'force-static';

export async function GET() {
  const source = await readFile(join(process.cwd(), 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl-worker.mjs'), 'utf8');
  return new Response(source, {
    headers: { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=86400' },
  });
}
