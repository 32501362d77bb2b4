import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost, type PresignedPostOptions } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { startS3, type LocalS3 } from './server';
import { s3ErrorOf, s3RefusalOf } from './test-support';

const KEY_ID = 'uploads-test-key';
const SECRET = 'uploads-test-secret';
const BUCKET = 'media';
const APP_ORIGIN = 'http://app.example.test';

let s3: LocalS3;
let dataDir: string;

/** The SDK as an app would use it: default checksum behaviour (CRC32 on every upload). */
const client = () => new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET } });

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-s3-uploads-'));
  s3 = await startS3({
    port: 0,
    dataDir,
    accessKeyId: KEY_ID,
    secretAccessKey: SECRET,
    buckets: [BUCKET],
    cors: [{ allowedOrigins: [APP_ORIGIN], allowedMethods: ['GET', 'PUT', 'POST'], allowedHeaders: ['content-type', 'x-amz-*'], exposeHeaders: ['ETag'], maxAgeSeconds: 600 }],
  });
});

afterAll(async () => {
  await s3?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});


const ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const xmlField = (xml: string, field: string) => new RegExp(`<${field}>([^<]*)</${field}>`).exec(xml)?.[1]?.replace(/&(quot|apos|lt|gt|amp);/g, (e) => ENTITIES[e]);
const read = async (Key: string) => (await client().send(new GetObjectCommand({ Bucket: BUCKET, Key }))).Body!.transformToString();

