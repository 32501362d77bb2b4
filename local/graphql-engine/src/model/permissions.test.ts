import { blogModel } from '../testing/fixture';
import { parsePermissionBoolExp } from './permissions';
import type { Model, Table } from './types';

let model: Model;
let article: Table;
beforeAll(async () => {
  model = await blogModel();
  article = model.tableByKey.get('public.article')!;
});

const parse = (json: unknown) => parsePermissionBoolExp(article, json, model.tableByKey);

describe('permission boolean expressions', () => {
  it('reads legacy $-operators and bare values as _eq', () => {
    expect(parse({ $or: [{ author_id: 'X-Hasura-User-Id' }, { published: true }] })).toEqual({
      kind: 'or',
      items: [
        { kind: 'column', column: article.columnByName.get('author_id'), ops: [{ op: '_eq', value: { kind: 'session', name: 'x-hasura-user-id' } }] },
        { kind: 'column', column: article.columnByName.get('published'), ops: [{ op: '_eq', value: { kind: 'lit', value: true } }] },
      ],
    });
  });

  it('treats session variable names case-insensitively', () => {
    const exp = parse({ author_id: { _in: 'X-HASURA-ALLOWED-IDS' } });
    expect(exp).toMatchObject({ ops: [{ op: '_in', value: { kind: 'session', name: 'x-hasura-allowed-ids' } }] });
  });

  it('crosses relationships without the target table permission', () => {
    const exp = parse({ author: { name: { _eq: 'a' } } });
    expect(exp).toMatchObject({ kind: 'rel', rel: { name: 'author' }, where: { kind: 'column' } });
  });

  it('reads column comparisons against the row and the root table', () => {
    expect(parse({ id: { _cgt: 'author_id' } })).toMatchObject({ ops: [{ op: '_cgt', column: 'author_id', root: false }] });
    expect(parse({ author: { id: { $ceq: ['$', 'author_id'] } } })).toMatchObject({ where: { ops: [{ op: '_ceq', column: 'author_id', root: true }] } });
  });

  it('reads _exists over another table', () => {
    expect(parse({ _exists: { _table: { schema: 'public', name: 'author' }, _where: { id: 1 } } })).toMatchObject({ kind: 'exists', table: { name: 'author' } });
  });

  it('rejects unknown columns and operators', () => {
    expect(() => parse({ nope: 1 })).toThrow(/nope/);
    expect(() => parse({ id: { _bogus: 1 } })).toThrow(/_bogus/);
  });
});
