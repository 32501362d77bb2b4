import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AWS Signature Version 4 verification, shared by the stand-ins for AWS services (local/s3, local/cognito). Neither
 * s3rver nor a Cognito emulator checks signatures, so without this the local stack would accept requests AWS refuses
 * and bugs in our signing code would only show up in production.
 *
 * Failures are thrown as SigV4Rejection with a `reason`; each service turns that into its own error (S3's XML
 * codes, Cognito's JSON `__type`), because the services word the same failure differently.
 */

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received (req.url). */
  url: string;
  /** Lower-case header names; repeated headers keep every value. */
  headers: Record<string, string[] | undefined>;
}

export type AuthVia = 'header' | 'query';

export interface Verified {
  accessKeyId: string;
  /** The payload hash the signature covers: a hex SHA-256, UNSIGNED-PAYLOAD or a STREAMING-* marker. */
  payloadHash: string;
  via: AuthVia;
  /** x-amz-date of the request, and the key that signed it: aws-chunked chunk signatures chain from these. */
  amzDate: string;
  scope: string;
  signature: string;
  signingKey: Buffer;
}

export interface VerifyOptions {
  /** The signing name the credential scope must carry: `s3`, `cognito-idp`. */
  service: string;
  region: string;
  /** Secret for an access key id, undefined when the key is unknown. */
  secretFor: (accessKeyId: string) => string | undefined;
  now: Date;
  /** How far x-amz-date may be from `now`: 15 minutes for S3, 5 for most other services. */
  maxSkewMs: number;
  /**
   * The payload hash of the canonical request. S3 takes it from x-amz-content-sha256 (its own rule, its own error
   * when missing); the JSON services hash the body. `via` says where the signature came from.
   */
  payloadHash: (via: AuthVia, headers: SignedRequest['headers']) => string;
  /** Presigned URLs (query authentication) are accepted: S3 yes, the JSON services no. */
  allowQueryAuth: boolean;
}

export type RejectionReason =
  | 'missing' // no credentials at all
  | 'both' // header and query credentials
  | 'unsupported-algorithm'
  | 'incomplete' // a required auth component or parameter is absent or unreadable
  | 'bad-date' // x-amz-date missing or not ISO 8601 basic
  | 'skewed'
  | 'not-yet-valid' // presigned, signed in the future
  | 'expired' // presigned, past X-Amz-Expires
  | 'expires-too-long'
  | 'bad-credential' // credential scope not <key>/<date>/<region>/<service>/aws4_request, or its date
  | 'wrong-region'
  | 'wrong-service'
  | 'unknown-key'
  | 'no-host' // host is not among the signed headers
  | 'invalid-uri'
  | 'mismatch';