describe('presigned POST (browser form uploads) with a policy', () => {
  const policy = (Key: string, extra: Partial<PresignedPostOptions> = {}) =>
    createPresignedPost(client(), {
      Bucket: BUCKET,
      Key,
      Conditions: [['content-length-range', 1, 64], ['starts-with', '$key', 'uploads/'], ['eq', '$Content-Type', 'image/png']],
      Fields: { 'Content-Type': 'image/png' },
      Expires: 60,
      ...extra,
    });

  async function submit(post: { url: string; fields: Record<string, string> }, body: string, overrides: Record<string, string> = {}) {
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...post.fields, ...overrides })) form.append(name, value);
    form.append('file', new Blob([body], { type: 'image/png' }), 'photo.png');
    const res = await fetch(post.url, { method: 'POST', body: form });
    return { status: res.status, text: await res.text(), headers: res.headers };
  }

  test('a form within the policy is stored, with the content type the form gave', async () => {
    const post = await policy('uploads/ok.png');
    const res = await submit(post, 'png bytes');
    expect(res.status).toBe(204);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await read('uploads/ok.png')).toBe('png bytes');
    expect((await client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'uploads/ok.png' }))).ContentType).toBe('image/png');
  });

  test('success_action_status 201 answers with the PostResponse document', async () => {
    const post = await createPresignedPost(client(), { Bucket: BUCKET, Key: 'uploads/201.png', Fields: { success_action_status: '201' }, Conditions: [{ success_action_status: '201' }] });
    const res = await submit(post, 'x');
    expect(res.status).toBe(201);
    expect(xmlField(res.text, 'Key')).toBe('uploads/201.png');
    expect(xmlField(res.text, 'Bucket')).toBe(BUCKET);
  });

  test('too big: EntityTooLarge, with the sizes', async () => {
    const res = await submit(await policy('uploads/big.png'), 'x'.repeat(65));
    expect(res.status).toBe(400);
    expect(xmlField(res.text, 'Code')).toBe('EntityTooLarge');
    expect([xmlField(res.text, 'ProposedSize'), xmlField(res.text, 'MaxSizeAllowed')]).toEqual(['65', '64']);
    expect(xmlField(res.text, 'RequestId')).toMatch(/^[0-9A-F]{16}$/);
  });

  test('empty when the range starts at 1: EntityTooSmall', async () => {
    const res = await submit(await policy('uploads/empty.png'), '');
    expect(xmlField(res.text, 'Code')).toBe('EntityTooSmall');
  });

  test('another content type than the policy allows: AccessDenied naming the condition, nothing stored', async () => {
    const res = await submit(await policy('uploads/type.png'), 'x', { 'Content-Type': 'text/html' });
    expect(res.status).toBe(403);
    expect(xmlField(res.text, 'Code')).toBe('AccessDenied');
    expect(xmlField(res.text, 'Message')).toBe('Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "image/png"]');
    expect((await s3ErrorOf(client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'uploads/type.png' })))).name).toBe('NotFound');
  });

  test('a key outside the allowed prefix: AccessDenied', async () => {
    const res = await submit(await policy('uploads/${filename}'), 'x', { key: 'elsewhere/photo.png' });
    expect(res.status).toBe(403);
    expect(xmlField(res.text, 'Message')).toMatch(/^Invalid according to Policy: Policy Condition failed: \["starts-with", "\$key", "uploads\/"\]$/);
  });

  test('${filename} in the key becomes the uploaded file name', async () => {
    expect((await submit(await policy('uploads/${filename}'), 'named')).status).toBe(204);
    expect(await read('uploads/photo.png')).toBe('named');
  });

  test('a field the policy does not mention: AccessDenied "Extra input fields"', async () => {
    const res = await submit(await policy('uploads/extra.png'), 'x', { 'x-amz-meta-owner': 'mallory' });
    expect(xmlField(res.text, 'Message')).toBe('Invalid according to Policy: Extra input fields: x-amz-meta-owner');
  });

  test('an expired policy: AccessDenied "Policy expired."', async () => {
    const post = await policy('uploads/late.png', { Expires: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const res = await submit(post, 'x');
    expect(res.status).toBe(403);
    expect(xmlField(res.text, 'Message')).toBe('Invalid according to Policy: Policy expired.');
  });

  test('a policy edited after signing: SignatureDoesNotMatch', async () => {
    const post = await policy('uploads/edited.png');
    const edited = JSON.parse(Buffer.from(post.fields.Policy, 'base64').toString('utf8'));
    edited.conditions = edited.conditions.map((c: unknown) => (Array.isArray(c) && c[0] === 'content-length-range' ? ['content-length-range', 1, 10_000_000] : c));
    const res = await submit(post, 'x'.repeat(100), { Policy: Buffer.from(JSON.stringify(edited)).toString('base64') });
    expect(res.status).toBe(403);
    expect(xmlField(res.text, 'Code')).toBe('SignatureDoesNotMatch');
  });

  test('no policy and no signature: AccessDenied, as a private bucket answers', async () => {
    const form = new FormData();
    form.append('key', 'uploads/anon.png');
    form.append('file', new Blob(['x']), 'anon.png');
    const res = await fetch(`${s3.endpoint}/${BUCKET}`, { method: 'POST', body: form });
    expect(res.status).toBe(403);
    expect(xmlField(await res.text(), 'Code')).toBe('AccessDenied');
  });
});

describe('presigned GET with response header overrides', () => {
  test('response-content-disposition and response-content-type are answered as signed', async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'media/clip.wav', Body: 'RIFF', ContentType: 'audio/wav' }));
    const url = await getSignedUrl(
      client(),
      new GetObjectCommand({ Bucket: BUCKET, Key: 'media/clip.wav', ResponseContentDisposition: 'attachment; filename="sighting 42.wav"', ResponseContentType: 'application/octet-stream' }),
      { expiresIn: 60 },
    );
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="sighting 42.wav"');
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(await res.text()).toBe('RIFF');

    const tampered = await fetch(url.replace('sighting%2042', 'other'));
    expect(tampered.status).toBe(403);
    expect(xmlField(await tampered.text(), 'Code')).toBe('SignatureDoesNotMatch');
  });

  test('a signed response-* parameter S3 does not override: 400 InvalidArgument naming it', async () => {
    const command = new GetObjectCommand({ Bucket: BUCKET, Key: 'media/clip.wav' });
    command.middlewareStack.add(
      (next) => async (args) => {
        (args.request as { query: Record<string, string> }).query['response-x-frame-options'] = 'ALLOW';
        return next(args);
      },
      { step: 'build', name: 'extra-override' },
    );
    const res = await fetch(await getSignedUrl(client(), command, { expiresIn: 60 }));
    const xml = await res.text();
    expect([res.status, xmlField(xml, 'Code'), xmlField(xml, 'ArgumentName')]).toEqual([400, 'InvalidArgument', 'response-x-frame-options']);
  });
});

