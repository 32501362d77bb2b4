import { setUpApiStack } from '@/local/test/api-stack';
import { POST as register } from './route';
import { POST as startUpload } from './uploads/route';

// The server's own S3 calls (the HEAD that checks an upload arrived) are SigV4-signed with AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY, and the local S3 checks the signature as S3 does. With a secret S3 does not know, the route
// answers 502 in the one error shape (never a 500), and no media row is written.
const stack = setUpApiStack('media_credentials', { s3: true });
const PHENOM = '5e2f8a1c-0000-4000-8000-0000000000c1';

beforeAll(async () => {
  // Set before this file's first S3 call, so the app's S3 client is built with it.
  process.env.AWS_SECRET_ACCESS_KEY = 'not-the-local-secret';
  await stack.sql(`INSERT INTO phenom (id, title, occurred_at) VALUES ($1, 'Live', now())`, [PHENOM]);
});

it('answers 502 upstream_refused when S3 refuses the server’s signature, and registers nothing', async () => {
  const alice = await stack.staff({ name: 'alice' });
  const begun = await stack.call(startUpload, { path: '/api/media/uploads', method: 'POST', as: alice, body: { phenom_id: PHENOM, file_name: 'a.png', content_type: 'image/png', bytes: 68 } });
  expect(begun.status).toBe(201);
  const { upload } = (await begun.json()) as { upload: { id: string } };
  const error = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const res = await stack.call(register, { path: '/api/media', method: 'POST', as: alice, body: { upload_id: upload.id } });
    expect([res.status, await res.json()]).toEqual([502, { error: { code: 'upstream_refused', message: 'The media store refused the server’s credentials. Try again later.' } }]);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[s3\] refused the server's request: /));
  } finally {
    error.mockRestore();
  }
  expect(await stack.sql('SELECT id FROM phenom_media WHERE upload_id = $1', [upload.id])).toEqual([]);
});
