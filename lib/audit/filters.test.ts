import fs from 'node:fs';
import path from 'node:path';
import { AUDITED_TABLES, auditHref, auditWhere, diffRows, parseAuditFilters, showValue } from './filters';

describe('parseAuditFilters', () => {
  it('keeps good values and drops each bad one on its own', () => {
    expect(parseAuditFilters({ actor: 'u-1', table: 'lists', action: 'update', from: '2026-03-01', to: '2026-03-31', before: '120' })).toEqual({
      actor: 'u-1',
      table: 'lists',
      action: 'update',
      from: '2026-03-01',
      to: '2026-03-31',
      before: 120,
    });
    expect(parseAuditFilters({ actor: 'u-1', table: 'pg_authid', action: 'truncate', from: '2026-13-45', to: '03/31/2026', before: '-3' })).toEqual({ actor: 'u-1' });
    expect(parseAuditFilters({ table: ['lists', 'teams'] })).toEqual({});
  });
});

describe('auditWhere', () => {
  it('turns inclusive UTC days into a half-open range and swaps reversed days', () => {
    expect(auditWhere({ from: '2026-03-31', to: '2026-03-01' })).toEqual({ at: { _gte: '2026-03-01T00:00:00.000Z', _lt: '2026-04-01T00:00:00.000Z' } });
  });
  it('combines actor, table, action and the keyset cursor', () => {
    expect(auditWhere({ actor: 'u', table: 'lists', action: 'delete', before: 9 })).toEqual({ actor_id: { _eq: 'u' }, entity: { _eq: 'lists' }, action: { _eq: 'delete' }, id: { _lt: 9 } });
    expect(auditWhere({})).toEqual({});
  });
});

it('auditHref writes only the filters set', () => {
  expect(auditHref({ table: 'lists', before: 5 })).toBe('/audit?table=lists&before=5');
  expect(auditHref({})).toBe('/audit');
});

describe('diffRows', () => {
  it('shows an update as before/after of the changed columns', () => {
    expect(diffRows('update', { name: { old: 'A', new: 'B' } })).toEqual([{ column: 'name', before: 'A', after: 'B' }]);
  });
  it('shows an insert as after and a delete as before', () => {
    expect(diffRows('insert', { id: 1, name: 'A' })).toEqual([{ column: 'id', after: 1 }, { column: 'name', after: 'A' }]);
    expect(diffRows('delete', { name: 'A' })).toEqual([{ column: 'name', before: 'A' }]);
  });
  it('shows nothing for a diff of an unexpected shape', () => {
    expect(diffRows('update', { name: 'A' })).toEqual([]);
    expect(diffRows('insert', 'text')).toEqual([]);
  });
});

it('showValue says empty for null and keeps text as it is', () => {
  expect([showValue(null), showValue('x'), showValue(''), showValue({ a: 1 })]).toEqual(['empty', 'x', '""', '{"a":1}']);
});

it('offers only tables that exist in hasura/metadata', () => {
  const tables = fs.readFileSync(path.join(__dirname, '../../hasura/metadata/databases/default/tables/tables.yaml'), 'utf8');
  for (const t of AUDITED_TABLES) expect(tables).toContain(`public_${t}.yaml`);
});
