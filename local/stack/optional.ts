import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config';

/** Thrown when a part of the stack is being written by someone else and has not landed yet. */
export class NotBuiltYet extends Error {
  constructor(readonly part: string, readonly missing: string) {
    super(`${part}: not built yet (${missing} is missing) — skipped`);
  }
}

/**
 * Loads a repository module by path if its file exists, or throws NotBuiltYet. Lets the orchestrator run, and say
 * plainly what is missing, while other parts of the stack are still being written.
 */
export async function importPart(part: string, relPath: string): Promise<Record<string, unknown>> {
  const abs = path.join(REPO_ROOT, relPath);
  const file = [`${abs}.ts`, path.join(abs, 'index.ts'), abs].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!file) throw new NotBuiltYet(part, `${relPath}.ts`);
  return (await import(file)) as Record<string, unknown>;
}

/** The named export as a function, or NotBuiltYet naming it. */
export function exportedFunction<F>(part: string, mod: Record<string, unknown>, relPath: string, name: string): F {
  const fn = mod[name];
  if (typeof fn !== 'function') throw new NotBuiltYet(part, `export ${name} from ${relPath}`);
  return fn as F;
}