describe('checksums and aws-chunked uploads', () => {
  test("the SDK's default CRC32 header is checked: right accepted, wrong refused with BadDigest", async () => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/ok.txt', Body: 'checksummed' }));
    expect(await read('sum/ok.txt')).toBe('checksummed');
    const wrong = await s3RefusalOf(client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/bad.txt', Body: 'checksummed', ChecksumCRC32: 'AAAAAA==' })));
    expect(wrong.name).toBe('BadDigest');
    expect(wrong.message).toBe('The CRC32 you specified did not match the calculated checksum.');
  });

  test('Content-MD5 is checked too: malformed InvalidDigest, wrong BadDigest', async () => {
    const md5 = createHash('md5').update('md5 body').digest('base64');
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/md5.txt', Body: 'md5 body', ContentMD5: md5 }));
    expect(await read('sum/md5.txt')).toBe('md5 body');
    const wrong = await s3RefusalOf(client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/md5-bad.txt', Body: 'other body', ContentMD5: md5 })));
    expect([wrong.name, wrong.message]).toEqual(['BadDigest', 'The Content-MD5 you specified did not match what we received.']);
    expect((await s3RefusalOf(client().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/md5-bad.txt', Body: 'x', ContentMD5: 'not-md5' })))).name).toBe('InvalidDigest');
  });

  test("a presigned PUT URL's checksum parameters are ignored, as S3 ignores them", async () => {
    // The SDK's default presigner signs the CRC32 of the still-empty body (AAAAAA==) into the URL. S3 does not check
    // checksums of presigned uploads (its docs: presigned URLs support Content-MD5 only); Content-MD5 is checked above.
    const url = await getSignedUrl(client(), new PutObjectCommand({ Bucket: BUCKET, Key: 'sum/presigned.txt' }), { expiresIn: 60 });
    expect(new URL(url).searchParams.get('x-amz-checksum-crc32')).toBe('AAAAAA==');
    const res = await fetch(url, { method: 'PUT', body: 'not empty' });
    expect(res.status).toBe(200);
    expect(await read('sum/presigned.txt')).toBe('not empty');
  });

  test.each(['CRC32C', 'SHA256', 'CRC64NVME'] as const)('ChecksumAlgorithm %s round-trips', async (ChecksumAlgorithm) => {
    await client().send(new PutObjectCommand({ Bucket: BUCKET, Key: `sum/${ChecksumAlgorithm}.txt`, Body: `body for ${ChecksumAlgorithm}`, ChecksumAlgorithm }));
    expect(await read(`sum/${ChecksumAlgorithm}.txt`)).toBe(`body for ${ChecksumAlgorithm}`);
  });

  test('a streamed body goes as STREAMING-UNSIGNED-PAYLOAD-TRAILER aws-chunked with a CRC32 trailer, and round-trips', async () => {
    const seen: string[] = [];
    const c = client();
    c.middlewareStack.add(
      (next) => async (args) => {
        seen.push(String((args.request as { headers: Record<string, string> }).headers['x-amz-content-sha256']));
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'observe' },
    );
    const parts = ['first part, ', 'second part, ', 'last part'];
    await c.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/unsigned.txt', Body: Readable.from(parts.map((p) => Buffer.from(p))), ContentLength: parts.join('').length }));
    expect(seen).toEqual(['STREAMING-UNSIGNED-PAYLOAD-TRAILER']);
    expect(await read('chunked/unsigned.txt')).toBe(parts.join(''));
  });

  /**
   * STREAMING-AWS4-HMAC-SHA256-PAYLOAD(-TRAILER), which SDK v3 does not send itself: the SDK signs the request with
   * that payload marker (the seed signature), then the body is re-encoded in signed chunks following the S3 docs.
   */
  interface ChunkOptions {
    corruptChunk?: number;
    /** Sends the CRC32 in a signed trailer (…-PAYLOAD-TRAILER); `value` overrides the right one. */
    trailer?: { value?: string; corruptSignature?: boolean };
  }

  function signedChunkClient(chunks: Buffer[], opts: ChunkOptions = {}) {
    // Without the SDK's own CRC32 header: in trailer mode the checksum travels in the trailer only.
    const c = opts.trailer
      ? new S3Client({ endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: KEY_ID, secretAccessKey: SECRET }, requestChecksumCalculation: 'WHEN_REQUIRED' })
      : client();
    const decoded = Buffer.concat(chunks);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(decoded));
    const trailerLine = opts.trailer ? `x-amz-checksum-crc32:${opts.trailer.value ?? crc.toString('base64')}\n` : '';
    const all = [...chunks, Buffer.alloc(0)];
    c.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers: Record<string, string> };
        // The signed content-length is the encoded one: "<hex size>;chunk-signature=<64 hex>\r\n<data>\r\n" per chunk
        // (the final empty chunk without its CRLF when a trailer follows), then the trailer lines and a CRLF.
        const chunked = all.reduce((n, ch) => n + ch.length.toString(16).length + 17 + 64 + 2 + ch.length + 2, 0);
        const trailer = opts.trailer ? trailerLine.length + 1 + 'x-amz-trailer-signature:'.length + 64 + 2 : 0;
        Object.assign(request.headers, {
          'x-amz-content-sha256': opts.trailer ? 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER' : 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD',
          'content-encoding': 'aws-chunked',
          'x-amz-decoded-content-length': String(decoded.length),
          'content-length': String(chunked + trailer),
          ...(opts.trailer ? { 'x-amz-trailer': 'x-amz-checksum-crc32' } : {}),
        });
        return next(args);
      },
      { step: 'build', name: 'streaming-headers' },
    );
    c.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { headers: Record<string, string>; body: unknown };
        const auth = request.headers.authorization;
        const seed = /Signature=([0-9a-f]{64})/.exec(auth)![1];
        const [, , date, region, service] = /Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\//.exec(auth)!;
        const amzDate = request.headers['x-amz-date'];
        const scope = `${date}/${region}/${service}/aws4_request`;
        const hmac = (key: Buffer | string, s: string) => createHmac('sha256', key).update(s).digest();
        const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, date), region), service), 'aws4_request');
        const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
        const flip = (sig: string) => sig.replace(/^./, (ch) => (ch === '0' ? '1' : '0'));
        let previous = seed;
        const encoded: Buffer[] = [];
        for (const [i, chunk] of all.entries()) {
          const toSign = ['AWS4-HMAC-SHA256-PAYLOAD', amzDate, scope, previous, sha(''), sha(chunk)].join('\n');
          let signature = hmac(key, toSign).toString('hex');
          if (i === opts.corruptChunk) signature = flip(signature);
          const last = i === all.length - 1;
          encoded.push(Buffer.from(`${chunk.length.toString(16)};chunk-signature=${signature}\r\n`), chunk, Buffer.from(last && opts.trailer ? '' : '\r\n'));
          previous = signature;
        }
        if (opts.trailer) {
          let signature = hmac(key, ['AWS4-HMAC-SHA256-TRAILER', amzDate, scope, previous, sha(trailerLine)].join('\n')).toString('hex');
          if (opts.trailer.corruptSignature) signature = flip(signature);
          encoded.push(Buffer.from(`${trailerLine.replace('\n', '\r\n')}x-amz-trailer-signature:${signature}\r\n\r\n`));
        }
        request.body = Buffer.concat(encoded);
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'chunk-signer' },
    );
    return c;
  }

  const chunks = [Buffer.alloc(8192, 'a'), Buffer.alloc(8192, 'b'), Buffer.from('tail')];

  test('STREAMING-AWS4-HMAC-SHA256-PAYLOAD: every chunk signature verified, the decoded body stored', async () => {
    await signedChunkClient(chunks).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/signed.bin', Body: Buffer.concat(chunks) }));
    expect(await read('chunked/signed.bin')).toBe(Buffer.concat(chunks).toString());
  });

  test('a chunk whose signature does not chain: SignatureDoesNotMatch, nothing stored', async () => {
    const err = await s3RefusalOf(signedChunkClient(chunks, { corruptChunk: 1 }).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/forged.bin', Body: Buffer.concat(chunks) })));
    expect(err.name).toBe('SignatureDoesNotMatch');
    expect((await s3ErrorOf(client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'chunked/forged.bin' })))).name).toBe('NotFound');
  });

  test('STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER: chunks, the CRC32 trailer and its signature all verified', async () => {
    await signedChunkClient(chunks, { trailer: {} }).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/trailer.bin', Body: Buffer.concat(chunks) }));
    expect(await read('chunked/trailer.bin')).toBe(Buffer.concat(chunks).toString());

    const badSum = await s3RefusalOf(signedChunkClient(chunks, { trailer: { value: 'AAAAAA==' } }).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/t1.bin', Body: Buffer.concat(chunks) })));
    expect(badSum.name).toBe('BadDigest');
    const badSig = await s3RefusalOf(signedChunkClient(chunks, { trailer: { corruptSignature: true } }).send(new PutObjectCommand({ Bucket: BUCKET, Key: 'chunked/t2.bin', Body: Buffer.concat(chunks) })));
    expect(badSig.name).toBe('SignatureDoesNotMatch');
  });
});

