import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3, type LocalS3 } from '@/local/s3/server';
import { contentDisposition, createMediaBucket, presignGet, type MediaBucket } from '@/lib/s3';

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

describe('contentDisposition', () => {
  it('offers the exact name as UTF-8 and a plain-ASCII fallback', () => {
    expect(contentDisposition('Night sky över Åre.png')).toBe(`inline; filename="Night sky _ver _re.png"; filename*=UTF-8''Night%20sky%20%C3%B6ver%20%C3%85re.png`);
    expect(contentDisposition('IMG_0412.jpg', 'attachment')).toBe(`attachment; filename="IMG_0412.jpg"; filename*=UTF-8''IMG_0412.jpg`);
  });

  it('lets no quote, backslash or header break out of the value', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x=1.png');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename="')[1].split('"')[0]).toBe('a_b_c__Set-Cookie: x=1.png');
    expect(header).toContain(`filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1.png`);
  });
});
