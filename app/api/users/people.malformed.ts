import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { GET as searchStaff } from './route';
import { GET as getMe, PATCH as patchMe } from '../me/route';
import { POST as avatarUpload } from '../me/avatar/route';
import { GET as listPool } from '../admin/users/route';
import { POST as grant } from '../admin/users/[sub]/groups/route';
import { DELETE as revoke } from '../admin/users/[sub]/groups/[group]/route';
import { POST as invite } from '../admin/invite/route';
import { POST as revokeByEmail } from '../admin/revoke/route';

// Hostile input to the people routes: every row is refused before Cognito or the engine is asked anything.
const SUB = '00000000-0000-4000-8000-000000000042';
const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });
const search = (query: string, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, name: string): MalformedCase => ({ name, handler: searchStaff, method: 'GET', path: `/api/users?${query}`, ...expected });
const me = (name: string, body: unknown, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name,
  handler: patchMe,
  method: 'PATCH',
  path: '/api/me',
  body,
  ...expected,
  ...extra,
});

const cases: MalformedCase[] = [
  search('limit=0', invalid('limit'), 'limit 0'),
  search('limit=-5', invalid('limit'), 'negative limit'),
  search('limit=100000', invalid('limit'), 'huge limit'),
  search('limit=2.5', invalid('limit'), 'fractional limit'),
  search(`q=${huge(500)}`, invalid('q'), 'huge search string'),
  search('q=a&q=b', invalid('q'), 'q given twice'),
  search('role=admin', invalid('role'), 'unknown parameter'),
  me('email is the token’s, never the client’s', { email: 'colleague@nest.test' }, invalid('email')),
  me('access is Cognito’s', { has_access: true }, invalid('has_access')),
  me('display name too long', { display_name: huge(121) }, invalid('display_name')),
  me('display name as a number', { display_name: 7 }, invalid('display_name')),
  me('avatar key of someone else', { avatar_key: `avatars/${SUB}/6a3e9c1e-0000-4000-8000-000000000001` }, invalid('avatar_key')),
  me('avatar key outside avatars/', { avatar_key: 'phenoms/x/evidence.png' }, invalid('avatar_key')),
  me('nothing to change', {}, { status: 422, code: 'invalid_input' }),
  me('not JSON', 'display_name=x', { status: 400, code: 'invalid_json' }),
  me('no token', { display_name: 'x' }, { status: 401, code: 'unauthenticated' }, { as: 'anonymous' }),
  { name: 'no token', handler: getMe, method: 'GET', path: '/api/me', as: 'anonymous', status: 401, code: 'unauthenticated' },
  { name: 'avatar of a type not allowed', handler: avatarUpload, method: 'POST', path: '/api/me/avatar', body: { content_type: 'image/svg+xml', bytes: 100 }, ...invalid('content_type') },
  { name: 'avatar with no size', handler: avatarUpload, method: 'POST', path: '/api/me/avatar', body: { content_type: 'image/png', bytes: 0 }, ...invalid('bytes') },
  { name: 'avatar with a chosen key', handler: avatarUpload, method: 'POST', path: '/api/me/avatar', body: { content_type: 'image/png', bytes: 10, key: 'avatars/x' }, ...invalid('key') },
  { name: 'staff on an admin route', handler: listPool, method: 'GET', path: '/api/admin/users', status: 403, code: 'forbidden' },
  { name: 'unknown parameter', handler: listPool, method: 'GET', path: '/api/admin/users?page=2', as: 'admin', ...invalid('page') },
  { name: 'huge cursor', handler: listPool, method: 'GET', path: `/api/admin/users?cursor=${huge(5000)}`, as: 'admin', ...invalid('cursor') },
  { name: 'group that is not ours', handler: grant, method: 'POST', path: `/api/admin/users/${SUB}/groups`, params: { sub: SUB }, body: { group: 'root' }, as: 'admin', ...invalid('group') },
  { name: 'group as a list', handler: grant, method: 'POST', path: `/api/admin/users/${SUB}/groups`, params: { sub: SUB }, body: { group: ['nest-admin'] }, as: 'admin', ...invalid('group') },
  { name: 'account id that is not a sub', handler: grant, method: 'POST', path: '/api/admin/users/x/groups', params: { sub: "x' OR 1=1" }, body: { group: 'nest-access' }, as: 'admin', status: 404, code: 'not_found' },
  { name: 'staff granting themselves admin', handler: grant, method: 'POST', path: `/api/admin/users/${SUB}/groups`, params: { sub: SUB }, body: { group: 'nest-admin' }, status: 403, code: 'forbidden' },
  { name: 'revoking a group that is not ours', handler: revoke, method: 'DELETE', path: `/api/admin/users/${SUB}/groups/marketing`, params: { sub: SUB, group: 'marketing' }, as: 'admin', status: 404, code: 'not_found' },
  ...[
    { handler: invite, path: '/api/admin/invite' },
    { handler: revokeByEmail, path: '/api/admin/revoke' },
  ].flatMap(({ handler, path }): MalformedCase[] => [
    { name: 'no email', handler, method: 'POST', path, body: {}, as: 'admin', ...invalid('email') },
    { name: 'email that is not one', handler, method: 'POST', path, body: { email: 'not-an-email' }, as: 'admin', ...invalid('email') },
    { name: 'email as a list', handler, method: 'POST', path, body: { email: ['a@nest.test'] }, as: 'admin', ...invalid('email') },
    { name: 'huge email', handler, method: 'POST', path, body: { email: `${huge(400)}@nest.test` }, as: 'admin', ...invalid('email') },
    { name: 'a group smuggled in', handler, method: 'POST', path, body: { email: 'a@nest.test', group: 'nest-admin' }, as: 'admin', ...invalid('group') },
    { name: 'staff on an admin route', handler, method: 'POST', path, body: { email: 'a@nest.test' }, status: 403, code: 'forbidden' },
    { name: 'not JSON', handler, method: 'POST', path, body: 'email=a@nest.test', as: 'admin', status: 400, code: 'invalid_json' },
  ]),
];

export const table: MalformedTable = { area: 'people', cases };
