import 'server-only';
import { GetObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
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
    // The SDK's default checksum parameters would be signed into every URL; S3-compatibles (and some proxies)
    // reject them, and a GET needs none.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return { client, bucket: options.bucket };
}

let appBucket: MediaBucket | undefined;

function mediaBucket(): MediaBucket {
  if (!appBucket) {
    const env = serverEnv();
    appBucket = createMediaBucket({ bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE });
  }
  return appBucket;
}

export interface PresignOptions {
  expiresIn?: number;
}

export async function presignGet(target: MediaBucket, key: string, options: PresignOptions = {}): Promise<string> {
  const command = new GetObjectCommand({ Bucket: target.bucket, Key: key });
  return getSignedUrl(target.client, command, { expiresIn: options.expiresIn ?? MEDIA_URL_TTL_SECONDS });
}

/**
 * Presigned URLs for the media on a page; a key that cannot be signed (e.g. no credentials configured) gets
 * null, and the page shows that file as unavailable instead of failing whole.
 */
export async function presignMediaUrls(keys: string[], options: PresignOptions = {}): Promise<Map<string, string | null>> {
  const bucket = mediaBucket();
  const entries = await Promise.all(
    keys.map(async (key) => {
      try {
        return [key, await presignGet(bucket, key, options)] as const;
      } catch (err) {
        console.error(`[s3] cannot presign media ${key}:`, err instanceof Error ? err.message : err);
        return [key, null] as const;
      }
    }),
  );
  return new Map(entries);
}
