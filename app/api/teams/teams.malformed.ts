import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { POST as createTeam } from './route';
import { PATCH as patchTeam } from './[id]/route';
import { PUT as putMember } from './[id]/members/[userId]/route';

const TEAM = '7e4d1c2b-0000-4000-8000-000000000001';
const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });
const create = (name: string, body: unknown, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>): MalformedCase => ({ name, handler: createTeam, method: 'POST', path: '/api/teams', body, as: 'admin', ...expected });

const cases: MalformedCase[] = [
  create('no name', {}, invalid('name')),
  create('blank name', { name: '   ' }, invalid('name')),
  create('huge name', { name: huge(1000) }, invalid('name')),
  create('description as an object', { name: 'Ok', description: { text: 'x' } }, invalid('description')),
  create('members in the body', { name: 'Ok', members: ['someone'] }, invalid('members')),
  { name: 'staff creating a team', handler: createTeam, method: 'POST', path: '/api/teams', body: { name: 'Mine' }, status: 403, code: 'forbidden' },
  { name: 'team id that is not a UUID', handler: patchTeam, method: 'PATCH', path: '/api/teams/nope', params: { id: 'nope' }, body: { name: 'x' }, as: 'admin', status: 404, code: 'not_found' },
  { name: 'nothing to change', handler: patchTeam, method: 'PATCH', path: `/api/teams/${TEAM}`, params: { id: TEAM }, body: {}, as: 'admin', status: 422, code: 'invalid_input' },
  { name: 'lead as a string', handler: putMember, method: 'PUT', path: `/api/teams/${TEAM}/members/u1`, params: { id: TEAM, userId: 'u1' }, body: { is_lead: 'yes' }, as: 'admin', ...invalid('is_lead') },
  { name: 'huge user id', handler: putMember, method: 'PUT', path: `/api/teams/${TEAM}/members/x`, params: { id: TEAM, userId: huge(500) }, body: {}, as: 'admin', status: 404, code: 'not_found' },
];

export const table: MalformedTable = { area: 'teams', cases };
