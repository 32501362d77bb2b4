import { blogModel } from '../testing/fixture';
import { roleAccess } from '../schema/access';
import { buildRoleSchema } from '../schema';
import { buildOperation, parseDocument, parseJsonPath } from './operation';
import { HasuraError } from '../errors';
import type { Model } from '../model/types';

let model: Model;
beforeAll(async () => {
  model = await blogModel();
});

function errorOf(role: string, query: string, variables: Record<string, unknown> = {}): { code: string; path: string } {
  try {
    const rs = buildRoleSchema(model, roleAccess(role, false));
    buildOperation(rs, parseDocument(query), { query, variables });
  } catch (e) {
    if (e instanceof HasuraError) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error('expected an error');
}

describe('request validation errors (Hasura codes and paths)', () => {
  it('an unknown root field', () => {
    expect(errorOf('admin', '{ nope { id } }')).toEqual({ code: 'validation-failed', path: '$.selectionSet.nope' });
  });

  it('a column the role may not select does not exist for it', () => {
    expect(errorOf('user', '{ author { id secret } }')).toEqual({ code: 'validation-failed', path: '$.selectionSet.author.selectionSet.secret' });
    expect(() => buildOperation(buildRoleSchema(model, roleAccess('admin', false)), parseDocument('{ author { secret } }'), { query: '' })).not.toThrow();
  });

  it('an unknown comparison operator', () => {
    expect(errorOf('admin', '{ author(where: {name: {_ne: "x"}}) { id } }')).toEqual({
      code: 'validation-failed',
      path: '$.selectionSet.author.args.where.name._ne',
    });
  });

  it('a string where an Int is expected', () => {
    expect(errorOf('admin', '{ article(limit: "3") { id } }')).toEqual({ code: 'validation-failed', path: '$.selectionSet.article.args.limit' });
  });

  it('a negative limit is not-supported', () => {
    expect(errorOf('admin', '{ article(limit: -1) { id } }')).toEqual({ code: 'not-supported', path: '$.selectionSet.article.args.limit' });
  });

  it('a fragment spread inside itself', () => {
    const q = `{ author { ...A } } fragment A on author { articles { ...B } } fragment B on article { author { ...A } }`;
    expect(errorOf('admin', q)).toEqual({
      code: 'validation-failed',
      path: '$.selectionSet.author.selectionSet.A.selectionSet.articles.selectionSet.B.selectionSet.author.selectionSet',
    });
  });

  it('distinct_on must match the initial order_by', () => {
    expect(errorOf('admin', '{ article(distinct_on: [title], order_by: {id: asc}) { id } }')).toEqual({
      code: 'validation-failed',
      path: '$.selectionSet.article.args',
    });
  });

  it('a mutation for a role without mutations', () => {
    expect(errorOf('nobody', 'mutation { insert_author(objects: []) { affected_rows } }')).toEqual({ code: 'validation-failed', path: '$' });
  });

  it('a nested insert setting a column its parent determines', () => {
    const q = 'mutation { insert_author(objects: [{name: "a", articles: {data: [{title: "t", author_id: 3}]}}]) { affected_rows } }';
    expect(errorOf('admin', q)).toEqual({ code: 'validation-failed', path: '$.selectionSet.insert_author.args.objects[0].articles.data[0]' });
  });

  it('a column in two update operators', () => {
    expect(errorOf('admin', 'mutation { update_article(where: {}, _set: {id: 1}, _inc: {id: 2}) { affected_rows } }')).toEqual({
      code: 'validation-failed',
      path: '$',
    });
  });

  it('a variable of the wrong type', () => {
    expect(errorOf('admin', 'query($l: Int) { article(limit: $l) { id } }', { l: 'x' })).toEqual({ code: 'validation-failed', path: '$.variableValues.l' });
  });

  it('a query that is not GraphQL', () => {
    expect(errorOf('admin', '{ author { ')).toEqual({ code: 'validation-failed', path: '$.query' });
  });
});

describe('request parsing', () => {
  it('merges fields from fragments and honours @skip/@include', () => {
    const rs = buildRoleSchema(model, roleAccess('admin', false));
    const q = `query($s: Boolean!) { author { name @skip(if: $s) ...F } } fragment F on author { id name }`;
    const op = buildOperation(rs, parseDocument(q), { query: q, variables: { s: true } });
    const f = op.fields[0];
    if (f.kind !== 'select') throw new Error('expected a select');
    // name is skipped where written directly, but the fragment selects it again after id
    expect(f.select.fields.map((x) => x.alias)).toEqual(['id', 'name']);
  });

  it('reads Hasura JSON paths', () => {
    expect(parseJsonPath('$.a.b[0]', '$')).toEqual(['a', 'b', '0']);
    expect(parseJsonPath("objs[0]['你好']", '$')).toEqual(['objs', '0', '你好']);
    expect(parseJsonPath('objs.[0].["x y"]', '$')).toEqual(['objs', '0', 'x y']);
  });
});

describe('depth limit', () => {
  // checkDepth lives with the engine (it runs before parsing into IR) but is pure.
  const { checkDepth } = jest.requireActual('../engine') as typeof import('../engine');
  const nested = (levels: number) => `{ ${'a { '.repeat(levels)}id${' }'.repeat(levels)} }`;

  it('rejects a query nested deeper than the limit, fragments included', () => {
    expect(() => checkDepth(parseDocument(nested(3)), null, 5)).not.toThrow();
    expect(() => checkDepth(parseDocument(nested(8)), null, 5)).toThrow(/nested deeper/);
    const viaFragment = `{ a { ...F } } fragment F on t { b { c { d { e { f } } } } }`;
    expect(() => checkDepth(parseDocument(viaFragment), null, 4)).toThrow(/nested deeper/);
  });
});
