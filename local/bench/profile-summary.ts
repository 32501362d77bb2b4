import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// tsx local/bench/profile-summary.ts FILE.cpuprofile [--top N]
// Where a V8 CPU profile (node --cpu-prof; `npm run bench:engine -- --profile DIR`) spends its time: self time
// by package or source file, then the functions with the most self and the most inclusive time.

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
type Profile = z.infer<typeof profileSchema>;
type Frame = Profile['nodes'][number]['callFrame'];

const REPO_ROOT = path.resolve(__dirname, '../..');

/** Where code lives: a package in node_modules, a node built-in, or a source file of this repository. */
export function area(url: string): string {
  if (!url) return '(native / V8)';
  const file = url.replace(/^file:\/\//, '');
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (inModules) return inModules[1];
  if (file.startsWith('node:')) return 'node built-ins';
  return path.relative(REPO_ROOT, file);
}

const frameName = (f: Frame) => `${f.functionName || '(anonymous)'} ${area(f.url)}:${f.lineNumber + 1}`;

export interface Summary {
  totalMs: number;
  byArea: [string, number][];
  selfByFunction: [string, number][];
  inclusiveByFunction: [string, number][];
}

export function summarizeProfile(profile: Profile): Summary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
  const byArea = new Map<string, number>();
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    total += ms;
    add(byArea, area(node.callFrame.url), ms);
    add(self, frameName(node.callFrame), ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = frameName(byId.get(cur)!.callFrame);
      if (!seen.has(name)) {
        seen.add(name);
        add(inclusive, name, ms);
      }
    }
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return { totalMs: total, byArea: sorted(byArea), selfByFunction: sorted(self), inclusiveByFunction: sorted(inclusive) };
}

function main() {
  const [file, ...rest] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary FILE.cpuprofile [--top N]');
  const top = rest[0] === '--top' ? Number(rest[1]) : 25;
  const summary = summarizeProfile(profileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
  const pct = (ms: number) => `${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms`;
  const print = (title: string, rows: [string, number][]) => {
    console.log(`\n${title}`);
    for (const [name, ms] of rows.slice(0, top)) console.log(`  ${pct(ms)}  ${name}`);
  };
  console.log(`${file}: ${summary.totalMs.toFixed(0)} ms on CPU (idle excluded)`);
  print('self time by area', summary.byArea);
  print('self time by function', summary.selfByFunction);
  print('inclusive time by function', summary.inclusiveByFunction);
}

if (require.main === module) main();
