/**
 * `npm run bench:screen`: one phenom against the full public catalogue (25,975 sets, ../shared/data), then
 * 10,000 phenoms in bulk, on one core. Figures go into docs/benchmarks.md (section "Screening").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bodiesProvider } from '../../lib/screening/bodies';
import { parseElements, pickNearestSets } from '../../lib/screening/elements';
import { screen, type ScreeningRequest } from '../../lib/screening/engine';
import { prepareCatalogue, satelliteProvider } from '../../lib/screening/satellite-provider';

const CATALOGUE = path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'tle', 'full-catalog-2022-08-09.tle');
const CENTRE_MS = Date.parse('2022-08-10T00:00:00Z');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

/** A deterministic stream of phenoms: anywhere on land-ish latitudes, any time within ±2 days of the catalogue. */
function* phenoms(count: number, seed = 42): Generator<ScreeningRequest> {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < count; i++) {
    yield {
      observer: { latDeg: -55 + rnd() * 125, lonDeg: -180 + rnd() * 360, heightM: rnd() * 1500 },
      atMs: CENTRE_MS + (rnd() - 0.5) * 4 * 86_400_000,
      direction: { azDeg: rnd() * 360, elDeg: 5 + rnd() * 80 },
    };
  }
}

const mib = (b: number) => (b / 2 ** 20).toFixed(0);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const single = arg('single', 200);
  const bulk = arg('bulk', 10_000);
  let t = performance.now();
  const { sets, issues } = parseElements(readFileSync(CATALOGUE, 'utf8'));
  const parseMs = performance.now() - t;
  t = performance.now();
  const catalogue = prepareCatalogue({ source: CATALOGUE, fetchedAt: null, sets: pickNearestSets(sets, CENTRE_MS) });
  const prepareMs = performance.now() - t;
  console.log(`catalogue: ${sets.length} sets parsed in ${parseMs.toFixed(0)} ms (${issues.length} issues), ${catalogue.satellites.length} within 7 days prepared (SGP4 init) in ${prepareMs.toFixed(0)} ms`);
  const providers = [satelliteProvider(catalogue), bodiesProvider()];

  // Warm-up (JIT) before timing single phenoms.
  for (const req of phenoms(20, 7)) await screen(req, providers);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let candidates = 0;
  let above = 0;
  for (const req of phenoms(single, 1)) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const r = await screen(req, providers);
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1000);
    candidates += r.candidates.length;
    above += r.objects.length;
  }
  // CPU time as well as wall time: on a shared machine the wall clock also counts other people's processes.
  console.log(`one phenom (${single} runs), wall: p50 ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; CPU: p50 ${pct(cpuTimes, 0.5).toFixed(1)} ms, p95 ${pct(cpuTimes, 0.95).toFixed(1)} ms, max ${Math.max(...cpuTimes).toFixed(1)} ms; on average ${(above / single).toFixed(0)} objects above the horizon, ${(candidates / single).toFixed(0)} visual candidates`);

  const rss: number[] = [];
  const heap: number[] = [];
  t = performance.now();
  const bulkCpu0 = process.cpuUsage();
  let i = 0;
  for (const req of phenoms(bulk, 2)) {
    await screen(req, providers);
    if (++i % 1000 === 0) {
      // After a full collection (npm script runs node --expose-gc): what stays, not what the GC has yet to take.
      (globalThis as { gc?: () => void }).gc?.();
      rss.push(process.memoryUsage().rss);
      heap.push(process.memoryUsage().heapUsed);
    }
  }
  const bulkS = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(bulkCpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  console.log(`bulk: ${bulk} phenoms in ${bulkS.toFixed(1)} s wall = ${(bulk / bulkS).toFixed(1)} phenoms/s; ${cpuS.toFixed(1)} s CPU = ${(bulk / cpuS).toFixed(1)} phenoms per CPU-second; heap after GC per 1,000: ${heap.map(mib).join(', ')} MiB; RSS: ${rss.map(mib).join(', ')} MiB`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
