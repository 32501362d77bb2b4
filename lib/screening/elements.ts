import { z } from 'zod';

/**
 * Element sets as they arrive: two- or three-line TLE text, or CCSDS OMM records as CelesTrak serves them (JSON
 * array or CSV). Parsing never throws on a bad set: it is reported with its line and the rest still parse, so a
 * damaged download loses only the damaged sets.
 */

/** The OMM mean elements CelesTrak publishes (GP data), names as in the standard. */
export const ommRecordSchema = z.object({
  OBJECT_NAME: z.string().nullish(),
  OBJECT_ID: z.string().nullish(),
  EPOCH: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?$/, 'EPOCH must be an ISO date-time (UTC)'),
  MEAN_MOTION: z.coerce.number().positive(),
  ECCENTRICITY: z.coerce.number().min(0).lt(1),
  INCLINATION: z.coerce.number().min(0).max(180),
  RA_OF_ASC_NODE: z.coerce.number(),
  ARG_OF_PERICENTER: z.coerce.number(),
  MEAN_ANOMALY: z.coerce.number(),
  NORAD_CAT_ID: z.coerce.number().int().positive(),
  BSTAR: z.coerce.number(),
  MEAN_MOTION_DOT: z.coerce.number().optional(),
  MEAN_MOTION_DDOT: z.coerce.number().optional(),
  EPHEMERIS_TYPE: z.coerce.number().optional(),
  CLASSIFICATION_TYPE: z.string().optional(),
  ELEMENT_SET_NO: z.coerce.number().optional(),
  REV_AT_EPOCH: z.coerce.number().optional(),
});
export type OmmRecord = z.infer<typeof ommRecordSchema>;

export interface ElementSetBase {
  norad: number;
  name: string | null;
  /** International designator (COSPAR), e.g. "1998-067A"; null when the set has none. */
  intlDesignator: string | null;
  /** Epoch of the elements, ISO UTC. */
  epoch: string;
}
export type ElementSet =
  | (ElementSetBase & { format: 'tle'; line1: string; line2: string; checksumOk: boolean })
  | (ElementSetBase & { format: 'omm'; omm: OmmRecord });

export interface ParseIssue {
  /** 1-based line (TLE, CSV) or array index + 1 (JSON). */
  line: number;
  message: string;
}