describe('CORS preflight, as S3 answers it for the bucket rule', () => {
  const preflight = (headers: Record<string, string>) => fetch(`${s3.endpoint}/${BUCKET}/uploads/x.png`, { method: 'OPTIONS', headers });

  test('an allowed origin, method and headers: 200 with the rule in the Access-Control headers', async () => {
    const res = await preflight({ origin: APP_ORIGIN, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'Content-Type, x-amz-date' });
    expect(res.status).toBe(200);
    expect(Object.fromEntries([...res.headers].filter(([k]) => k.startsWith('access-control-')))).toEqual({
      'access-control-allow-origin': APP_ORIGIN,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, PUT, POST',
      'access-control-allow-headers': 'content-type, x-amz-date',
      'access-control-expose-headers': 'ETag',
      'access-control-max-age': '600',
    });
  });

  test.each([
    ['another origin', { origin: 'http://evil.example.test', 'access-control-request-method': 'PUT' }],
    ['a method the rule leaves out', { origin: APP_ORIGIN, 'access-control-request-method': 'DELETE' }],
    ['a header the rule leaves out', { origin: APP_ORIGIN, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization' }],
  ])('%s: 403 CORSResponse', async (_label, headers) => {
    const res = await preflight(headers);
    expect(res.status).toBe(403);
    const xml = await res.text();
    expect(xmlField(xml, 'Code')).toBe('CORSResponse');
    expect(xmlField(xml, 'Message')).toMatch(/^This CORS request is not allowed/);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('no Origin: 400 BadRequest', async () => {
    const res = await preflight({ 'access-control-request-method': 'PUT' });
    expect(res.status).toBe(400);
    expect(xmlField(await res.text(), 'Message')).toBe('Insufficient information. Origin request header needed.');
  });

  test('actual requests from an allowed origin carry the CORS headers, errors included', async () => {
    const res = await fetch(`${s3.endpoint}/${BUCKET}/nothing-here`, { headers: { origin: APP_ORIGIN } });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
  });
});
