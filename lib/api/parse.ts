import { z } from 'zod';
import { ApiError, httpError } from './errors';

/**
 * Every input a route reads (path params, query string, JSON body) goes through one of these, so bad input is
 * always a 4xx naming the field, never a 500 and never a silently ignored typo.
 */

/** Bodies above this are refused before parsing (413); routes that accept more say so. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** Nothing at all: for the query string of a body route, or a route that takes only its path. */
const NO_INPUT = z.object({}).strict();

type Issue = z.core.$ZodIssue;

/** The dotted path of the first problem; for unknown keys (zod reports them on the parent) the key itself. */
function fieldOf(issue: Issue): string | undefined {
  const base = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys.length) base.push(issue.keys[0]);
  return base.join('.') || undefined;
}

function messageOf(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return 'is not a field this route accepts';
  return issue.message;
}

/** The first zod issue as an {@link ApiError}: 422, naming the field. */
export function issueError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  if (!issue) return httpError.invalidRequest('Invalid input.');
  const field = fieldOf(issue);
  return field ? httpError.invalid(field, messageOf(issue)) : httpError.invalidRequest(messageOf(issue));
}

/** Validates anything (params, query, body) against a zod schema; throws a 422 {@link ApiError} naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw issueError(result.error);
}

/**
 * The query string as an object: a key given once is a string, a repeated key (?status=a&status=b) an array.
 * Schemas decide what they accept; an unknown key is refused by a strict schema, naming it.
 */
export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.output<S> {
  return parseInput(schema, queryObject(new URL(req.url).searchParams));
}

/**
 * Path params (/api/phenoms/:id). A value that cannot name anything (e.g. an id that is not a UUID) is a
 * missing resource: 404 with `notFound` as message, not a complaint about the URL.
 */
export function parseParams<S extends z.ZodType>(params: unknown, schema: S, notFound: string): z.output<S> {
  const result = schema.safeParse(params);
  if (result.success) return result.data;
  throw httpError.notFound(notFound);
}

async function readLimited(req: Request, limitBytes: number): Promise<string> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limitBytes) throw httpError.tooLarge(limitBytes);
  if (!req.body) return '';
  // A missing or false Content-Length must not let a client stream an endless body into memory.
  const reader = req.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw httpError.tooLarge(limitBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

export interface BodyOptions {
  limitBytes?: number;
  /** The body may be left out (parsed as `{}`), e.g. an action that takes no input but refuses unknown input. */
  optional?: boolean;
}

/**
 * The JSON body, parsed by `schema`: 413 too large, 415 not declared JSON, 400 not JSON, 422 naming the field. A
 * route that takes a body takes no query string (none reads both), so a parameter sent with it is a 422 too.
 */
export async function parseJson<S extends z.ZodType>(req: Request, schema: S, options: BodyOptions = {}): Promise<z.output<S>> {
  parseQuery(req, NO_INPUT);
  const type = req.headers.get('content-type');
  if (type && !/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type)) throw httpError.unsupportedMediaType();
  const text = await readLimited(req, options.limitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  if (!text.trim()) {
    if (options.optional) return parseInput(schema, {});
    throw httpError.badJson('The request needs a JSON body.');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw httpError.badJson();
  }
  return parseInput(schema, body);
}


/**
 * For a route (or method) that takes nothing but its path: a query parameter or a body field sent anyway is a 422
 * naming it, as for every other route, so a typo (`?limit=5` on a route without paging, `{ "force": true }` on a
 * DELETE) never looks like a success. Call it before anything is read or written.
 */
export async function parseNoInput(req: Request): Promise<void> {
  await parseJson(req, NO_INPUT, { optional: true });
}