export interface ParsedElements {
  sets: ElementSet[];
  issues: ParseIssue[];
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Sniffs the format: a JSON array, an OMM CSV header, or TLE text. */
export function parseElements(text: string): ParsedElements {
  const body = stripBom(text).trimStart();
  if (body.startsWith('[') || body.startsWith('{')) return parseOmmJson(body);
  if (/^OBJECT_NAME\s*,|^"?[A-Z_]+"?\s*,.*NORAD_CAT_ID/.test(body.split(/\r?\n/, 1)[0] ?? '')) return parseOmmCsv(body);
  return parseTle(body);
}

// ---------------------------------------------------------------------------------------------------------- TLE

/** Modulo-10 checksum of a TLE line: digits count as themselves, '-' as 1. */
export function tleChecksum(line: string): number {
  let sum = 0;
  for (const ch of line.slice(0, 68)) {
    if (ch >= '0' && ch <= '9') sum += ch.charCodeAt(0) - 48;
    else if (ch === '-') sum += 1;
  }
  return sum % 10;
}

/** Catalogue number of columns 3–7, including Alpha-5 (A = 10 … Z = 33, without I and O) for numbers ≥ 100000. */
export function parseCatalogNumber(field: string): number | null {
  const f = field.trim();
  if (/^\d{1,5}$/.test(f)) return Number(f);
  const m = /^([A-HJ-NP-Z])(\d{4})$/.exec(f);
  if (!m) return null;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  return (letters.indexOf(m[1]) + 10) * 10_000 + Number(m[2]);
}

/** TLE epoch (two-digit year, fractional day of year) to epoch milliseconds; years 57–99 are 19xx as NORAD defines. */
export function tleEpochMs(yy: number, dayOfYear: number): number {
  const year = yy < 57 ? 2000 + yy : 1900 + yy;
  return Date.UTC(year, 0, 1) + (dayOfYear - 1) * 86_400_000;
}

function intlDesignatorFromTle(field: string): string | null {
  const m = /^(\d{2})(\d{3})([A-Z]{1,3})$/.exec(field.trim());
  if (!m) return null;
  const year = Number(m[1]) < 57 ? `20${m[1]}` : `19${m[1]}`;
  return `${year}-${m[2]}${m[3]}`;
}

function tleSet(name: string | null, l1: string, l2: string): ElementSet | string {
  // Vallado's verification file carries start/stop/step after column 69: SGP4 reads only the standard columns.
  const line1 = l1.slice(0, 69);
  const line2 = l2.slice(0, 69);
  if (line1.length < 64 || line2.length < 63) return 'element line too short';
  const norad = parseCatalogNumber(line1.slice(2, 7));
  if (norad === null) return `catalogue number "${line1.slice(2, 7)}" is not a number`;
  if (parseCatalogNumber(line2.slice(2, 7)) !== norad) return 'lines 1 and 2 name different catalogue numbers';
  const yy = Number(line1.slice(18, 20));
  const day = Number(line1.slice(20, 32));
  if (!Number.isFinite(yy) || !Number.isFinite(day) || day < 1 || day >= 367) return 'epoch is not a valid year and day';
  const numbers = [line2.slice(8, 16), line2.slice(17, 25), line2.slice(34, 42), line2.slice(43, 51), line2.slice(52, 63)];
  if (numbers.some((n) => n.trim() === '' || !Number.isFinite(Number(n)))) return 'line 2 has a field that is not a number';
  if (!/^\d{7}$/.test(line2.slice(26, 33).trim().padStart(7, '0'))) return 'eccentricity is not a number';
  const checksumOk = tleChecksum(line1) === Number(line1[68]) && tleChecksum(line2) === Number(line2[68]);
  return {
    format: 'tle',
    norad,
    name,
    intlDesignator: intlDesignatorFromTle(line1.slice(9, 17)),
    epoch: new Date(tleEpochMs(yy, day)).toISOString(),
    line1,
    line2,
    // Tolerated: Vallado's set has deliberately bad checksums, and SGP4 itself never reads them.
    checksumOk,
  };
}

/**
 * Two-line and three-line TLE text; CRLF or LF, UTF-8 BOM, '#' comment lines, a "0 " prefix on name lines (3LE),
 * and extra columns after 69 are accepted. A set whose numbers cannot be read is reported and skipped.
 */
export function parseTle(text: string): ParsedElements {
  const lines = stripBom(text).split(/\r\n|\n|\r/).map((l) => l.replace(/\s+$/, ''));
  const sets: ElementSet[] = [];
  const issues: ParseIssue[] = [];
  let pendingName: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('1 ') && lines[i + 1]?.startsWith('2 ')) {
      const parsed = tleSet(pendingName, line, lines[i + 1]);
      if (typeof parsed === 'string') issues.push({ line: i + 1, message: parsed });
      else sets.push(parsed);
      pendingName = null;
      i++;
      continue;
    }
    if (line.startsWith('1 ') || line.startsWith('2 ')) {
      issues.push({ line: i + 1, message: `element line ${line[0]} without its ${line[0] === '1' ? 'line 2' : 'line 1'}` });
      pendingName = null;
      continue;
    }
    if (pendingName !== null) issues.push({ line: i, message: 'name line without element lines' });
    pendingName = line.replace(/^0 /, '').trim() || null;
  }
  if (pendingName !== null) issues.push({ line: lines.length, message: 'name line without element lines' });
  return { sets, issues };
}

// ---------------------------------------------------------------------------------------------------------- OMM

function ommSet(raw: unknown, line: number, issues: ParseIssue[]): ElementSet | null {
  const parsed = ommRecordSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    issues.push({ line, message: `${first.path.join('.') || 'record'}: ${first.message}` });
    return null;
  }
  const omm = parsed.data;
  return {
    format: 'omm',
    norad: omm.NORAD_CAT_ID,
    name: omm.OBJECT_NAME?.trim() || null,
    intlDesignator: omm.OBJECT_ID?.trim() || null,
    epoch: new Date(ommEpochMs(omm.EPOCH)).toISOString(),
    omm,
  };
}

/** OMM epochs are UTC with or without a trailing Z, and up to microseconds. */
export function ommEpochMs(epoch: string): number {
  return Date.parse(epoch.endsWith('Z') ? epoch : `${epoch}Z`);
}

