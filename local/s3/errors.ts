import { randomBytes } from 'node:crypto';

/** The error codes this server answers with, and the HTTP status S3 uses for each. */
const STATUS = {
  AccessDenied: 403,
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

function escapeXml(s: string): string {
  return s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] as string);
}
