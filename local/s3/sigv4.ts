import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { S3Error } from './errors';

/**
 * AWS Signature Version 4 verification, as S3 does it. s3rver 3.7 accepts any V4 signature ("calculation is
 * unimplemented" in its source), so without this the local stack would accept requests real S3 refuses and bugs in
 * our signing code would only show up in production.
 */

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received (req.url). */
  url: string;
  /** Lower-case header names; repeated headers keep every value. */
  headers: Record<string, string[] | undefined>;
}

export interface Verified {
  accessKeyId: string;
  /** The payload hash the signature covers: a hex SHA-256, UNSIGNED-PAYLOAD or a STREAMING-* marker. */
  payloadHash: string;
  via: 'header' | 'query';
}

export interface VerifyOptions {
  /** Secret for an access key id, undefined when the key is unknown. */
  secretFor: (accessKeyId: string) => string | undefined;
  region: string;
  now: Date;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;
const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;
const AUTH_QUERY_PARAMS = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Date', 'X-Amz-Expires', 'X-Amz-SignedHeaders', 'X-Amz-Signature'];

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ is percent-encoded. */
export function encodeRfc3986(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decode(s: string, what: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new S3Error('InvalidURI', `Couldn't parse the specified URI: malformed ${what}.`);
  }
}

export interface QueryParam {
  key: string;
  value: string;
}

export function parseQuery(rawQuery: string): QueryParam[] {
  if (rawQuery === '') return [];
  return rawQuery.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const key = eq === -1 ? pair : pair.slice(0, eq);
    const value = eq === -1 ? '' : pair.slice(eq + 1);
    return { key: decode(key, 'query parameter'), value: decode(value, 'query parameter') };
  });
}

function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q === -1 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}

/** S3 does not normalise paths (no dot-segment removal); each segment is encoded exactly once. */
function canonicalUri(rawPath: string): string {
  return rawPath
    .split('/')
    .map((seg) => encodeRfc3986(decode(seg, 'path')))
    .join('/');
}

function canonicalQuery(params: QueryParam[]): string {
  return params
    .map((p) => [encodeRfc3986(p.key), encodeRfc3986(p.value)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

function canonicalHeaderValue(values: string[]): string {
  return values.map((v) => v.trim().replace(/\s+/g, ' ')).join(',');
}

const sha256Hex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

function signingKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

function parseAmzDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se] = m;
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +se));
}

const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');

interface AuthParts {
  via: 'header' | 'query';
  credential: string;
  signedHeaders: string;
  signature: string;
  amzDate: string;
  payloadHash: string;
  /** Query parameters that enter the canonical query string. */
  queryParams: QueryParam[];
}

function first(headers: SignedRequest['headers'], name: string): string | undefined {
  return headers[name]?.[0];
}

function fromHeader(req: SignedRequest, params: QueryParam[], now: Date): AuthParts {
  const auth = first(req.headers, 'authorization') ?? '';
  const malformed = (why: string) => new S3Error('AuthorizationHeaderMalformed', `The authorization header is malformed; ${why}`);
  if (!auth.startsWith(`${ALGORITHM} `)) {
    throw new S3Error('InvalidArgument', 'Unsupported Authorization Type', { ArgumentName: 'Authorization' });
  }
  const parts = new Map(
    auth
      .slice(ALGORITHM.length + 1)
      .split(',')
      .map((c) => c.trim())
      .map((c) => [c.slice(0, c.indexOf('=')), c.slice(c.indexOf('=') + 1)] as const),
  );
  const credential = parts.get('Credential');
  const signedHeaders = parts.get('SignedHeaders');
  const signature = parts.get('Signature');
  if (!credential || !signedHeaders || !signature) throw malformed('it requires Credential, SignedHeaders and Signature.');

  const payloadHash = first(req.headers, 'x-amz-content-sha256');
  if (!payloadHash) throw new S3Error('InvalidArgument', 'Missing required header for this request: x-amz-content-sha256');
  const amzDate = first(req.headers, 'x-amz-date');
  const requestTime = parseAmzDate(amzDate);
  if (!amzDate || !requestTime) throw new S3Error('AccessDenied', 'AWS authentication requires a valid Date or x-amz-date header');
  if (Math.abs(now.getTime() - requestTime.getTime()) > MAX_SKEW_MS) {
    throw new S3Error('RequestTimeTooSkewed', 'The difference between the request time and the current time is too large.', {
      RequestTime: amzDate,
      ServerTime: isoSeconds(now),
      MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
    });
  }
  return { via: 'header', credential, signedHeaders, signature, amzDate, payloadHash, queryParams: params };
}

