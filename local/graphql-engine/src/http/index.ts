import http from 'node:http';
import { z } from 'zod';
import { HasuraError } from '../errors';
import type { Session } from '../session';
import type { GraphQLRequest } from '../request/operation';
import { checkBatchLimit, type RoleLimits } from '../limits';

// The HTTP surface: POST /v1/graphql (one request or a batch array) and GET /healthz. Bodies are size-limited
// and validated; every failure is a JSON error in Hasura's shape, never a crash or a stack trace.

export interface HttpOptions {
  maxBodyBytes: number;
  authenticate: (headers: Record<string, string | undefined>) => Promise<Session>;
  /** `signal` aborts when the client disconnects before its answer is sent. */
  run: (request: GraphQLRequest, session: Session, signal: AbortSignal) => Promise<string>;
  /** The API limits of a role (the batch limit is checked here, before any operation of the batch runs). */
  limitsFor?: (role: string) => RoleLimits;
  log?: (line: string) => void;
}

const requestSchema = z.object({
  query: z.string({ message: 'the request needs a "query" string' }),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
  extensions: z.record(z.string(), z.unknown()).nullish(),
});

const errorBody = (e: HasuraError) =>
  JSON.stringify((e as { withNullData?: boolean }).withNullData ? { data: null, errors: [e.toJSON()] } : { errors: [e.toJSON()] });

function send(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HasuraError('bad-request', `request body is larger than the ${limit}-byte limit`, '$', 413));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HasuraError('bad-request', `request body is larger than the ${limit}-byte limit`, '$', 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function lowerCaseHeaders(req: http.IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k.toLowerCase()] = Array.isArray(v) ? v.join(',') : v;
  return out;
}

/** Runs one GraphQL request; GraphQL-level failures become an `errors` body (HTTP 200, as Hasura answers). */
async function answer(raw: unknown, session: Session, opts: HttpOptions, signal: AbortSignal): Promise<string> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return errorBody(new HasuraError('parse-failed', parsed.error.issues[0].message, '$'));
  if (parsed.data.extensions?.persistedQuery) return errorBody(new HasuraError('not-supported', 'Automatic Persisted Queries is not enabled', '$'));
  try {
    return await opts.run(parsed.data, session, signal);
  } catch (e) {
    return errorBody(asHasuraError(e, opts));
  }
}

function asHasuraError(e: unknown, opts: HttpOptions): HasuraError {
  if (e instanceof HasuraError) return e;
  opts.log?.(`graphql-engine: unexpected error: ${(e as Error)?.stack ?? String(e)}`);
  return new HasuraError('unexpected', 'an unexpected error occurred while processing the request');
}

export function createHttpServer(opts: HttpOptions): http.Server {
  return http.createServer((req, res) => {
    handle(req, res, opts).catch((e) => {
      const err = asHasuraError(e, opts);
      if (!res.headersSent) send(res, err.httpStatus === 200 ? 500 : err.httpStatus, errorBody(err));
    });
  });
}

/** Hasura's default CORS policy (HASURA_GRAPHQL_CORS_DOMAIN unset = "*"): any origin, credentials allowed. */
function cors(req: http.IncomingMessage, res: http.ServerResponse) {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader('access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  const requested = req.headers['access-control-request-headers'];
  if (requested) res.setHeader('access-control-allow-headers', requested);
  res.setHeader('vary', 'Origin');
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, opts: HttpOptions) {
  const url = (req.url ?? '/').split('?')[0];
  cors(req, res);
  if (req.method === 'OPTIONS') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (url === '/healthz' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('OK');
    return;
  }
  if (url !== '/v1/graphql') {
    send(res, 404, errorBody(new HasuraError('not-found', 'resource does not exist')));
    return;
  }
  if (req.method !== 'POST') {
    send(res, 405, errorBody(new HasuraError('method-not-allowed', 'only POST is supported on /v1/graphql')));
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, opts.maxBodyBytes);
  } catch (e) {
    const err = asHasuraError(e, opts);
    send(res, err.httpStatus, errorBody(err));
    return;
  }
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    send(res, 400, errorBody(new HasuraError('invalid-json', 'the request body is not valid JSON', '$', 400)));
    return;
  }
  let session: Session;
  try {
    session = await opts.authenticate(lowerCaseHeaders(req));
  } catch (e) {
    const err = asHasuraError(e, opts);
    send(res, err.httpStatus, errorBody(err));
    return;
  }
  // A client that disconnects abandons its request: whatever it still runs in the database is cancelled.
  const gone = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  if (Array.isArray(json)) {
    try {
      checkBatchLimit(json.length, opts.limitsFor?.(session.role) ?? {}, session.role);
    } catch (e) {
      send(res, 200, errorBody(asHasuraError(e, opts)));
      return;
    }
    const parts: string[] = [];
    for (const item of json) {
      if (gone.signal.aborted) return;
      parts.push(await answer(item, session, opts, gone.signal));
    }
    send(res, 200, `[${parts.join(',')}]`);
    return;
  }
  if (json === null || typeof json !== 'object') {
    send(res, 400, errorBody(new HasuraError('parse-failed', 'the request body must be a JSON object or an array of them', '$', 400)));
    return;
  }
  const answered = await answer(json, session, opts, gone.signal);
  if (!gone.signal.aborted) send(res, 200, answered);
}
