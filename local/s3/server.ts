import fs from 'node:fs';
import http from 'node:http';
import { createHash } from 'node:crypto';
import S3rver from 's3rver';
import { z } from 'zod';
import { SigV4Rejection, splitUrl, stripAuthQuery, verifySigV4, type AuthVia, type SignedRequest, type Verified } from '../aws/sigv4';
import { keepIdleConnections, listen, readBodyUpTo } from '../stack/http';
import { decodeAwsChunked, STREAMING_MODES, type StreamingMode } from './aws-chunked';
import { assertChecksum, assertContentMd5, checksumAlgorithmOf, declaredChecksums } from './checksums';
import { corsRuleSchema, preflight, responseCorsHeaders, type CorsRule, type CorsRuleInput } from './cors';
import { S3Error, s3ErrorFromRejection } from './errors';
import { checkPostPolicy, parsePostForm, postObjectKey, type PostForm } from './post-policy';

export interface StartS3Options {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Objects live here (kept between runs). */
  dataDir: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** Created if missing. */
  buckets: string[];
  /** The buckets' CORS configuration (S3's CORSRule list, evaluated in order); none: CORS not enabled. */
  cors?: CorsRuleInput[];
}

export interface LocalS3 {
  /** http://127.0.0.1:<port> — use as S3_ENDPOINT with path-style addressing. */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

// Bodies are held in memory to check their hash, checksum or policy before anything is stored.
const MAX_BODY_BYTES = 512 * 1024 * 1024;
const MAX_SKEW_MS = 15 * 60 * 1000;

/** GetObject's overridable response headers (response-<header> query parameters). */
const RESPONSE_OVERRIDES = ['content-type', 'content-language', 'expires', 'cache-control', 'content-disposition', 'content-encoding'];
/** Form fields of a POST upload that become object headers, as S3 stores them. */
const POST_OBJECT_HEADERS = ['content-type', 'cache-control', 'content-disposition', 'content-encoding', 'expires'];

const readBody = (req: http.IncomingMessage) =>
  readBodyUpTo(req, MAX_BODY_BYTES, () => new S3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size of the local S3.'));

const one = (req: http.IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

interface Forwarded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body?: Buffer;
  /** Headers put on a successful answer (GetObject's response-* overrides, the checksum S3 echoes). */
  onSuccess: http.OutgoingHttpHeaders;
}

/** response-* query parameters: taken off the URL the backend sees, applied to the answer as S3 does. */
function responseOverrides(url: string, method: string): { url: string; headers: http.OutgoingHttpHeaders } {
  const { path, query } = splitUrl(url);
  const headers: http.OutgoingHttpHeaders = {};
  const kept: string[] = [];
  for (const pair of query ? query.split('&') : []) {
    const [rawKey, rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey);
    if (!key.startsWith('response-')) {
      kept.push(pair);
      continue;
    }
    const name = key.slice('response-'.length);
    const value = decodeURIComponent(rawValue);
    if (!RESPONSE_OVERRIDES.includes(name)) {
      throw new S3Error('InvalidArgument', `${key} is not in the set of overridable response headers. Please refer to the S3 API documentation for a complete list of overridable response headers.`, {
        ArgumentName: key,
        ArgumentValue: value,
      });
    }
    if (method === 'GET' || method === 'HEAD') headers[name] = value;
  }
  return { url: kept.length ? `${path}?${kept.join('&')}` : path, headers };
}

/** The body as the backend should store it: hash, aws-chunked signatures and checksums verified. */
async function verifiedBody(req: http.IncomingMessage, verified: Verified): Promise<{ body?: Buffer; checksum: http.OutgoingHttpHeaders }> {
  const hash = verified.payloadHash;
  const streaming = STREAMING_MODES.includes(hash);
  const declared = declaredChecksums(req.headers);
  const md5 = one(req, 'content-md5');
  const needsBody = /^[0-9a-f]{64}$/i.test(hash) || streaming || declared.length > 0 || md5 !== undefined;
  if (!needsBody) {
    if (hash !== 'UNSIGNED-PAYLOAD') throw new S3Error('InvalidArgument', `x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-… or a SHA-256 hex digest.`, { ArgumentName: 'x-amz-content-sha256', ArgumentValue: hash });
    return { checksum: {} };
  }
  let body = await readBody(req);
  if (/^[0-9a-f]{64}$/i.test(hash)) {
    const actual = createHash('sha256').update(body).digest('hex');
    if (actual !== hash.toLowerCase()) {
      throw new S3Error('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", {
        ClientComputedContentSHA256: hash,
        S3ComputedContentSHA256: actual,
      });
    }
  }
  if (streaming) {
    const decoded = decodeChunked(req, body, hash as StreamingMode, verified);
    body = decoded.body;
    declared.push(...decoded.checksums);
  }
  for (const { algorithm, value } of declared) assertChecksum(algorithm, value, body);
  if (md5 !== undefined) assertContentMd5(md5, body);
  return { body, checksum: Object.fromEntries(declared.map(({ algorithm, value }) => [`x-amz-checksum-${algorithm}`, value])) };
}

function decodeChunked(req: http.IncomingMessage, raw: Buffer, mode: StreamingMode, verified: Verified) {
  const decodedLength = one(req, 'x-amz-decoded-content-length');
  if (decodedLength === undefined) throw new S3Error('MissingContentLength', 'You must provide the Content-Length HTTP header.');
  const trailerNames = (one(req, 'x-amz-trailer') ?? '').split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  for (const name of trailerNames) if (!checksumAlgorithmOf(name)) throw new S3Error('InvalidRequest', `The value specified in the x-amz-trailer header is not supported: ${name}`);
  const signing = mode === 'STREAMING-UNSIGNED-PAYLOAD-TRAILER' ? undefined : { amzDate: verified.amzDate, scope: verified.scope, seedSignature: verified.signature, signingKey: verified.signingKey };
  const { data, trailers } = decodeAwsChunked(raw, mode, signing, trailerNames);
  if (String(data.length) !== decodedLength) throw new S3Error('IncompleteBody', 'You did not provide the number of bytes specified by the x-amz-decoded-content-length HTTP header.');
  const checksums = Object.entries(trailers).map(([name, value]) => ({ algorithm: checksumAlgorithmOf(name)!, value }));
  return { body: data, checksums };
}

/** What the backend must not see: the credentials we checked and the transfer encoding we undid. */
function backendHeaders(req: http.IncomingMessage, body: Buffer | undefined): http.IncomingHttpHeaders {
  const headers = { ...req.headers };
  for (const name of ['authorization', 'x-amz-content-sha256', 'x-amz-decoded-content-length', 'x-amz-trailer', 'x-amz-sdk-checksum-algorithm', 'origin']) delete headers[name];
  for (const name of Object.keys(headers)) if (name.startsWith('x-amz-checksum-')) delete headers[name];
  const encodings = (one(req, 'content-encoding') ?? '').split(',').map((e) => e.trim()).filter((e) => e && e !== 'aws-chunked');
  if (encodings.length) headers['content-encoding'] = encodings.join(', ');
  else delete headers['content-encoding'];
  if (body) {
    headers['content-length'] = String(body.length);
    delete headers['transfer-encoding'];
  }
  return headers;
}

async function signedRequest(req: http.IncomingMessage, opts: Required<Pick<StartS3Options, 'accessKeyId' | 'secretAccessKey' | 'region'>>): Promise<Forwarded> {
  const signed: SignedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headersDistinct };
  const verified = verifySigV4(signed, {
    service: 's3',
    region: opts.region,
    secretFor: (id) => (id === opts.accessKeyId ? opts.secretAccessKey : undefined),
    now: new Date(),
    maxSkewMs: MAX_SKEW_MS,
    allowQueryAuth: true,
    payloadHash: s3PayloadHash,
  });
  const overrides = responseOverrides(stripAuthQuery(signed.url), signed.method);
  const { body, checksum } = await verifiedBody(req, verified);
  return { method: signed.method, url: overrides.url, headers: backendHeaders(req, body), body, onSuccess: { ...overrides.headers, ...checksum } };
}

