import { MetadataError } from '../metadata';
import { catalogOf, tableEntry } from '../testing/fixture';
import { buildTables } from './tables';
import { buildRelationship } from './relationships';
import { PermissionScope, deletePermission, insertPermission, selectPermission } from './role-permissions';

// The model's builders on their own: one relationship of each definition kind, one permission of each kind.

const catalog = catalogOf([
  { name: 'author', columns: [['id', 'int4', { nullable: false }], ['name', 'text']], primaryKey: ['id'] },
  { name: 'article', columns: [['id', 'int4', { nullable: false }], ['author_id', 'int4'], ['title', 'text']], primaryKey: ['id'], foreignKeys: [{ name: 'article_author_fkey', columns: ['author_id'], refTable: 'author', refColumns: ['id'] }] },
]);
const setUp = () => {
  const metadata = { tables: [tableEntry('author'), tableEntry('article')], tableFiles: ['a.yaml', 'b.yaml'], functions: [], functionFiles: [], inheritedRoles: [] };
  const { tableByKey } = buildTables(metadata, catalog);
  const author = tableByKey.get('public.author')!;
  const article = tableByKey.get('public.article')!;
  return { tableByKey, author, article, scope: (table: typeof author) => ({ table, file: 'x.yaml', catalog, tableByKey }) };
};

describe('relationship builders', () => {
  it("a foreign key on this table: an object relationship whose source holds the key", () => {
    const { article, author, scope } = setUp();
    const rel = buildRelationship(scope(article), 'object', { name: 'author', using: { foreign_key_constraint_on: 'author_id' } });
    expect(rel).toMatchObject({ kind: 'object', target: author, mapping: [['author_id', 'id']], sourceHoldsKey: true, viaForeignKey: true });
  });

  it("the other table's foreign key: an array relationship mapping back", () => {
    const { article, author, scope } = setUp();
    const rel = buildRelationship(scope(author), 'array', { name: 'articles', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } } });
    expect(rel).toMatchObject({ kind: 'array', target: article, mapping: [['id', 'author_id']], sourceHoldsKey: false });
  });

  it('a manual mapping, checked column by column, naming the file', () => {
    const { author, scope } = setUp();
    const manual = (column_mapping: Record<string, string>) =>
      buildRelationship(scope(author), 'array', { name: 'own', using: { manual_configuration: { remote_table: { schema: 'public', name: 'article' }, column_mapping } } });
    expect(manual({ id: 'author_id' })).toMatchObject({ viaForeignKey: false, sourceHoldsKey: false });
    expect(() => manual({ id: 'writer_id' })).toThrow(new MetadataError('x.yaml', 'relationship "own": column "writer_id" does not exist in "article"'));
  });
});

describe('permission builders', () => {
  it('select: "*" is every column; the limit and allow_aggregations are kept', () => {
    const { article, tableByKey } = setUp();
    const p = selectPermission(new PermissionScope(article, 'x.yaml', tableByKey), 'staff', { columns: '*', filter: {}, limit: 5, allow_aggregations: true, computed_fields: [] });
    expect([...p.columns]).toEqual(['id', 'author_id', 'title']);
    expect(p).toMatchObject({ limit: 5, allowAggregations: true });
  });

  it('insert: an unknown preset column is refused naming the role', () => {
    const { article, tableByKey } = setUp();
    const s = new PermissionScope(article, 'x.yaml', tableByKey);
    expect(() => insertPermission(s, 'staff', { check: {}, set: { owner: 'X-Hasura-User-Id' }, columns: ['title'], backend_only: false })).toThrow(
      'metadata file x.yaml: insert permission for role "staff": preset column "owner" does not exist',
    );
    expect(deletePermission(s, 'staff', { filter: {}, backend_only: true })).toMatchObject({ backendOnly: true });
  });
});