function fromQuery(params: QueryParam[], now: Date): AuthParts {
  const get = (k: string) => params.find((p) => p.key === k)?.value;
  const bad = (msg: string) => new S3Error('AuthorizationQueryParametersError', msg);
  if (get('X-Amz-Algorithm') !== ALGORITHM) throw bad(`X-Amz-Algorithm only supports "${ALGORITHM}"`);
  const [credential, signedHeaders, signature, amzDate, expiresRaw] = ['X-Amz-Credential', 'X-Amz-SignedHeaders', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-Expires'].map(get);
  if (!credential || !signedHeaders || !signature || !amzDate || expiresRaw === undefined) {
    throw bad(`Query-string authentication version 4 requires the ${AUTH_QUERY_PARAMS.join(', ')} parameters.`);
  }
  const requestTime = parseAmzDate(amzDate);
  if (!requestTime) throw bad(`X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'"`);
  if (!/^\d+$/.test(expiresRaw)) throw bad('X-Amz-Expires should be a number');
  const expires = Number(expiresRaw);
  if (expires > MAX_PRESIGN_SECONDS) {
    throw bad('X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds');
  }
  if (requestTime.getTime() > now.getTime() + MAX_SKEW_MS) throw new S3Error('AccessDenied', 'Request is not valid yet');
  const expiresAt = new Date(requestTime.getTime() + expires * 1000);
  if (now.getTime() > expiresAt.getTime()) {
    throw new S3Error('AccessDenied', 'Request has expired', {
      'X-Amz-Expires': expiresRaw,
      Expires: isoSeconds(expiresAt),
      ServerTime: isoSeconds(now),
    });
  }
  return {
    via: 'query',
    credential,
    signedHeaders,
    signature,
    amzDate,
    payloadHash: get('X-Amz-Content-Sha256') ?? 'UNSIGNED-PAYLOAD',
    // The signature cannot sign itself; every other parameter, auth ones included, is covered.
    queryParams: params.filter((p) => p.key !== 'X-Amz-Signature'),
  };
}

/** True when the request carries SigV4 credentials in its header or query string. */
export function authMechanism(req: SignedRequest): 'header' | 'query' | 'both' | 'none' {
  const { query } = splitUrl(req.url);
  const inHeader = req.headers.authorization !== undefined;
  const inQuery = /(^|&)X-Amz-Algorithm=/.test(query);
  return inHeader && inQuery ? 'both' : inHeader ? 'header' : inQuery ? 'query' : 'none';
}

/** Verifies the request's SigV4 signature (not its body: see `Verified.payloadHash`). Throws S3Error as S3 would. */
export function verifySigV4(req: SignedRequest, opts: VerifyOptions): Verified {
  const { path, query } = splitUrl(req.url);
  const params = parseQuery(query);
  const mechanism = authMechanism(req);
  if (mechanism === 'none') throw new S3Error('AccessDenied', 'Access Denied');
  if (mechanism === 'both') {
    throw new S3Error('InvalidArgument', 'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified');
  }
  const auth = mechanism === 'header' ? fromHeader(req, params, opts.now) : fromQuery(params, opts.now);
  const malformed = (msg: string) =>
    auth.via === 'header' ? new S3Error('AuthorizationHeaderMalformed', msg) : new S3Error('AuthorizationQueryParametersError', msg);

  const [accessKeyId, date, region, service, terminator, ...rest] = auth.credential.split('/');
  if (rest.length > 0 || terminator !== 'aws4_request' || service !== 's3' || !date || !region) {
    throw malformed(`the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`);
  }
  if (date !== auth.amzDate.slice(0, 8)) throw malformed(`Invalid credential date "${date}". This date is not the same as X-Amz-Date: "${auth.amzDate.slice(0, 8)}".`);
  if (region !== opts.region) throw malformed(`the region '${region}' is wrong; expecting '${opts.region}'`);
  const secret = opts.secretFor(accessKeyId);
  if (secret === undefined) {
    throw new S3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: accessKeyId });
  }

  const signedHeaderNames = auth.signedHeaders.split(';');
  if (!signedHeaderNames.includes('host')) throw malformed('SignedHeaders must include host.');
  const canonicalHeaders = signedHeaderNames.map((name) => `${name}:${canonicalHeaderValue(req.headers[name] ?? [])}\n`).join('');
  const canonicalRequest = [req.method, canonicalUri(path), canonicalQuery(auth.queryParams), canonicalHeaders, auth.signedHeaders, auth.payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = [ALGORITHM, auth.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const expected = hmac(signingKey(secret, date, region, service), stringToSign).toString('hex');

  const provided = Buffer.from(auth.signature, 'utf8');
  if (provided.length !== expected.length || !timingSafeEqual(provided, Buffer.from(expected, 'utf8'))) {
    // S3 returns what it signed so a client author can find the difference; nothing here is secret.
    throw new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      AWSAccessKeyId: accessKeyId,
      StringToSign: stringToSign,
      SignatureProvided: auth.signature,
      CanonicalRequest: canonicalRequest,
    });
  }
  return { accessKeyId, payloadHash: auth.payloadHash, via: auth.via };
}

/** The URL without SigV4 query parameters (what the storage backend behind the verifier should see). */
export function stripAuthQuery(url: string): string {
  const { path, query } = splitUrl(url);
  if (query === '') return url;
  const kept = query.split('&').filter((pair) => !/^X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Signature|Security-Token|Content-Sha256)=/i.test(pair));
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
