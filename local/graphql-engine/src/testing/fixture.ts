import type { Catalog, CatalogColumn, CatalogConstraint, CatalogTable } from '../catalog';
import type { Metadata, TableMetadata } from '../metadata';
import { buildModel } from '../model/build';
import type { Model } from '../model/types';

// Builds engine models in memory (no database) for unit tests: a catalog described column by column and
// metadata entries as the metadata directory would hold them.

type ColumnSpec = [name: string, typname: string, opts?: { nullable?: boolean; default?: boolean; category?: string; sqlType?: string }];

const TYPES: Record<string, { sqlType: string; category: string }> = {
  int4: { sqlType: 'integer', category: 'N' },
  int8: { sqlType: 'bigint', category: 'N' },
  text: { sqlType: 'text', category: 'S' },
  bool: { sqlType: 'boolean', category: 'B' },
  jsonb: { sqlType: 'jsonb', category: 'U' },
  uuid: { sqlType: 'uuid', category: 'U' },
  numeric: { sqlType: 'numeric', category: 'N' },
  timestamptz: { sqlType: 'timestamp with time zone', category: 'D' },
};

export interface TableSpec {
  name: string;
  schema?: string;
  columns: ColumnSpec[];
  primaryKey?: string[];
  uniques?: { name: string; columns: string[] }[];
  foreignKeys?: { name: string; columns: string[]; refTable: string; refColumns: string[] }[];
}

export function catalogOf(specs: TableSpec[]): Catalog {
  const tables = new Map<string, CatalogTable>();
  for (const s of specs) {
    const schema = s.schema ?? 'public';
    const columns: CatalogColumn[] = s.columns.map(([name, typname, o = {}]) => ({
      schema,
      table: s.name,
      name,
      sql_type: o.sqlType ?? TYPES[typname]?.sqlType ?? typname,
      typname,
      typtype: 'b',
      typcategory: o.category ?? TYPES[typname]?.category ?? 'U',
      elem_typname: null,
      base_typname: null,
      nullable: o.nullable ?? true,
      has_default: o.default ?? false,
      generated: false,
      description: null,
    }));
    const constraint = (name: string, kind: 'p' | 'u' | 'f', cols: string[], ref?: { table: string; columns: string[] }): CatalogConstraint => ({
      schema,
      table: s.name,
      name,
      kind,
      columns: cols,
      ref_schema: ref ? schema : null,
      ref_table: ref?.table ?? null,
      ref_columns: ref?.columns ?? null,
    });
    tables.set(`${schema}.${s.name}`, {
      schema,
      name: s.name,
      kind: 'r',
      description: null,
      columns,
      primaryKey: s.primaryKey ? constraint(`${s.name}_pkey`, 'p', s.primaryKey) : null,
      uniques: (s.uniques ?? []).map((u) => constraint(u.name, 'u', u.columns)),
      foreignKeys: (s.foreignKeys ?? []).map((f) => constraint(f.name, 'f', f.columns, { table: f.refTable, columns: f.refColumns })),
    });
  }
  return { tables, functions: new Map() };
}

/** A metadata table entry with the defaults the metadata loader fills in. */
export function tableEntry(name: string, extra: Partial<Omit<TableMetadata, 'table'>> = {}): TableMetadata {
  return {
    table: { schema: 'public', name },
    is_enum: false,
    configuration: { custom_root_fields: {}, custom_column_names: {}, column_config: {} },
    object_relationships: [],
    array_relationships: [],
    computed_fields: [],
    select_permissions: [],
    insert_permissions: [],
    update_permissions: [],
    delete_permissions: [],
    ...extra,
  };
}

export async function modelOf(specs: TableSpec[], entries: TableMetadata[], stringifyNumbers = true): Promise<Model> {
  const metadata: Metadata = { tables: entries, tableFiles: entries.map((e) => `tables/public_${e.table.name}.yaml`), functions: [], functionFiles: [], inheritedRoles: [] };
  const noDatabase = { query: async () => ({ rows: [] }) };
  return buildModel(metadata, catalogOf(specs), noDatabase, { stringifyNumbers });
}

/** author(id, name, secret) ← article(id, title, author_id, published), the shape most Hasura tests use. */
export async function blogModel(): Promise<Model> {
  return modelOf(
    [
      { name: 'author', columns: [['id', 'int4', { nullable: false, default: true }], ['name', 'text'], ['secret', 'text']], primaryKey: ['id'], uniques: [{ name: 'author_name_key', columns: ['name'] }] },
      {
        name: 'article',
        columns: [['id', 'int4', { nullable: false, default: true }], ['title', 'text'], ['author_id', 'int4'], ['published', 'bool'], ['tags', 'jsonb']],
        primaryKey: ['id'],
        foreignKeys: [{ name: 'article_author_id_fkey', columns: ['author_id'], refTable: 'author', refColumns: ['id'] }],
      },
    ],
    [
      tableEntry('author', {
        array_relationships: [{ name: 'articles', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } } }],
        select_permissions: [
          { role: 'user', permission: { columns: ['id', 'name'], filter: { id: 'X-Hasura-User-Id' }, allow_aggregations: false, computed_fields: [] } },
        ],
      }),
      tableEntry('article', {
        object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
        select_permissions: [
          {
            role: 'user',
            permission: { columns: ['id', 'title', 'author_id', 'published'], filter: { $or: [{ author_id: 'X-Hasura-User-Id' }, { published: true }] }, limit: 10, allow_aggregations: true, computed_fields: [] },
          },
        ],
        insert_permissions: [{ role: 'user', permission: { check: { author_id: 'X-Hasura-User-Id' }, set: { published: false }, columns: ['title', 'author_id'], backend_only: false } }],
        update_permissions: [{ role: 'user', permission: { columns: ['title'], filter: { author_id: 'X-Hasura-User-Id' }, check: { published: false }, set: {}, backend_only: false } }],
      }),
    ],
  );
}