export function parseOmmJson(text: string): ParsedElements {
  const issues: ParseIssue[] = [];
  let body: unknown;
  try {
    body = JSON.parse(stripBom(text));
  } catch (err) {
    return { sets: [], issues: [{ line: 1, message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const records = Array.isArray(body) ? body : [body];
  const sets = records.flatMap((r, i) => ommSet(r, i + 1, issues) ?? []);
  return { sets, issues };
}

/** RFC 4180 fields of one CSV line (quotes, doubled quotes); OMM CSV has no line breaks inside fields. */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cur += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  out.push(cur);
  return out;
}

export function parseOmmCsv(text: string): ParsedElements {
  const lines = stripBom(text).split(/\r\n|\n|\r/);
  const header = csvFields(lines[0] ?? '').map((h) => h.trim());
  const issues: ParseIssue[] = [];
  const sets: ElementSet[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const fields = csvFields(lines[i]);
    if (fields.length !== header.length) {
      issues.push({ line: i + 1, message: `${fields.length} fields where the header has ${header.length}` });
      continue;
    }
    // Empty CSV cells are absent values, not zeros.
    const record = Object.fromEntries(header.flatMap((h, j) => (fields[j].trim() === '' ? [] : [[h, fields[j].trim()]])));
    const set = ommSet(record, i + 1, issues);
    if (set) sets.push(set);
  }
  return { sets, issues };
}

// ------------------------------------------------------------------------------------------------ flags, picking

export function isIss(set: Pick<ElementSet, 'norad' | 'name'>): boolean {
  // The ISS modules (NAUKA, …) are catalogued separately but fly as one object with ZARYA.
  return set.norad === 25544 || /^ISS( \(|$)/.test(set.name ?? '');
}

export function isStarlink(set: Pick<ElementSet, 'name'>): boolean {
  return /^STARLINK\b/i.test(set.name ?? '');
}

/**
 * Days an element set is used either side of its epoch. SGP4 errors grow to a few kilometres (a few tenths of a
 * degree seen from the ground) within days, which screening tolerates; published sky predictions are often made
 * from sets 3–4 days old.
 */
export const MAX_ELEMENT_AGE_DAYS = 7;

/**
 * For each object, the set whose epoch is nearest `atMs`, dropping objects with none within
 * {@link MAX_ELEMENT_AGE_DAYS}: several downloads can then be merged without stale ones winning.
 */
export function pickNearestSets(sets: readonly ElementSet[], atMs: number, maxAgeDays = MAX_ELEMENT_AGE_DAYS): ElementSet[] {
  const best = new Map<number, { set: ElementSet; age: number }>();
  for (const set of sets) {
    const age = Math.abs(Date.parse(set.epoch) - atMs);
    if (age > maxAgeDays * 86_400_000) continue;
    const prior = best.get(set.norad);
    if (!prior || age < prior.age) best.set(set.norad, { set, age });
  }
  return [...best.values()].map((b) => b.set);
}

// ---------------------------------------------------------------------------------------------------- TLE → OMM

/** "-11606-4" (TLE's implied-decimal exponent notation) → -0.11606e-4. */
function impliedDecimal(field: string): number {
  const m = /^([+-]?)(\d+)([+-]\d)$/.exec(field.trim());
  return m ? Number(`${m[1]}0.${m[2]}e${m[3]}`) : Number(field.trim() || 0);
}

/** The epoch as OMM writes it: UTC to the microsecond, without a zone letter. */
function ommEpoch(line1: string): string {
  const micros = Math.round(tleEpochMs(Number(line1.slice(18, 20)), Number(line1.slice(20, 32))) * 1000);
  const whole = new Date(Math.floor(micros / 1_000_000) * 1000).toISOString().slice(0, 19);
  return `${whole}.${String(micros % 1_000_000).padStart(6, '0')}`;
}

/** The OMM record of a TLE set, field for field (CelesTrak derives its GP JSON from the same elements). */
export function tleToOmm(set: Extract<ElementSet, { format: 'tle' }>): OmmRecord {
  const { line1: l1, line2: l2 } = set;
  return {
    OBJECT_NAME: set.name,
    OBJECT_ID: set.intlDesignator,
    EPOCH: ommEpoch(l1),
    MEAN_MOTION: Number(l2.slice(52, 63)),
    ECCENTRICITY: Number(`0.${l2.slice(26, 33).trim()}`),
    INCLINATION: Number(l2.slice(8, 16)),
    RA_OF_ASC_NODE: Number(l2.slice(17, 25)),
    ARG_OF_PERICENTER: Number(l2.slice(34, 42)),
    MEAN_ANOMALY: Number(l2.slice(43, 51)),
    EPHEMERIS_TYPE: Number(l1[62]) || 0,
    CLASSIFICATION_TYPE: l1[7],
    NORAD_CAT_ID: set.norad,
    ELEMENT_SET_NO: Number(l1.slice(64, 68)),
    REV_AT_EPOCH: Number(l2.slice(63, 68)),
    BSTAR: impliedDecimal(l1.slice(53, 61)),
    MEAN_MOTION_DOT: Number(l1.slice(33, 43)),
    MEAN_MOTION_DDOT: impliedDecimal(l1.slice(44, 52)),
  };
}
