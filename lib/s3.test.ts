import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3, type LocalS3 } from '@/local/s3/server';
import { createMediaBucket, presignGet, type MediaBucket } from '@/lib/s3';

const credentials = { accessKeyId: 'media-test-key', secretAccessKey: 'media-test-secret' };
let s3: LocalS3;
let dataDir: string;
let bucket: MediaBucket;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-media-'));
  s3 = await startS3({ port: 0, dataDir, ...credentials, buckets: ['nest-media'] });
  bucket = createMediaBucket({ bucket: 'nest-media', region: 'us-east-1', endpoint: s3.endpoint, forcePathStyle: true, credentials });
  await bucket.client.send(new PutObjectCommand({ Bucket: 'nest-media', Key: 'phenoms/p1/frame 01.jpg', Body: 'jpeg bytes', ContentType: 'image/jpeg' }));
});

afterAll(async () => {
  await s3?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('presigned media URLs', () => {
  it('let a browser fetch the private object without credentials', async () => {
    const url = await presignGet(bucket, 'phenoms/p1/frame 01.jpg');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('jpeg bytes');
  });

  it('stop working when the URL is tampered with', async () => {
    const url = new URL(await presignGet(bucket, 'phenoms/p1/frame 01.jpg'));
    url.searchParams.set('X-Amz-Expires', '604800');
    const res = await fetch(url);
    expect(res.status).toBe(403);
  });

  it('carry the requested lifetime', async () => {
    const url = new URL(await presignGet(bucket, 'phenoms/p1/frame 01.jpg', { expiresIn: 120 }));
    expect(url.searchParams.get('X-Amz-Expires')).toBe('120');
  });
});
