import { createHash } from 'node:crypto';
import { setUpApiStack, type CallInit, type RouteHandler, type StaffMember } from '@/local/test/api-stack';
import { POST as register } from './route';
import { POST as startUpload } from './uploads/route';
import { GET as mediaUrl } from './[id]/url/route';
import { POST as avatarUpload } from '../me/avatar/route';
import { PATCH as patchMe } from '../me/route';

// Media through the routes against the real engine, database, local Cognito and local S3 (which checks signatures,
// signed headers and expiry as S3 does): what the browser would do with the URLs is done here with fetch.
const stack = setUpApiStack('media', { s3: true });
const LIVE = '5e2f8a1c-0000-4000-8000-000000000001';
const DELETED = '5e2f8a1c-0000-4000-8000-000000000002';
const LIVE_MEDIA = '6a3e9c1e-0000-4000-8000-000000000001';
const DELETED_MEDIA = '6a3e9c1e-0000-4000-8000-000000000002';
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4f50000000049454e44ae426082', 'hex');
let alice: StaffMember;
let bob: StaffMember;
const call = (handler: RouteHandler, init: CallInit) => stack.call(handler, init);

beforeAll(async () => {
  alice = await stack.staff({ name: 'alice' });
  bob = await stack.staff({ name: 'bob' });
  await stack.sql(`INSERT INTO phenom (id, title, occurred_at) VALUES ($1, 'Live', now()), ($2, 'Deleted', now())`, [LIVE, DELETED]);
  await stack.sql(`UPDATE phenom SET deleted_at = now() WHERE id = $1`, [DELETED]);
  for (const [id, phenom] of [
    [LIVE_MEDIA, LIVE],
    [DELETED_MEDIA, DELETED],
  ]) {
    const key = `phenoms/${phenom}/${id}.png`;
    await stack.sql(`INSERT INTO phenom_media (id, phenom_id, s3_key, file_name, content_type, bytes) VALUES ($1, $2, $3, 'Night sky över Åre.png', 'image/png', $4)`, [id, phenom, key, PNG.length]);
    await putObject(key, PNG);
  }
});