export class SigV4Rejection extends Error {
  constructor(
    readonly reason: RejectionReason,
    message: string,
    /** Where the credentials were (undefined when there were none, or both). */
    readonly via: AuthVia | undefined,
    /** What AWS returns alongside (S3 puts these in its error XML); nothing secret. */
    readonly detail: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const ALGORITHM = 'AWS4-HMAC-SHA256';
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
    throw new SigV4Rejection('invalid-uri', `Couldn't parse the specified URI: malformed ${what}.`, undefined);
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

export function splitUrl(url: string): { path: string; query: string } {
  const q = url.indexOf('?');
  return q === -1 ? { path: url, query: '' } : { path: url.slice(0, q), query: url.slice(q + 1) };
}

/**
 * S3 does not normalise paths (no dot-segment removal) and encodes each segment once; every other service removes
 * dot segments and encodes the already-encoded path again, as the SDK signers do.
 */
function canonicalUri(rawPath: string, service: string): string {
  const once = (segments: string[]) => segments.map((seg) => encodeRfc3986(decode(seg, 'path')));
  if (service === 's3') return once(rawPath.split('/')).join('/');
  const normalised: string[] = [];
  for (const seg of rawPath.split('/')) {
    if (seg === '..') normalised.pop();
    else if (seg !== '.' && seg !== '') normalised.push(seg);
  }
  const path = `/${once(normalised).map(encodeRfc3986).join('/')}`;
  return rawPath.endsWith('/') && path !== '/' ? `${path}/` : path;
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

export const sha256Hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
export const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s, 'utf8').digest();

export function deriveSigningKey(secret: string, date: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
}

/** Constant-time comparison of a provided hex signature with the expected one. */
export function sameSignature(provided: string, expected: string): boolean {
  const a = Buffer.from(provided, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function parseAmzDate(s: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s ?? '');
  if (!m) return undefined;
  const [, y, mo, d, h, mi, se] = m;
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +se));
}

export const isoSeconds = (d: Date) => d.toISOString().replace(/\.\d+Z$/, 'Z');

interface AuthParts {
  via: AuthVia;
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

function fromHeader(req: SignedRequest, params: QueryParam[], opts: VerifyOptions): AuthParts {
  const auth = first(req.headers, 'authorization') ?? '';
  if (!auth.startsWith(`${ALGORITHM} `)) throw new SigV4Rejection('unsupported-algorithm', 'Unsupported Authorization Type', 'header');
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
  if (!credential || !signedHeaders || !signature) {
    const missing = ['Credential', 'SignedHeaders', 'Signature'].filter((k) => !parts.get(k));
    throw new SigV4Rejection('incomplete', `Authorization header requires ${missing.map((k) => `'${k}'`).join(', ')} parameter${missing.length > 1 ? 's' : ''}.`, 'header');
  }
  const amzDate = first(req.headers, 'x-amz-date');
  const requestTime = parseAmzDate(amzDate);
  if (!amzDate || !requestTime) throw new SigV4Rejection('bad-date', 'AWS authentication requires a valid Date or x-amz-date header', 'header');
  if (Math.abs(opts.now.getTime() - requestTime.getTime()) > opts.maxSkewMs) {
    throw new SigV4Rejection('skewed', 'The difference between the request time and the current time is too large.', 'header', {
      RequestTime: amzDate,
      ServerTime: isoSeconds(opts.now),
      MaxAllowedSkewMilliseconds: String(opts.maxSkewMs),
    });
  }
  return { via: 'header', credential, signedHeaders, signature, amzDate, payloadHash: opts.payloadHash('header', req.headers), queryParams: params };
}

function fromQuery(req: SignedRequest, params: QueryParam[], opts: VerifyOptions): AuthParts {
  const get = (k: string) => params.find((p) => p.key === k)?.value;
  const bad = (reason: RejectionReason, msg: string) => new SigV4Rejection(reason, msg, 'query');
  if (get('X-Amz-Algorithm') !== ALGORITHM) throw bad('unsupported-algorithm', `X-Amz-Algorithm only supports "${ALGORITHM}"`);
  const [credential, signedHeaders, signature, amzDate, expiresRaw] = ['X-Amz-Credential', 'X-Amz-SignedHeaders', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-Expires'].map(get);
  if (!credential || !signedHeaders || !signature || !amzDate || expiresRaw === undefined) {
    throw bad('incomplete', `Query-string authentication version 4 requires the ${AUTH_QUERY_PARAMS.join(', ')} parameters.`);
  }
  const requestTime = parseAmzDate(amzDate);
  if (!requestTime) throw bad('bad-date', `X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd'T'HHmmss'Z'"`);
  if (!/^\d+$/.test(expiresRaw)) throw bad('incomplete', 'X-Amz-Expires should be a number');
  const expires = Number(expiresRaw);
  if (expires > MAX_PRESIGN_SECONDS) {
    throw bad('expires-too-long', 'X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds');
  }
  const now = opts.now;
  if (requestTime.getTime() > now.getTime() + opts.maxSkewMs) throw bad('not-yet-valid', 'Request is not valid yet');
  const expiresAt = new Date(requestTime.getTime() + expires * 1000);
  if (now.getTime() > expiresAt.getTime()) {
    throw new SigV4Rejection('expired', 'Request has expired', 'query', { 'X-Amz-Expires': expiresRaw, Expires: isoSeconds(expiresAt), ServerTime: isoSeconds(now) });
  }
  return {
    via: 'query',
    credential,
    signedHeaders,
    signature,
    amzDate,
    payloadHash: opts.payloadHash('query', req.headers),
    // The signature cannot sign itself; every other parameter, auth ones included, is covered.
    queryParams: params.filter((p) => p.key !== 'X-Amz-Signature'),
  };
}

/** Where the request carries SigV4 credentials: its Authorization header, its query string, both or neither. */
export function authMechanism(req: SignedRequest): AuthVia | 'both' | 'none' {
  const { query } = splitUrl(req.url);
  const inHeader = req.headers.authorization !== undefined;
  const inQuery = /(^|&)X-Amz-Algorithm=/.test(query);
  return inHeader && inQuery ? 'both' : inHeader ? 'header' : inQuery ? 'query' : 'none';
}

/** The scope checks: `<key>/<yyyymmdd>/<region>/<service>/aws4_request`, dated as x-amz-date, for this service. */
function parseCredential(auth: AuthParts, opts: VerifyOptions): { accessKeyId: string; date: string } {
  const [accessKeyId, date, region, service, terminator, ...rest] = auth.credential.split('/');
  if (rest.length > 0 || terminator !== 'aws4_request' || !service || !date || !region || !accessKeyId) {
    throw new SigV4Rejection('bad-credential', `the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".`, auth.via);
  }
  if (date !== auth.amzDate.slice(0, 8)) {
    throw new SigV4Rejection('bad-credential', `Invalid credential date "${date}". This date is not the same as X-Amz-Date: "${auth.amzDate.slice(0, 8)}".`, auth.via);
  }
  if (region !== opts.region) throw new SigV4Rejection('wrong-region', `the region '${region}' is wrong; expecting '${opts.region}'`, auth.via, { Region: opts.region });
  if (service !== opts.service) throw new SigV4Rejection('wrong-service', `Credential should be scoped to correct service: '${opts.service}'.`, auth.via);
  return { accessKeyId, date };
}

/** Verifies the request's SigV4 signature (for S3 not its body: see `Verified.payloadHash`). Throws SigV4Rejection. */
export function verifySigV4(req: SignedRequest, opts: VerifyOptions): Verified {
  const { path, query } = splitUrl(req.url);
  const params = parseQuery(query);
  const mechanism = authMechanism(req);
  if (mechanism === 'none' || (mechanism === 'query' && !opts.allowQueryAuth)) throw new SigV4Rejection('missing', 'Missing Authentication Token', undefined);
  if (mechanism === 'both') {
    throw new SigV4Rejection(
      'both',
      'Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified',
      undefined,
    );
  }
  const auth = mechanism === 'header' ? fromHeader(req, params, opts) : fromQuery(req, params, opts);
  const { accessKeyId, date } = parseCredential(auth, opts);
  const secret = opts.secretFor(accessKeyId);
  if (secret === undefined) {
    throw new SigV4Rejection('unknown-key', 'The AWS Access Key Id you provided does not exist in our records.', auth.via, { AWSAccessKeyId: accessKeyId });
  }

  const signedHeaderNames = auth.signedHeaders.split(';');
  if (!signedHeaderNames.includes('host')) throw new SigV4Rejection('no-host', 'SignedHeaders must include host.', auth.via);
  const canonicalHeaders = signedHeaderNames.map((name) => `${name}:${canonicalHeaderValue(req.headers[name] ?? [])}\n`).join('');
  const canonicalRequest = [req.method, canonicalUri(path, opts.service), canonicalQuery(auth.queryParams), canonicalHeaders, auth.signedHeaders, auth.payloadHash].join('\n');
  const scope = `${date}/${opts.region}/${opts.service}/aws4_request`;
  const stringToSign = [ALGORITHM, auth.amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = deriveSigningKey(secret, date, opts.region, opts.service);
  const expected = hmac(key, stringToSign).toString('hex');

  if (!sameSignature(auth.signature, expected)) {
    // S3 returns what it signed so a client author can find the difference; nothing here is secret.
    throw new SigV4Rejection('mismatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', auth.via, {
      AWSAccessKeyId: accessKeyId,
      StringToSign: stringToSign,
      SignatureProvided: auth.signature,
      CanonicalRequest: canonicalRequest,
    });
  }
  return { accessKeyId, payloadHash: auth.payloadHash, via: auth.via, amzDate: auth.amzDate, scope, signature: auth.signature, signingKey: key };
}

/** The URL without SigV4 query parameters (what a storage backend behind the verifier should see). */
export function stripAuthQuery(url: string): string {
  const { path, query } = splitUrl(url);
  if (query === '') return url;
  const kept = query.split('&').filter((pair) => !/^X-Amz-(Algorithm|Credential|Date|Expires|SignedHeaders|Signature|Security-Token|Content-Sha256)=/i.test(pair));
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
