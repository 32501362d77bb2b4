import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { MediaObject } from './contracts';

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

/** Uploads the seed's demo media, a few at a time. */
export async function uploadMedia(target: S3Target, objects: MediaObject[], onProgress?: (done: number) => void): Promise<void> {
  const client = s3Client(target);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < objects.length) {
      const obj = objects[next++];
      await client.send(new PutObjectCommand({ Bucket: target.bucket, Key: obj.key, ContentType: obj.contentType, Body: obj.body }));
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, objects.length) }, worker));
  client.destroy();
}