/** Writes an object the way the seed does (signed by the server's credentials), bypassing the app. */
async function putObject(key: string, body: Buffer) {
  const { PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const client = new S3Client({ region: 'us-east-1', endpoint: stack.s3.endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED' });
  await client.send(new PutObjectCommand({ Bucket: stack.s3.bucket, Key: key, Body: body, ContentType: 'image/png' }));
  client.destroy();
}

const json = async (res: Response) => (await res.json()) as Record<string, never>;
/** The Code of S3's XML error document. */
const s3Code = (xml: string) => /^<\?xml [^>]*\?>\s*<Error><Code>([^<]+)<\/Code>/.exec(xml)?.[1];

describe('GET /api/media/:id/url', () => {
  it('presigns a GET of the row’s own key for at most 15 minutes, offering the original file name', async () => {
    const res = await call(mediaUrl, { path: `/api/media/${LIVE_MEDIA}/url`, as: alice, params: { id: LIVE_MEDIA } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { url: string; expires_at: string; media: { id: string; file_name: string } };
    expect(body.media).toMatchObject({ id: LIVE_MEDIA, file_name: 'Night sky över Åre.png' });
    expect(body).not.toHaveProperty('media.s3_key');
    const url = new URL(body.url);
    expect(Number(url.searchParams.get('X-Amz-Expires'))).toBeLessThanOrEqual(900);
    expect(url.searchParams.get('response-content-disposition')).toBe(`inline; filename="Night sky _ver _re.png"; filename*=UTF-8''Night%20sky%20%C3%B6ver%20%C3%85re.png`);
    // S3 answers the signed override, so the browser shows (or saves) the file under its original name.
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe(url.searchParams.get('response-content-disposition'));
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
  });

  it('serves the file through S3 under its original name', async () => {
    const res = await call(mediaUrl, { path: `/api/media/${LIVE_MEDIA}/url?download=1`, as: alice, params: { id: LIVE_MEDIA } });
    const got = await fetch((await res.json()).url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="Night sky _ver _re.png"; filename*=UTF-8''Night%20sky%20%C3%B6ver%20%C3%85re.png`);
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
  });

  it('offers the file as a download with ?download=1', async () => {
    const res = await call(mediaUrl, { path: `/api/media/${LIVE_MEDIA}/url?download=1`, as: alice, params: { id: LIVE_MEDIA } });
    expect(new URL((await res.json()).url).searchParams.get('response-content-disposition')).toMatch(/^attachment; /);
  });

  it('answers 404 for media of a deleted phenom, for an unknown id and for an id that is not one', async () => {
    for (const id of [DELETED_MEDIA, '6a3e9c1e-0000-4000-8000-00000000ffff', 'phenoms/x.png']) {
      const res = await call(mediaUrl, { path: `/api/media/${encodeURIComponent(id)}/url`, as: alice, params: { id } });
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
    }
  });

  it('signs nothing but that key: the same signature on another key is refused by S3', async () => {
    const res = await call(mediaUrl, { path: `/api/media/${LIVE_MEDIA}/url`, as: alice, params: { id: LIVE_MEDIA } });
    const url = new URL((await res.json()).url);
    url.pathname = url.pathname.replace(LIVE, DELETED).replace(LIVE_MEDIA, DELETED_MEDIA);
    expect((await fetch(url)).status).toBe(403);
  });

  it('refuses unknown query parameters (e.g. a key) by name', async () => {
    const res = await call(mediaUrl, { path: `/api/media/${LIVE_MEDIA}/url?key=phenoms/other.png`, as: alice, params: { id: LIVE_MEDIA } });
    expect(res.status).toBe(422);
  });
});

describe('upload: POST /api/media/uploads, PUT to S3, POST /api/media', () => {
  const file = { phenom_id: LIVE, file_name: 'IMG_0042.png', content_type: 'image/png', bytes: PNG.length };

  async function begin(body: Record<string, unknown> = file, who = alice) {
    const res = await call(startUpload, { path: '/api/media/uploads', method: 'POST', as: who, body });
    return { res, body: (await res.json()) as { upload: { id: string; expires_at: string }; put: { url: string; headers: Record<string, string> } } };
  }

  it('registers the media row under the key the server chose, with the original name', async () => {
    const { res, body } = await begin();
    expect(res.status).toBe(201);
    const put = await fetch(body.put.url, { method: 'PUT', headers: body.put.headers, body: PNG });
    expect(put.status).toBe(200);

    const sha256 = createHash('sha256').update(PNG).digest('hex');
    const done = await call(register, { path: '/api/media', method: 'POST', as: alice, body: { upload_id: body.upload.id, width: 1, height: 1, sha256 } });
    expect(done.status).toBe(201);
    const { media } = (await done.json()) as { media: { id: string; file_name: string; bytes: number; phenom_id: string; uploaded_by: string } };
    expect(media).toMatchObject({ file_name: 'IMG_0042.png', phenom_id: LIVE, uploaded_by: alice.id, bytes: PNG.length });
    const [row] = await stack.sql<{ s3_key: string }>('SELECT s3_key FROM phenom_media WHERE id = $1', [media.id]);
    expect(row.s3_key).toBe(`phenoms/${LIVE}/uploads/${body.upload.id}`);

    const again = await call(register, { path: '/api/media', method: 'POST', as: alice, body: { upload_id: body.upload.id } });
    expect(again.status).toBe(409);
  });

  it('is bound to the declared type and size: S3 refuses anything else under that URL', async () => {
    const { body } = await begin();
    const otherType = await fetch(body.put.url, { method: 'PUT', headers: { ...body.put.headers, 'content-type': 'text/html' }, body: PNG });
    expect([otherType.status, s3Code(await otherType.text())]).toEqual([403, 'SignatureDoesNotMatch']);
    const bigger = Buffer.concat([PNG, Buffer.alloc(10)]);
    const otherSize = await fetch(body.put.url, { method: 'PUT', headers: { ...body.put.headers, 'content-length': String(bigger.length) }, body: bigger });
    expect([otherSize.status, s3Code(await otherSize.text())]).toEqual([403, 'SignatureDoesNotMatch']);
  });

  it('does not register an upload whose file never arrived, or someone else’s upload', async () => {
    const { body } = await begin();
    const early = await call(register, { path: '/api/media', method: 'POST', as: alice, body: { upload_id: body.upload.id } });
    expect(early.status).toBe(409);
    await fetch(body.put.url, { method: 'PUT', headers: body.put.headers, body: PNG });
    const bobs = await call(register, { path: '/api/media', method: 'POST', as: bob, body: { upload_id: body.upload.id } });
    expect(bobs.status).toBe(404);
    expect(await stack.sql('SELECT id FROM phenom_media WHERE upload_id = $1', [body.upload.id])).toEqual([]);
  });

  it('answers 404 for a deleted or unknown phenom, and records nothing', async () => {
    for (const phenom_id of [DELETED, '5e2f8a1c-0000-4000-8000-00000000ffff']) {
      const { res } = await begin({ ...file, phenom_id });
      expect({ phenom_id, status: res.status }).toEqual({ phenom_id, status: 404 });
    }
    expect(await stack.sql('SELECT id FROM media_uploads WHERE phenom_id <> $1', [LIVE])).toEqual([]);
  });

  it('answers 413 naming bytes above the type’s limit, and 422 naming the field for a type not allowed', async () => {
    const big = await begin({ ...file, bytes: 51 * 1024 * 1024 });
    expect(big.res.status).toBe(413);
    const exe = await call(startUpload, { path: '/api/media/uploads', method: 'POST', as: alice, body: { ...file, content_type: 'application/x-msdownload' } });
    expect(exe.status).toBe(422);
    expect((await json(exe)).error).toMatchObject({ field: 'content_type' });
  });

  it.each([
    [{ s3_key: 'phenoms/x/evil.png' }, 's3_key'],
    [{ file_name: '../../etc/passwd' }, 'file_name'],
    [{ file_name: '' }, 'file_name'],
    [{ bytes: -1 }, 'bytes'],
    [{ bytes: 1.5 }, 'bytes'],
    [{ phenom_id: 'not-a-uuid' }, 'phenom_id'],
  ])('refuses %j naming the field', async (change, field) => {
    const res = await call(startUpload, { path: '/api/media/uploads', method: 'POST', as: alice, body: { ...file, ...change } });
    expect(res.status).toBe(422);
    expect((await json(res)).error).toMatchObject({ field });
  });

  it('cannot name a key or a phenom when registering, even straight to the engine', async () => {
    const res = await call(register, { path: '/api/media', method: 'POST', as: alice, body: { upload_id: '6a3e9c1e-0000-4000-8000-00000000aaaa', s3_key: 'phenoms/x.png' } });
    expect(res.status).toBe(422);
    const direct = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}`, 'x-hasura-role': 'nest-access' },
      body: JSON.stringify({ query: `mutation { insert_phenom_media_one(object: {phenom_id: "${LIVE}", s3_key: "phenoms/${DELETED}/${DELETED_MEDIA}.png", content_type: "image/png", bytes: 1}) { id } }` }),
    });
    expect(((await direct.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0].extensions.code).toBe('validation-failed');
  });
});

describe('avatars', () => {
  it('upload under the caller’s own prefix and become their avatar, shown through a presigned URL', async () => {
    const res = await call(avatarUpload, { path: '/api/me/avatar', method: 'POST', as: alice, body: { content_type: 'image/png', bytes: PNG.length } });
    expect(res.status).toBe(201);
    const { avatar_key, upload } = (await res.json()) as { avatar_key: string; upload: { url: string; headers: Record<string, string> } };
    expect(avatar_key.startsWith(`avatars/${alice.id}/`)).toBe(true);

    const early = await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body: { avatar_key } });
    expect(early.status).toBe(422);
    await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: PNG });
    const set = await call(patchMe, { path: '/api/me', method: 'PATCH', as: alice, body: { avatar_key } });
    expect(set.status).toBe(200);
    const { me } = (await set.json()) as { me: { avatar_key: string; avatar_url: string } };
    expect(me.avatar_key).toBe(avatar_key);
    expect((await fetch(me.avatar_url)).status).toBe(200);

    const stolen = await call(patchMe, { path: '/api/me', method: 'PATCH', as: bob, body: { avatar_key } });
    expect(stolen.status).toBe(422);
  });

  it('are small pictures only', async () => {
    const res = await call(avatarUpload, { path: '/api/me/avatar', method: 'POST', as: alice, body: { content_type: 'video/mp4', bytes: 10 } });
    expect(res.status).toBe(422);
  });

  it('cannot point at someone else’s object, even straight in the database', async () => {
    await expect(stack.sql(`UPDATE users SET avatar_key = $1 WHERE id = $2`, [`avatars/${bob.id}/x`, alice.id])).rejects.toThrow(/users_avatar_key_own_prefix/);
  });
});
