import { setUpApiStack } from '@/local/test/api-stack';
import { GET as listPool } from './users/route';
import { POST as grant } from './users/[sub]/groups/route';

// The admin routes' Cognito calls are SigV4-signed with AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, and the local
// Cognito checks the signature as Cognito does. With a secret Cognito does not know, the calls are refused: the
// route answers 502 in the one error shape (never a 500 or AWS's own message), and nothing changes in the pool.
const stack = setUpApiStack('admin_credentials', { cognito: true });

beforeAll(() => {
  // Set before this file's first admin call, so the app's admin client is built with it.
  process.env.AWS_SECRET_ACCESS_KEY = 'not-the-local-secret';
});

it('answers 502 upstream_refused when Cognito refuses the server’s signature, and grants nothing', async () => {
  const admin = await stack.staff({ name: 'admin', admin: true });
  const outsider = await stack.staff({ name: 'outsider', groups: [] });
  const error = jest.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const list = await stack.call(listPool, { path: '/api/admin/users', as: admin });
    expect([list.status, await list.json()]).toEqual([502, { error: { code: 'upstream_refused', message: 'The sign-in service refused the server’s credentials. Try again later.' } }]);
    const granted = await stack.call(grant, { path: '/x', method: 'POST', as: admin, params: { sub: outsider.id }, body: { group: 'nest-admin' } });
    expect(granted.status).toBe(502);
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^\[cognito\] admin call refused: InvalidSignatureException: /));
  } finally {
    error.mockRestore();
  }
  const claims = JSON.parse(Buffer.from((await stack.signIn(outsider)).token.split('.')[1], 'base64url').toString()) as { 'cognito:groups'?: string[] };
  expect(claims['cognito:groups'] ?? []).toEqual([]);
});
