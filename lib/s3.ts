import 'server-only';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException, type S3ClientConfig } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ApiError, sdkUpstreamError } from '@/lib/api/errors';
import { serverEnv } from '@/lib/env';

/**
 * Media stays in a private bucket; the browser gets short-lived presigned GET URLs, minted here per page view
 * after the page has checked the session. Credentials come from the SDK's default chain (env locally, the
 * instance/task role on AWS), so nothing here differs between the local S3 and the real one.
 */

export interface MediaBucket {
  client: S3Client;
  bucket: string;
}

/** How long a media link works: long enough to watch a clip, short enough that a leaked link soon dies. */
export const MEDIA_URL_TTL_SECONDS = 15 * 60;

export function createMediaBucket(options: {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle?: boolean;
  credentials?: S3ClientConfig['credentials'];
}): MediaBucket {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials ? { credentials: options.credentials } : {}),
    // With the SDK's default (WHEN_SUPPORTED) the presigner signs the CRC32 of the still-empty body into every PUT
    // URL (x-amz-checksum-crc32=AAAAAA==). S3 ignores it, but S3-compatible stores (MinIO, R2, Garage) refuse the real
    // file with it; and a GET needs none.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, bucket: options.bucket };
}

let appBucket: MediaBucket | undefined;

export function mediaBucket(): MediaBucket {
  if (!appBucket) {
    const env = serverEnv();
    appBucket = createMediaBucket({ bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE, credentials: env.awsCredentials });
  }
  return appBucket;
}

export interface PresignOptions {
  expiresIn?: number;
  /** Signed into the URL as response-content-disposition: S3 answers with it, so a download keeps this name. */
  fileName?: string | null;
  /** `attachment` makes the browser save rather than show the file. */
  disposition?: 'inline' | 'attachment';
}

/**
 * A Content-Disposition naming `fileName` (RFC 6266): a plain-ASCII fallback for old clients, and the exact name
 * percent-encoded as UTF-8 in filename* for everyone else. Quotes, backslashes and control characters never get in.
 */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

export async function presignGet(target: MediaBucket, key: string, options: PresignOptions = {}): Promise<string> {
  const command = new GetObjectCommand({
    Bucket: target.bucket,
    Key: key,
    ...(options.fileName ? { ResponseContentDisposition: contentDisposition(options.fileName, options.disposition) } : {}),
  });
  return getSignedUrl(target.client, command, { expiresIn: Math.min(options.expiresIn ?? MEDIA_URL_TTL_SECONDS, MEDIA_URL_TTL_SECONDS) });
}

/** How long an upload URL works: enough to send a large clip on a slow line, no more. */
export const UPLOAD_URL_TTL_SECONDS = 15 * 60;

export interface PresignedPut {
  url: string;
  method: 'PUT';
  /** Both are signed into the URL: S3 refuses the upload if the browser sends any other type or size. */
  headers: { 'content-type': string; 'content-length': string };
  expires_at: string;
}

/** A presigned PUT for exactly this key, content type and size. */
export async function presignPut(target: MediaBucket, key: string, contentType: string, bytes: number, now = new Date()): Promise<PresignedPut> {
  const command = new PutObjectCommand({ Bucket: target.bucket, Key: key, ContentType: contentType, ContentLength: bytes });
  const url = await getSignedUrl(target.client, command, {
    expiresIn: UPLOAD_URL_TTL_SECONDS,
    // Without this the presigner leaves Content-Type unsigned, and any type could be stored under the key.
    signableHeaders: new Set(['content-type', 'content-length']),
  });
  return {
    url,
    method: 'PUT',
    headers: { 'content-type': contentType, 'content-length': String(bytes) },
    expires_at: new Date(now.getTime() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
  };
}

/** What the bucket holds under `key` (size and type as stored), or null when there is no such object. */
export async function headObject(target: MediaBucket, key: string): Promise<{ bytes: number; contentType: string | null } | null> {
  try {
    const head = await target.client.send(new HeadObjectCommand({ Bucket: target.bucket, Key: key }));
    return { bytes: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
  } catch (err) {
    if (err instanceof S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === 'NotFound')) return null;
    throw err;
  }
}

/** An object to presign, with the name a download should offer (the original file name, when known). */
export interface MediaObjectRef {
  key: string;
  fileName?: string | null;
}

/**
 * Presigned URLs for the media on a page, each offering its original file name; a key that cannot be signed (e.g.
 * no credentials configured) gets null, and the page shows that file as unavailable instead of failing whole.
 */
export async function presignMediaUrls(objects: readonly (string | MediaObjectRef)[], options: PresignOptions = {}): Promise<Map<string, string | null>> {
  const bucket = mediaBucket();
  const entries = await Promise.all(
    objects.map(async (object) => {
      const { key, fileName } = typeof object === 'string' ? { key: object, fileName: null } : object;
      try {
        return [key, await presignGet(bucket, key, { ...options, fileName: fileName ?? options.fileName })] as const;
      } catch (err) {
        console.error(`[s3] cannot presign media ${key}:`, err instanceof Error ? err.message : err);
        return [key, null] as const;
      }
    }),
  );
  return new Map(entries);
}

/** S3 refusing the server's own signature or credentials (a HEAD's 403 has no body, hence the status): a deployment fault. */
const refusesCredentials = (err: unknown) =>
  err instanceof S3ServiceException && (['SignatureDoesNotMatch', 'InvalidAccessKeyId', 'AccessDenied', 'RequestTimeTooSkewed'].includes(err.name) || err.$metadata.httpStatusCode === 403);

/**
 * For route handlers: an S3 call that fails because the store is down or slow answers 502/504, like the engine's;
 * one the store refuses for the server's credentials 502 `upstream_refused`, logged for the operator.
 */
export async function storage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (refusesCredentials(err)) {
      console.error(`[s3] refused the server's request: ${(err as Error).name}: ${(err as Error).message}`);
      throw new ApiError(502, 'upstream_refused', 'The media store refused the server’s credentials. Try again later.');
    }
    throw sdkUpstreamError(err, 'media store') ?? err;
  }
}
