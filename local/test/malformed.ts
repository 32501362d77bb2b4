// The malformed-request table (issue 10): every route's hostile inputs, run by app/api/malformed.test.ts against
// the real engine and database. Each route area adds a `<area>.malformed.ts` next to its routes exporting a
// MalformedTable; the test finds them all, so adding rows never touches a shared file.
import type { ApiStack, CallInit, RouteHandler, StaffMember } from './api-stack';

export type Caller = 'staff' | 'admin' | 'anonymous';

export interface MalformedCase {
  /** What is wrong with the request, as the test title. */
  name: string;
  handler: RouteHandler;
  method: string;
  /** Path and query string. */
  path: string;
  params?: Record<string, string>;
  /** An object is sent as JSON; a string as it is (e.g. not JSON at all). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Who sends it; staff by default. */
  as?: Caller;
  /** The expected 4xx. */
  status: number;
  /** For a 422: the field the message must name. */
  field?: string;
  /** The expected error code, when it matters. */
  code?: string;
}

export interface MalformedFixtures {
  staff: StaffMember;
  admin: StaffMember;
  stack: ApiStack;
}

export interface MalformedTable {
  area: string;
  /** Inserts the rows the cases point at (fixed ids), once, before the cases run. */
  setUp?(fixtures: MalformedFixtures): Promise<void>;
  cases: MalformedCase[];
}

export function callFor(c: MalformedCase, fixtures: MalformedFixtures): CallInit {
  const as = c.as === 'anonymous' ? undefined : c.as === 'admin' ? fixtures.admin : fixtures.staff;
  return { method: c.method, path: c.path, params: c.params, body: c.body, headers: c.headers, as };
}

/**
 * Rows against one route: `request(name, body, expected, extra)` with the route's handler, method, path and
 * params filled in.
 */
export function rowsFor(base: Pick<MalformedCase, 'handler' | 'method' | 'path'> & Partial<Pick<MalformedCase, 'params'>>) {
  return (name: string, body: unknown, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, extra: Partial<MalformedCase> = {}): MalformedCase => ({
    name,
    ...base,
    body,
    ...expected,
    ...extra,
  });
}

/** Rows of bad query strings against one GET route, each a 422 naming `field`. */
export function queryRowsFor(handler: MalformedCase['handler'], path: string) {
  return (name: string, query: string, field: string): MalformedCase => ({ name, handler, method: 'GET', path: `${path}?${query}`, ...invalid(field) });
}

/** 422 naming `field`. */
export const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });

/** A string of `n` characters: for "huge string" rows. */
export const huge = (n = 100_000) => 'x'.repeat(n);
