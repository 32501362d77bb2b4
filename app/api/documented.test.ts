import fs from 'node:fs';
import path from 'node:path';

/**
 * docs/api.md is the contract for scripts and other clients: every exported method of every route under app/api
 * (found on disk, so a route added later must be documented) has a `### ` heading naming it, e.g.
 * "### `PATCH /api/lists/:id` · `DELETE /api/lists/:id`" ([id] directories read as :id).
 */
const API_DIR = __dirname;
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === 'route.ts' ? [full] : [];
  });
}

const headings = fs
  .readFileSync(path.join(API_DIR, '../../docs/api.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('### '));

const routes = routeFiles(API_DIR).flatMap((file) => {
  const urlPath = `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ':$1')).join('/')}`;
  const source = fs.readFileSync(file, 'utf8');
  return METHODS.filter((m) => new RegExp(`export (const|async function|function) ${m}\\b`).test(source)).map((m) => `${m} ${urlPath}`);
});

describe('docs/api.md', () => {
  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  it.each(routes)('documents %s', (route) => {
    const named = headings.some((h) => h.includes(`\`${route}\``) || h.includes(`\`${route}?`));
    expect(named ? route : `${route}: no "### " heading in docs/api.md names it`).toBe(route);
  });
});
