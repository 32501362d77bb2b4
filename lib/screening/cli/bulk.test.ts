import { bulkCommand, sinceMs } from './bulk';

describe('npm run screen arguments', () => {
  it('--since takes a duration or an ISO time', () => {
    const now = Date.parse('2026-01-08T00:00:00Z');
    expect(new Date(sinceMs('7d', now)).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(sinceMs('12h', now)).toISOString()).toBe('2026-01-07T12:00:00.000Z');
    expect(new Date(sinceMs('2025-12-24T00:00:00Z', now)).toISOString()).toBe('2025-12-24T00:00:00.000Z');
  });

  it.each([
    [['--since', 'last week'], {}, /^--since: must be a duration/],
    [[], {}, /^--since: /],
    [['--since', '7d'], { HASURA_GRAPHQL_URL: 'http://127.0.0.1:8080/v1/graphql' }, /^NEST_ID_TOKEN: must be a staff member/],
    [['--since', '7d'], { NEST_ID_TOKEN: 'x'.repeat(40) }, /^HASURA_GRAPHQL_URL: /],
  ])('%j with %j → %s', async (argv, env, message) => {
    await expect(bulkCommand(argv, env)).rejects.toThrow(message);
  });
});
