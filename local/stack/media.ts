import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { MediaObject } from '../seed/generate';

export interface S3Target {
  bucket: string;
  region: string;
  /** Unset for real AWS S3. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset to use the SDK's own credential chain (real AWS). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function s3Client(target: S3Target): S3Client {
  return new S3Client({
    region: target.region,
    endpoint: target.endpoint,
    forcePathStyle: target.forcePathStyle,
    credentials: target.credentials,
    // Plain signed bodies rather than aws-chunked CRC32 trailers, which S3-compatible stores handle unevenly.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/**
 * Uploads objects a few at a time, pulling them from the iterable only as workers free up (the demo media is
 * rendered on demand, so it never sits in memory all at once). Returns how many were uploaded.
 */
export async function uploadMedia(target: S3Target, objects: Iterable<MediaObject>): Promise<number> {
  const client = s3Client(target);
  const source = objects[Symbol.iterator]();
  let done = 0;
  const worker = async () => {
    for (let item = source.next(); !item.done; item = source.next()) {
      const obj = item.value;
      await client.send(new PutObjectCommand({ Bucket: target.bucket, Key: obj.key, ContentType: obj.contentType, Body: obj.body }));
      done++;
    }
  };
  try {
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    client.destroy();
  }
  return done;
}
