import { z } from 'zod';
import { bodiesProvider } from '../bodies';
import { catalogueFromFile } from '../catalogue-file';
import { screen } from '../engine';
import { satelliteProvider } from '../satellite-provider';
import type { SkyProvider } from '../types';
import { parseCliArgs, CliError } from './args';

/**
 * `npm run --silent screen:sky -- --lat <deg> --lon <deg> --height <m> --at <ISO time> [--elements <file>] [--bodies] --json`
 * Prints the objects above the horizon then, offline, without a database.
 */

const argsSchema = z
  .object({
    lat: z.coerce.number().min(-90).max(90),
    lon: z.coerce.number().min(-180).max(180),
    height: z.coerce.number().min(-500).max(100_000).default(0),
    at: z.iso.datetime({ offset: true }),
    elements: z.string().min(1).optional(),
    bodies: z.boolean().default(false),
    json: z.boolean().default(false),
  })
  .refine((a) => a.elements !== undefined || a.bodies, { message: 'give --elements <file>, --bodies, or both', path: ['elements'] });

const round = (n: number, d = 3) => Math.round(n * 10 ** d) / 10 ** d;

export async function skyCommand(argv: string[]): Promise<string> {
  const args = parseCliArgs(argv, argsSchema, { booleans: ['bodies', 'json'] });
  const atMs = Date.parse(args.at);
  const providers: SkyProvider[] = [];
  const notes: string[] = [];
  if (args.elements) {
    const { catalogue, issues } = await catalogueFromFile(args.elements, atMs).catch((err: NodeJS.ErrnoException) => {
      throw new CliError(`--elements: cannot read ${args.elements} (${err.code ?? err.message})`);
    });
    if (catalogue.satellites.length === 0) throw new CliError(`--elements: no element set in ${args.elements} is within 7 days of ${args.at}`);
    if (issues.length) notes.push(`${issues.length} element set(s) skipped in ${args.elements}: ${issues.slice(0, 3).map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
    providers.push(satelliteProvider(catalogue));
  }
  if (args.bodies) providers.push(bodiesProvider());
  const result = await screen({ observer: { latDeg: args.lat, lonDeg: args.lon, heightM: args.height }, atMs, visualOnly: false }, providers);
  for (const p of result.providers) if (!p.ok) throw new CliError(`${p.provider} failed: ${p.error}`);
  for (const note of notes) process.stderr.write(`note: ${note}\n`);
  const rows = result.objects
    .sort((a, b) => b.el - a.el)
    .map((o) => ({ kind: o.kind, name: o.name, id: o.id, az: round(o.az), el: round(o.el), range_km: round(o.rangeKm, 1), sunlit: o.sunlit, visible: o.visible, magnitude: o.magnitude === null ? null : round(o.magnitude, 2), flags: o.flags }));
  if (args.json) return JSON.stringify(rows, null, 2);
  const header = `${result.at} at ${args.lat}, ${args.lon} (${args.height} m): Sun ${round(result.sun.el, 1)}° (${result.sun.darkness}), ${rows.length} above the horizon`;
  return [header, ...rows.map((r) => `${r.kind.padEnd(9)} ${String(r.name).padEnd(26)} az ${r.az.toFixed(1).padStart(5)} el ${r.el.toFixed(1).padStart(5)} ${r.range_km.toFixed(0).padStart(9)} km ${r.visible ? 'visible' : ''}`)].join('\n');
}

if (require.main === module) {
  skyCommand(process.argv.slice(2)).then(
    (out) => process.stdout.write(`${out}\n`),
    (err: unknown) => {
      process.stderr.write(`screen:sky: ${err instanceof CliError ? err.message : err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof CliError ? 2 : 1);
    },
  );
}
