import { randomBytes } from 'node:crypto';
import type { SigV4Rejection } from '../aws/sigv4';

/** The error codes this server answers with, and the HTTP status S3 uses for each. */
const STATUS = {
  AccessDenied: 403,
  BadDigest: 400,
  BadRequest: 400,
  CORSResponse: 403,
  EntityTooSmall: 400,
  IncompleteBody: 400,
  InvalidDigest: 400,
  InvalidPolicyDocument: 400,
  InvalidRequest: 400,
  MalformedPOSTRequest: 400,
  MethodNotAllowed: 405,
  MissingContentLength: 411,
  AuthorizationHeaderMalformed: 400,
  AuthorizationQueryParametersError: 400,
  EntityTooLarge: 400,
  InvalidAccessKeyId: 403,
  InternalError: 500,
  InvalidArgument: 400,
  InvalidURI: 400,
  NotImplemented: 501,
  RequestTimeTooSkewed: 403,
  SignatureDoesNotMatch: 403,
  XAmzContentSHA256Mismatch: 400,
} as const;

export type S3ErrorCode = keyof typeof STATUS;

/** An error S3 itself would return; rendered as S3's XML error document so SDKs parse it as they do real S3's. */
export class S3Error extends Error {
  readonly status: number;

  constructor(
    readonly code: S3ErrorCode,
    message: string,
    readonly detail: Record<string, string> = {},
  ) {
    super(message);
    this.status = STATUS[code];
  }

  toXML(): string {
    const fields = { Code: this.code, Message: this.message, ...this.detail, RequestId: randomBytes(8).toString('hex').toUpperCase() };
    const body = Object.entries(fields)
      .map(([k, v]) => `<${k}>${escapeXml(v)}</${k}>`)
      .join('');
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${body}</Error>`;
  }
}

/** A signature check failure in S3's words: the code and message depend on where the credentials were. */
export function s3ErrorFromRejection(r: SigV4Rejection): S3Error {
  const inQuery = r.via === 'query';
  const malformed = (what: string) =>
    inQuery
      ? new S3Error('AuthorizationQueryParametersError', `Error parsing the X-Amz-Credential parameter; ${what}`, r.detail)
      : new S3Error('AuthorizationHeaderMalformed', `The authorization header is malformed; ${what}`, r.detail);
  switch (r.reason) {
    case 'missing':
      return new S3Error('AccessDenied', 'Access Denied');
    case 'both':
      return new S3Error('InvalidArgument', r.message);
    case 'unsupported-algorithm':
      return inQuery ? new S3Error('AuthorizationQueryParametersError', r.message) : new S3Error('InvalidArgument', r.message, { ArgumentName: 'Authorization' });
    case 'incomplete':
    case 'expires-too-long':
      return inQuery ? new S3Error('AuthorizationQueryParametersError', r.message) : malformed(r.message);
    case 'bad-date':
      return inQuery ? new S3Error('AuthorizationQueryParametersError', r.message) : new S3Error('AccessDenied', r.message);
    case 'skewed':
      return new S3Error('RequestTimeTooSkewed', r.message, r.detail);
    case 'not-yet-valid':
    case 'expired':
      return new S3Error('AccessDenied', r.message, r.detail);
    case 'bad-credential':
    case 'wrong-region':
    case 'wrong-service':
    case 'no-host':
      return malformed(r.message);
    case 'unknown-key':
      return new S3Error('InvalidAccessKeyId', r.message, r.detail);
    case 'invalid-uri':
      return new S3Error('InvalidURI', r.message);
    case 'mismatch':
      return new S3Error('SignatureDoesNotMatch', r.message, r.detail);
  }
}

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}