function s3PayloadHash(via: AuthVia, headers: SignedRequest['headers']): string {
  const declared = headers['x-amz-content-sha256']?.[0];
  if (via === 'query') return declared ?? 'UNSIGNED-PAYLOAD';
  if (!declared) throw new S3Error('InvalidArgument', 'Missing required header for this request: x-amz-content-sha256');
  return declared;
}

/** A browser form upload: checked against its policy, then stored as the PUT of the same object. */
async function postObject(req: http.IncomingMessage, bucket: string, opts: Required<Pick<StartS3Options, 'accessKeyId' | 'secretAccessKey' | 'region'>>): Promise<{ forward: Forwarded; form: PostForm; key: string }> {
  const form = await parsePostForm(await readBody(req), one(req, 'content-type') ?? '');
  checkPostPolicy(form, { bucket, region: opts.region, secretFor: (id) => (id === opts.accessKeyId ? opts.secretAccessKey : undefined), now: new Date() });
  const key = postObjectKey(form);
  const headers: http.IncomingHttpHeaders = { host: req.headers.host, 'content-length': String(form.file.data.length) };
  for (const [name, value] of form.fields) if (POST_OBJECT_HEADERS.includes(name) || name.startsWith('x-amz-meta-')) headers[name] = value;
  const path = `/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  return { forward: { method: 'PUT', url: path, headers, body: form.file.data, onSuccess: {} }, form, key };
}

/** S3's answer to a successful POST upload: success_action_redirect, else success_action_status (204 by default). */
function postAnswer(form: PostForm, bucket: string, key: string, etag: string, location: string): { status: number; headers: http.OutgoingHttpHeaders; body?: string } {
  const redirect = form.fields.get('success_action_redirect') ?? form.fields.get('redirect');
  if (redirect) {
    const target = new URL(redirect);
    target.searchParams.set('bucket', bucket);
    target.searchParams.set('key', key);
    target.searchParams.set('etag', etag);
    return { status: 303, headers: { location: target.toString(), etag } };
  }
  const status = Number(form.fields.get('success_action_status'));
  if (status === 201) {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${location}</Location><Bucket>${bucket}</Bucket><Key>${key}</Key><ETag>${etag}</ETag></PostResponse>`;
    return { status, headers: { 'content-type': 'application/xml', etag, location }, body: xml };
  }
  return { status: status === 200 ? 200 : 204, headers: { etag, location } };
}

