import 'server-only';
import http from 'node:http';
import https from 'node:https';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode } from 'graphql';
import { z } from 'zod';
import { httpError, type ApiError } from '@/lib/api/errors';
import { serverEnv } from '@/lib/env';

/**
 * The one way the app talks to Hasura. It forwards the caller's own Cognito ID token, so row-level permissions
 * are always those of the signed-in person: the app holds no admin secret and has no data access of its own.
 */

/** Roles are the Cognito group names themselves (see hasura/metadata). */
export type HasuraRole = 'nest-access' | 'nest-admin';

export type HasuraErrorKind = 'graphql' | 'network' | 'timeout' | 'http';

export interface HasuraFailure {
  kind: HasuraErrorKind;
  /** Hasura's extensions.code for GraphQL errors ('permission-error', 'validation-failed', …), else our own. */
  code: string;
  /** Meant for logs; route handlers answer with {@link toRouteError}, which never passes it on unfiltered. */
  message: string;
  /** The upstream HTTP status, or null when no response arrived. */
  status: number | null;
  /** Hasura's JSONPath to the failing part of the request, when it gave one. */
  path?: string;
}

export type HasuraResult<TData> = { ok: true; data: TData } | { ok: false; error: HasuraFailure };

export interface HasuraFetchOptions {
  /** The caller's Cognito ID token, forwarded as-is. */
  token: string;
  role?: HasuraRole;
  /** Defaults to 10 s: long enough for a cold engine, short enough that a page shows its error state. */
  timeoutMs?: number;
  /** Aborts with the caller (e.g. a client that went away); reported as a network failure, code 'aborted'. */
  signal?: AbortSignal;
  /** Overrides HASURA_GRAPHQL_URL; tests point it at a fake upstream. */
  url?: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;

const graphqlErrorSchema = z.object({
  message: z.string(),
  extensions: z.object({ code: z.string().optional(), path: z.string().optional() }).passthrough().optional(),
});

const graphqlResponseSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(graphqlErrorSchema).min(1).optional(),
});

const printed = new WeakMap<DocumentNode, { query: string; operationName?: string }>();

function serialise(doc: DocumentNode) {
  let entry = printed.get(doc);
  if (!entry) {
    const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    entry = { query: print(doc), operationName: operation?.name?.value };
    printed.set(doc, entry);
  }
  return entry;
}

function failure(kind: HasuraErrorKind, code: string, message: string, status: number | null, path?: string) {
  return { ok: false as const, error: { kind, code, message, status, ...(path ? { path } : {}) } };
}

/**
 * Runs one typed operation. Expected failures (engine down, slow, HTTP error, GraphQL errors — including
 * `errors` in a 200) come back as `{ ok: false }`; this never throws for them.
 */
export async function hasuraFetch<TData, TVariables extends Record<string, unknown>>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: HasuraFetchOptions,
): Promise<HasuraResult<TData>> {
  const { query, operationName } = serialise(doc);
  return (await hasuraFetchPersisted({ query, operationName }, variables, options)) as HasuraResult<TData>;
}

/** An operation of graphql/ as text: codegen's persisted-documents.json, looked up by hash (app/api/graphql). */
export interface PersistedOperation {
  query: string;
  operationName?: string;
}

/**
 * The same executor for an operation known only as text (no generated types): /api/graphql forwards the
 * persisted documents of graphql/ this way, never a query a client wrote.
 */
