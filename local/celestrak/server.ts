import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseElements, tleToOmm, type ElementSet } from '../../lib/screening/elements';
import { listen } from '../stack/http';

/**
 * A local CelesTrak GP endpoint (`/NORAD/elements/gp.php`) serving real element sets from ../shared/data/tle in
 * CelesTrak's formats, with its rules: one query key (GROUP, CATNR, INTDES or NAME), FORMAT tle/3le/2le/json/
 * json-pretty/csv, 404 "No GP data found" for no match, and 403 for a repeat of the same download within 2 hours
 * (CelesTrak updates GP data every 2 hours and refuses clients that poll faster).
 */

export const GROUP_FILES: Record<string, string> = {
  stations: 'celestrak-stations-2024-05-09.tle',
  visual: 'celestrak-visual-2021-07-24.tle',
  starlink: 'celestrak-starlink-2021-07-24.tle',
};
const FORMATS = new Set(['tle', '3le', '2le', 'json', 'json-pretty', 'csv']);
const KNOWN_BUT_NOT_SERVED = new Set(['xml', 'kvn']);
const QUERY_KEYS = ['GROUP', 'CATNR', 'INTDES', 'NAME'] as const;
const REPEAT_WINDOW_MS = 2 * 3_600_000;

export interface CelestrakStandIn {
  url: string;
  close(): Promise<void>;
}

const OMM_CSV_COLUMNS = ['OBJECT_NAME', 'OBJECT_ID', 'EPOCH', 'MEAN_MOTION', 'ECCENTRICITY', 'INCLINATION', 'RA_OF_ASC_NODE', 'ARG_OF_PERICENTER', 'MEAN_ANOMALY', 'EPHEMERIS_TYPE', 'CLASSIFICATION_TYPE', 'NORAD_CAT_ID', 'ELEMENT_SET_NO', 'REV_AT_EPOCH', 'BSTAR', 'MEAN_MOTION_DOT', 'MEAN_MOTION_DDOT'] as const;

function render(sets: ElementSet[], format: string): { type: string; body: string } {
  const tle = sets.filter((s): s is Extract<ElementSet, { format: 'tle' }> => s.format === 'tle');
  if (format === 'json' || format === 'json-pretty') return { type: 'application/json', body: JSON.stringify(tle.map(tleToOmm), null, format === 'json-pretty' ? 2 : undefined) };
  if (format === 'csv') {
    const csvCell = (v: unknown) => (typeof v === 'string' && /[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v ?? ''));
    const rows = tle.map(tleToOmm).map((o) => OMM_CSV_COLUMNS.map((c) => csvCell(o[c])).join(','));
    return { type: 'text/csv', body: [OMM_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n' };
  }
  const lines = tle.flatMap((s) => (format === '2le' ? [s.line1, s.line2] : [(s.name ?? '').padEnd(24), s.line1, s.line2]));
  return { type: 'text/plain', body: lines.join('\r\n') + '\r\n' };
}

function text(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=UTF-8' }).end(body);
}

export async function startCelestrakStandIn(opts: { dataDir: string; port?: number; now?: () => number }): Promise<CelestrakStandIn> {
  const now = opts.now ?? Date.now;
  const catalogue = new Map(Object.entries(GROUP_FILES).map(([group, file]) => [group, parseElements(readFileSync(path.join(opts.dataDir, file), 'utf8')).sets]));
  const everything = [...catalogue.values()].flat();
  const lastDownload = new Map<string, number>();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed');
    if (url.pathname !== '/NORAD/elements/gp.php') return text(res, 404, 'Not found');
    const given = QUERY_KEYS.filter((k) => url.searchParams.has(k));
    if (given.length !== 1) return text(res, 400, `Invalid query: give exactly one of ${QUERY_KEYS.join(', ')}`);
    const key = given[0];
    const value = url.searchParams.get(key)!.trim();
    const format = (url.searchParams.get('FORMAT') ?? 'tle').toLowerCase();
    if (KNOWN_BUT_NOT_SERVED.has(format)) return text(res, 501, `FORMAT=${format} is not served by the local stand-in`);
    if (!FORMATS.has(format)) return text(res, 400, `Invalid query: "FORMAT=${format}"`);
    const sets =
      key === 'GROUP'
        ? (catalogue.get(value.toLowerCase()) ?? [])
        : key === 'CATNR'
          ? everything.filter((s) => String(s.norad) === value)
          : key === 'INTDES'
            ? everything.filter((s) => s.intlDesignator === value)
            : everything.filter((s) => s.name?.toUpperCase().includes(value.toUpperCase()));
    if (sets.length === 0) return text(res, 404, 'No GP data found');
    const client = `${req.socket.remoteAddress} ${key}=${value.toLowerCase()} ${format}`;
    const previous = lastDownload.get(client);
    if (previous !== undefined && now() - previous < REPEAT_WINDOW_MS) {
      const at = new Date(previous).toISOString().replace('T', ' ').slice(0, 19);
      return text(res, 403, `GP data has not updated since your last successful\ndownload of ${key}=${value} at ${at} UTC.\nData is updated once every 2 hours.`);
    }
    lastDownload.set(client, now());
    const out = render(key === 'CATNR' ? sets.slice(0, 1) : sets, format);
    res.writeHead(200, { 'content-type': `${out.type}; charset=UTF-8` }).end(req.method === 'HEAD' ? undefined : out.body);
  });
  const port = await listen(server, opts.port ?? 0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
