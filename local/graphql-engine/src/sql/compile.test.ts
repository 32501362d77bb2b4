import { blogModel, modelOf, tableEntry } from '../testing/fixture';
import { roleAccess } from '../schema/access';
import { buildRoleSchema } from '../schema';
import { buildOperation, parseDocument } from '../request/operation';
import { compileAggregate, compileInsert, compileSelect, compileUpdate } from './compile';
import { bindParams } from './builder';
import { HasuraError } from '../errors';
import type { Model } from '../model/types';

let model: Model;
beforeAll(async () => {
  model = await blogModel();
});

function operation(role: string, query: string, variables: Record<string, unknown> = {}) {
  const rs = buildRoleSchema(model, roleAccess(role, false));
  return buildOperation(rs, parseDocument(query), { query, variables });
}

function selectPlan(role: string, query: string, variables: Record<string, unknown> = {}) {
  const field = operation(role, query, variables).fields[0];
  if (field.kind === 'select') return compileSelect(field.select, { stringifyNumbers: true });
  if (field.kind === 'aggregate') return compileAggregate(field.aggregate, { stringifyNumbers: true });
  throw new Error(`not a query field: ${field.kind}`);
}

const session = (role: string, vars: Record<string, string> = {}) => ({ role, adminSecretSent: false, variables: { 'x-hasura-role': role, ...vars } });

describe('SQL compilation', () => {
  it('passes client values as bind parameters, never in the SQL text', () => {
    const evil = "x'); DROP TABLE author; --";
    const plan = selectPlan('admin', `query($n: String) { author(where: {name: {_eq: $n}}) { id } }`, { n: evil });
    expect(plan.sql).not.toContain(evil);
    expect(plan.sql).not.toContain('DROP TABLE');
    // A variable stays a reference in the plan; its value is bound per request.
    expect(plan.params).toContainEqual({ kind: 'var', name: 'n', sqlType: 'text' });
    expect(bindParams(plan.params, session('admin'), new Map([['n', evil]]))).toContain(evil);
    const literal = selectPlan('admin', `{ author(where: {name: {_eq: ${JSON.stringify(evil)}}}) { id } }`);
    expect(literal.sql).not.toContain(evil);
    expect(literal.params).toContainEqual({ kind: 'lit', value: evil });
  });

  it('adds the role permission filter with the session variable bound per request', () => {
    const plan = selectPlan('user', '{ author { id name } }');
    expect(plan.params).toEqual(expect.arrayContaining([{ kind: 'session', name: 'x-hasura-user-id' }]));
    expect(bindParams(plan.params, session('user', { 'x-hasura-user-id': '42' }), new Map())).toContain('42');
  });

  it('admin selects carry no session parameters', () => {
    const plan = selectPlan('admin', '{ author { id name } }');
    expect(plan.params.some((p) => p.kind === 'session')).toBe(false);
  });

  it('reports a missing session variable as not-found', () => {
    const plan = selectPlan('user', '{ author { id } }');
    expect(() => bindParams(plan.params, session('user'), new Map())).toThrow(HasuraError);
    try {
      bindParams(plan.params, session('user'), new Map());
    } catch (e) {
      expect((e as HasuraError).code).toBe('not-found');
      expect((e as HasuraError).message).toContain('x-hasura-user-id');
    }
  });

  it('caps the limit at the permission limit', () => {
    const plan = selectPlan('user', '{ article(limit: 500) { id } }');
    const limits = plan.params.filter((p) => p.kind === 'lit' && p.value === '10');
    expect(limits).toHaveLength(1);
    expect(plan.params.some((p) => p.kind === 'lit' && p.value === '500')).toBe(false);
  });

  it('an empty _in matches nothing without a parameter', () => {
    const plan = selectPlan('admin', '{ author(where: {id: {_in: []}}) { id } }');
    expect(plan.sql).toContain('false');
    expect(plan.params).toHaveLength(0);
  });

  it('filters through a relationship with the target table permission applied', () => {
    const plan = selectPlan('user', '{ article(where: {author: {name: {_eq: "a"}}}) { id } }', {});
    const sessionParams = plan.params.filter((p) => p.kind === 'session');
    // article's own filter and author's filter both reference the user id
    expect(sessionParams.length).toBeGreaterThanOrEqual(2);
    expect(plan.sql).toContain('EXISTS');
  });

  it('compiles aggregates into one statement', () => {
    const plan = selectPlan('admin', '{ article_aggregate { aggregate { count max { id } } nodes { id } } }');
    expect(plan.sql).toContain('count(*)');
    expect(plan.sql).toContain('json_agg');
    expect(plan.sql.match(/;/g)).toBeNull();
  });

  it('applies insert presets and puts the check in RETURNING', () => {
    const op = operation('user', 'mutation { insert_article(objects: [{title: "t", author_id: 1}]) { affected_rows } }');
    const f = op.fields[0];
    if (f.kind !== 'insert') throw new Error('expected an insert');
    expect(f.insert.rows[0].columns.get('published')).toEqual({ kind: 'lit', value: false });
    const plan = compileInsert(f.insert, { stringifyNumbers: true });
    expect(plan.sql).toMatch(/RETURNING \*, .*"__check"/);
    expect(plan.params).toContainEqual({ kind: 'session', name: 'x-hasura-user-id' });
  });

  it('restricts updates by the update permission filter', () => {
    const op = operation('user', 'mutation { update_article(where: {}, _set: {title: "x"}) { affected_rows } }');
    const f = op.fields[0];
    if (f.kind !== 'update') throw new Error('expected an update');
    const plan = compileUpdate(f.update, { stringifyNumbers: true });
    expect(plan.sql).toContain('UPDATE "public"."article"');
    expect(plan.params).toContainEqual({ kind: 'session', name: 'x-hasura-user-id' });
  });

  it('stringifies bigint-like columns only when asked', async () => {
    const spec = [{ name: 'counter', columns: [['id', 'int4'], ['hits', 'int8']] as [string, string][], primaryKey: ['id'] }];
    const query = '{ counter { id hits } }';
    const planFor = async (stringify: boolean) => {
      const m = await modelOf(spec, [tableEntry('counter')], stringify);
      const rs = buildRoleSchema(m, roleAccess('admin', false));
      const f = buildOperation(rs, parseDocument(query), { query }).fields[0];
      if (f.kind !== 'select') throw new Error('expected a select');
      return compileSelect(f.select, { stringifyNumbers: stringify }).sql;
    };
    expect(await planFor(true)).toContain(`"hits")::text`);
    expect(await planFor(false)).not.toContain(`"hits")::text`);
  });
});
