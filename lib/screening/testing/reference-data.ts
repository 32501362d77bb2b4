import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The shared reference data (../shared/data beside the repository: published SGP4 vectors, element sets, Horizons
 * tables). Read in place, never copied into the repository; tests that need it skip, saying so, when it is absent.
 */
export const REFERENCE_DATA_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');

export function referencePath(relative: string): string {
  return path.join(REFERENCE_DATA_DIR, relative);
}

export function readReference(relative: string): string {
  return readFileSync(referencePath(relative), 'utf8');
}

export function readReferenceJson<T = unknown>(relative: string): T {
  return JSON.parse(readReference(relative)) as T;
}

/** `describe` when every file is there; otherwise one skipped test whose name says which file is missing. */
export function describeWithData(name: string, files: readonly string[], body: () => void): void {
  const missing = files.filter((f) => !existsSync(referencePath(f)));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  describe(name, () => {
    it.skip(`skipped: reference data absent (${missing.map(referencePath).join(', ')})`, () => undefined);
  });
  console.warn(`[${name}] skipped: reference data absent: ${missing.map(referencePath).join(', ')}`);
}
