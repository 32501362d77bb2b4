import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { startS3, type LocalS3 } from './server';
import { s3ErrorOf, s3RefusalOf } from './test-support';

const KEY_ID = 'local-test-key';
const SECRET = 'local-test-secret';
const BUCKET = 'media';

let s3: LocalS3;
let dataDir: string;

function client(secretAccessKey = SECRET) {
  return new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: KEY_ID, secretAccessKey },
    // The SDK's default CRC32 trailer turns uploads into aws-chunked bodies, which S3-compatibles differ on.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}


function xmlCode(xml: string): string | undefined {
  return /<Code>([^<]+)<\/Code>/.exec(xml)?.[1];
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-s3-'));
  s3 = await startS3({ port: 0, dataDir, accessKeyId: KEY_ID, secretAccessKey: SECRET, buckets: [BUCKET] });
});

afterAll(async () => {
  await s3?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('local S3', () => {
  it('stores and returns an object for a correctly signed client', async () => {
    const body = `sighting ${Math.random()}`;
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'phenoms/1/photo name.txt', Body: body, ContentType: 'text/plain' }));
    const got = await client().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'phenoms/1/photo name.txt' }));
    expect(await got.Body?.transformToString()).toBe(body);
    expect(got.ContentType).toBe('text/plain');
  });

  it('refuses a client signing with the wrong secret, and stores nothing', async () => {
    const err = await s3RefusalOf(client('not-the-secret').send(new PutObjectCommand({ Bucket: BUCKET, Key: 'forged.txt', Body: 'x' })));
    expect(err.name).toBe('SignatureDoesNotMatch');
    expect(err.$metadata.httpStatusCode).toBe(403);
    const missing = await s3ErrorOf(client().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'forged.txt' })));
    expect(missing.name).toBe('NoSuchKey');
  });

  it('refuses an unknown access key', async () => {
    const stranger = new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'nobody', secretAccessKey: SECRET } });
    const err = await s3RefusalOf(stranger.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'x' })));
    expect(err.name).toBe('InvalidAccessKeyId');
  });

  it('refuses an anonymous request, as a private bucket does', async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'private.txt', Body: 'secret' }));
    const res = await fetch(`${s3.endpoint}/${BUCKET}/private.txt`);
    expect(res.status).toBe(403);
    expect(xmlCode(await res.text())).toBe('AccessDenied');
  });

  it('serves a presigned GET URL, and refuses it once tampered with', async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a.txt', Body: 'object a' }));
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'b.txt', Body: 'object b' }));
    const url = await getSignedUrl(client(), new GetObjectCommand({ Bucket: BUCKET, Key: 'a.txt' }), { expiresIn: 300 });

    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('object a');

    const otherKey = await fetch(url.replace('/a.txt?', '/b.txt?'));
    expect(otherKey.status).toBe(403);
    expect(xmlCode(await otherKey.text())).toBe('SignatureDoesNotMatch');

    const longer = await fetch(url.replace(/X-Amz-Expires=\d+/, 'X-Amz-Expires=604800'));
    expect(longer.status).toBe(403);
    expect(xmlCode(await longer.text())).toBe('SignatureDoesNotMatch');
  });

  it('refuses an expired presigned URL', async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'old.txt', Body: 'old' }));
    // Signed an hour ago for one minute: what a user gets when they reopen a stale page.
    const url = await getSignedUrl(client(), new GetObjectCommand({ Bucket: BUCKET, Key: 'old.txt' }), {
      expiresIn: 60,
      signingDate: new Date(Date.now() - 3600_000),
    });
    const res = await fetch(url);
    expect(res.status).toBe(403);
    const xml = await res.text();
    expect(xmlCode(xml)).toBe('AccessDenied');
    expect(xml).toContain('<Message>Request has expired</Message>');
  });

  it('accepts an upload through a presigned PUT URL (the browser upload path)', async () => {
    const url = await getSignedUrl(client(), new PutObjectCommand({ Bucket: BUCKET, Key: 'upload.bin', ContentType: 'application/octet-stream' }), { expiresIn: 300 });
    const put = await fetch(url, { method: 'PUT', body: new Uint8Array([1, 2, 3]), headers: { 'content-type': 'application/octet-stream' } });
    expect(put.status).toBe(200);
    const got = await client().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'upload.bin' }));
    expect(Array.from(await got.Body!.transformToByteArray())).toEqual([1, 2, 3]);
  });

  it('keeps objects across a restart on the same data directory', async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'kept.txt', Body: 'still here' }));
    await s3.stop();
    s3 = await startS3({ port: 0, dataDir, accessKeyId: KEY_ID, secretAccessKey: SECRET, buckets: [BUCKET] });
    const got = await client().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'kept.txt' }));
    expect(await got.Body?.transformToString()).toBe('still here');
  });
});