export async function hasuraFetchPersisted(
  { query, operationName }: PersistedOperation,
  variables: Record<string, unknown>,
  options: HasuraFetchOptions,
): Promise<HasuraResult<unknown>> {
  const url = options.url ?? serverEnv().HASURA_GRAPHQL_URL;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;

  let response: UpstreamResponse;
  try {
    const headers = { authorization: `Bearer ${options.token}`, 'x-hasura-role': options.role ?? 'nest-access' };
    response = await postJson(url, JSON.stringify({ query, variables, operationName }), headers, signal);
  } catch (err) {
    const status = err instanceof BodyError ? err.status : null;
    if (timeout.aborted) return failure('timeout', 'timeout', 'The GraphQL engine did not answer in time', status);
    if (options.signal?.aborted) return failure('network', 'aborted', 'The request was cancelled', null);
    if (status !== null) return failure('http', isOk(status) ? 'invalid-response' : `http-${status}`, `The GraphQL engine's answer broke off: ${describe(err)}`, status);
    return failure('network', 'unreachable', `The GraphQL engine could not be reached: ${describe(err)}`, null);
  }

  const ok = isOk(response.status);
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch (err) {
    if (!ok) return failure('http', `http-${response.status}`, `The GraphQL engine answered HTTP ${response.status}`, response.status);
    return failure('http', 'invalid-response', `The GraphQL engine sent a non-JSON answer: ${describe(err)}`, response.status);
  }

  const parsed = graphqlResponseSchema.safeParse(body);
  if (!parsed.success) {
    const code = ok ? 'invalid-response' : `http-${response.status}`;
    return failure('http', code, `The GraphQL engine sent an unexpected answer (HTTP ${response.status})`, response.status);
  }
  const { data, errors } = parsed.data;
  if (errors) {
    const [first] = errors;
    const code = first.extensions?.code ?? 'unexpected';
    const message = errors.map((e) => e.message).join('; ');
    // Hasura answers most GraphQL errors with 200; a few (e.g. bad JSON) with 4xx and the same body.
    return failure(ok ? 'graphql' : 'http', code, message, response.status, first.extensions?.path);
  }
  if (!ok) return failure('http', `http-${response.status}`, `The GraphQL engine answered HTTP ${response.status}`, response.status);
  if (data === undefined || data === null) return failure('graphql', 'no-data', 'The GraphQL engine answered without data', response.status);
  return { ok: true, data };
}

const isOk = (status: number) => status >= 200 && status < 300;

interface UpstreamResponse {
  status: number;
  text: string;
}

/** The answer's headers came, its body did not arrive whole. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

// Keep-alive connections to the engine, one pool per protocol. node:http rather than fetch: a page makes several
// engine requests, and fetch (undici, plus Next's instrumentation of it) costs about 1 ms of CPU each where this
// costs a fifth of that; at 1M phenoms and 50 pages/s the app server's CPU is what runs out first
// (docs/benchmarks.md). An idle connection is dropped after 4 s, before the server's own keep-alive timeout (Node's
// agent also honours a `Keep-Alive: timeout=` hint), so no request goes down a socket the server is closing.
const AGENT_OPTIONS = { keepAlive: true, timeout: 4_000 };
const agents = { 'http:': new http.Agent(AGENT_OPTIONS), 'https:': new https.Agent(AGENT_OPTIONS) };

/** POSTs a JSON body and resolves with the status and the whole body text; rejects when no whole answer came. */
function postJson(url: string, body: string, headers: Record<string, string>, signal: AbortSignal): Promise<UpstreamResponse> {
  const target = new URL(url);
  const secure = target.protocol === 'https:';
  if (!secure && target.protocol !== 'http:') return Promise.reject(new Error(`unsupported protocol ${target.protocol}`));
  const options = {
    method: 'POST',
    agent: agents[secure ? 'https:' : 'http:'],
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
  };
  return new Promise((resolve, reject) => {
    const req = (secure ? https : http).request(target, options, (res) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (err) => reject(new BodyError(status, err)));
      res.on('aborted', () => reject(new BodyError(status, new Error('the connection closed mid-answer'))));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? cause.message : err.message;
  }
  return String(err);
}

const PERMISSION_CODES = new Set(['permission-error', 'access-denied']);
const TOKEN_CODES = new Set(['invalid-jwt', 'jwt-invalid-claims', 'jwt-missing-role-claims', 'invalid-headers']);
const VALIDATION_CODES = new Set(['validation-failed', 'parse-failed', 'bad-request', 'data-exception']);

/**
 * Maps an upstream failure to what a route handler tells its client. Upstream messages can quote SQL or
 * internal names, so only validation messages (about the GraphQL request itself) pass through.
 */
export function toRouteError(error: HasuraFailure): ApiError {
  if (error.kind === 'timeout') return httpError.upstreamTimeout();
  if (error.kind === 'network') return httpError.upstreamUnavailable();
  if (PERMISSION_CODES.has(error.code)) return httpError.forbidden();
  if (TOKEN_CODES.has(error.code)) return httpError.unauthenticated('Your session is no longer valid. Sign in again.');
  if (error.code === 'constraint-violation') return httpError.conflict();
  if (VALIDATION_CODES.has(error.code)) {
    return httpError.invalidRequest(error.code === 'validation-failed' ? error.message : 'The request contains an invalid value.');
  }
  return httpError.upstreamError();
}