/**
 * A local S3: s3rver stores the objects and speaks the API; in front of it, on the public port, a gate does what
 * s3rver does not and S3 does: SigV4 signatures and presigned-URL expiry, payload hashes, aws-chunked bodies and
 * their chunk signatures, additional checksums, POST policies, GetObject's response-* overrides and bucket CORS.
 * Anonymous requests are refused as a private bucket refuses them; only CORS preflights pass unsigned.
 * docs/local-stack.md lists what it checks and what it does not.
 */
export async function startS3(opts: StartS3Options): Promise<LocalS3> {
  const host = opts.host ?? '127.0.0.1';
  const auth = { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey, region: opts.region ?? 'us-east-1' };
  const rules: CorsRule[] = z.array(corsRuleSchema).parse(opts.cors ?? []);
  const buckets = new Set(opts.buckets);
  fs.mkdirSync(opts.dataDir, { recursive: true });

  const backend = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: opts.dataDir,
    silent: true,
    resetOnClose: false,
    configureBuckets: opts.buckets.map((name) => ({ name })),
  });
  const { port: backendPort } = await backend.run();
  // The gate reuses its connections to the backend: the backend must not be the one to drop them (see http.ts).
  if (backend.httpServer) keepIdleConnections(backend.httpServer);

  const sendError = (req: http.IncomingMessage, res: http.ServerResponse, err: S3Error) => {
    if (res.headersSent) return res.destroy();
    // S3 answers errors with CORS headers too, so the browser shows the 403 instead of a CORS failure.
    res.writeHead(err.status, { 'content-type': 'application/xml', 'x-amz-error-code': err.code, ...responseCorsHeaders(rules, req) });
    res.end(req.method === 'HEAD' ? undefined : err.toXML());
    req.resume();
  };

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, f: Forwarded, answer?: (etag: string) => ReturnType<typeof postAnswer>) => {
    const upstream = http.request({ host: '127.0.0.1', port: backendPort, method: f.method, path: f.url, headers: f.headers }, (up) => {
      const status = up.statusCode ?? 502;
      const headers: http.OutgoingHttpHeaders = Object.fromEntries(Object.entries(up.headers).filter(([name]) => !name.startsWith('access-control-') && name !== 'vary'));
      Object.assign(headers, responseCorsHeaders(rules, req));
      if (status >= 200 && status < 300) Object.assign(headers, f.onSuccess);
      if (answer && status >= 200 && status < 300) {
        up.resume();
        const a = answer(String(up.headers.etag ?? ''));
        res.writeHead(a.status, { ...headers, 'content-length': String(Buffer.byteLength(a.body ?? '')), ...a.headers });
        return res.end(a.body);
      }
      res.writeHead(status, headers);
      up.pipe(res);
    });
    upstream.on('error', () => sendError(req, res, new S3Error('InternalError', 'The local S3 store did not answer.')));
    if (f.body) upstream.end(f.body);
    else req.pipe(upstream);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const bucket = decodeURIComponent((req.url ?? '/').split(/[/?]/)[1] ?? '');
    if (req.method === 'OPTIONS') {
      res.writeHead(200, preflight(buckets.has(bucket) ? rules : [], req));
      return res.end();
    }
    const isFormPost = req.method === 'POST' && /^\/[^/?]+\/?(\?|$)/.test(req.url ?? '') && /^multipart\/form-data/i.test(one(req, 'content-type') ?? '');
    if (isFormPost) {
      const { forward: f, form, key } = await postObject(req, bucket, auth);
      const location = `http://${req.headers.host}/${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
      return forward(req, res, f, (etag) => postAnswer(form, bucket, key, etag, location));
    }
    return forward(req, res, await signedRequest(req, auth));
  };

  const gate = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const error = err instanceof S3Error ? err : err instanceof SigV4Rejection ? s3ErrorFromRejection(err) : new S3Error('InternalError', 'We encountered an internal error. Please try again.');
      sendError(req, res, error);
    });
  });

  let port: number;
  try {
    port = await listen(gate, opts.port, host);
  } catch (err) {
    await backend.close();
    throw err;
  }
  return {
    endpoint: `http://${host}:${port}`,
    port,
    stop: async () => {
      gate.closeAllConnections();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await backend.close();
    },
  };
}
