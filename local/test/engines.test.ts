import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/**
 * Every installed package must run on every Node our `engines` range admits (from its lowest version up to the one
 * running these tests): otherwise `npm ci` warns EBADENGINE and the package may break at run time. Read from the
 * lockfile, so a dependency upgrade that needs a newer Node fails here rather than in production.
 */
const root = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; os?: string[]; optional?: boolean }>;
};

describe('Node version', () => {
  const lowest = semver.minVersion(pkg.engines.node)!.version;

  it('is the current LTS line, 24, at the least', () => {
    expect(semver.major(lowest)).toBeGreaterThanOrEqual(24);
    expect(semver.satisfies(process.versions.node, pkg.engines.node)).toBe(true);
  });

  it("suits every installed package's engines range", () => {
    const refusing = Object.entries(lock.packages).flatMap(([where, entry]) => {
      const range = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
      // Other platforms' optional binaries are never installed here.
      if (!where || !range || (entry.optional && entry.os && !entry.os.includes(process.platform))) return [];
      return [lowest, process.versions.node].filter((v) => !semver.satisfies(v, range, { includePrerelease: true })).map((v) => `${where}@${entry.version} wants ${range}, not ${v}`);
    });
    expect(refusing).toEqual([]);
  });
});
