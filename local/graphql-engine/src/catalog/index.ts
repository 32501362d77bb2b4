import { z } from 'zod';

// Introspects the PostgreSQL catalog: columns with their types, nullability and defaults, primary keys,
// unique constraints, foreign keys and functions. One round trip per kind of object, all schemas at once:
// reading everything is cheaper than one query per tracked table and keeps start-up well under 2 s.

export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

const columnRow = z.object({
  schema: z.string(),
  table: z.string(),
  name: z.string(),
  /** atttypid::regtype, valid in a cast: 'integer', 'character varying', 'complex', 'text[]'. */
  sql_type: z.string(),
  typname: z.string(),
  /** b base, c composite, d domain, e enum, r range, m multirange, p pseudo. */
  typtype: z.string(),
  /** A array, N numeric, S string, B boolean, D date/time, U user-defined … */
  typcategory: z.string(),
  elem_typname: z.string().nullable(),
  base_typname: z.string().nullable(),
  nullable: z.boolean(),
  has_default: z.boolean(),
  generated: z.boolean(),
  description: z.string().nullable(),
});
export type CatalogColumn = z.infer<typeof columnRow>;

const tableRow = z.object({ schema: z.string(), table: z.string(), kind: z.string(), description: z.string().nullable() });

const constraintRow = z.object({
  schema: z.string(),
  table: z.string(),
  name: z.string(),
  kind: z.enum(['p', 'u', 'f']),
  columns: z.array(z.string()),
  ref_schema: z.string().nullable(),
  ref_table: z.string().nullable(),
  ref_columns: z.array(z.string()).nullable(),
});
export type CatalogConstraint = z.infer<typeof constraintRow>;

const functionRow = z.object({
  schema: z.string(),
  name: z.string(),
  volatility: z.enum(['i', 's', 'v']),
  returns_set: z.boolean(),
  ret_sql_type: z.string(),
  ret_typname: z.string(),
  ret_typtype: z.string(),
  ret_typcategory: z.string(),
  ret_table_schema: z.string().nullable(),
  ret_table: z.string().nullable(),
  arg_names: z.array(z.string()).nullable(),
  arg_sql_types: z.array(z.string()),
  arg_typnames: z.array(z.string()),
  arg_typcategories: z.array(z.string()),
  arg_table_schemas: z.array(z.string().nullable()),
  arg_tables: z.array(z.string().nullable()),
  defaults: z.number(),
  description: z.string().nullable(),
});
export type CatalogFunction = z.infer<typeof functionRow>;

export interface CatalogTable {
  schema: string;
  name: string;
  kind: string;
  description: string | null;
  columns: CatalogColumn[];
  primaryKey: CatalogConstraint | null;
  uniques: CatalogConstraint[];
  foreignKeys: CatalogConstraint[];
}

export interface Catalog {
  tables: Map<string, CatalogTable>;
  /** Keyed by schema.name; overloaded functions keep the first definition (Hasura cannot track overloads). */
  functions: Map<string, CatalogFunction>;
}

export const tableKey = (schema: string, name: string) => `${schema}.${name}`;

const SYSTEM_SCHEMAS = `('pg_catalog', 'information_schema', 'pg_toast', 'hdb_catalog')`;

const TABLES_SQL = `
SELECT n.nspname AS schema, c.relname AS table, c.relkind AS kind, obj_description(c.oid, 'pg_class') AS description
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'm', 'f', 'p') AND n.nspname NOT IN ${SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg_temp%'`;

const COLUMNS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, a.atttypid::regtype::text AS sql_type,
  t.typname, t.typtype::text, t.typcategory::text, et.typname AS elem_typname, bt.typname AS base_typname,
  NOT a.attnotnull AS nullable, (a.atthasdef OR a.attidentity <> '') AS has_default, a.attgenerated <> '' AS generated,
  col_description(c.oid, a.attnum) AS description
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
LEFT JOIN pg_type bt ON bt.oid = t.typbasetype AND t.typtype = 'd'
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'm', 'f', 'p')
  AND n.nspname NOT IN ${SYSTEM_SCHEMAS} AND n.nspname NOT LIKE 'pg_temp%'
ORDER BY n.nspname, c.relname, a.attnum`;

const CONSTRAINTS_SQL = `
SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, con.contype::text AS kind,
  ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
  fn.nspname AS ref_schema, fc.relname AS ref_table,
  CASE WHEN con.contype = 'f' THEN ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord) END AS ref_columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'f') AND n.nspname NOT IN ${SYSTEM_SCHEMAS}
ORDER BY con.conname`;

const FUNCTIONS_SQL = `
SELECT n.nspname AS schema, p.proname AS name, p.provolatile::text AS volatility, p.proretset AS returns_set,
  p.prorettype::regtype::text AS ret_sql_type, rt.typname AS ret_typname, rt.typtype::text AS ret_typtype,
  rt.typcategory::text AS ret_typcategory, rn.nspname AS ret_table_schema, rc.relname AS ret_table,
  p.proargnames AS arg_names,
  ARRAY(SELECT u.t::regtype::text FROM unnest(p.proargtypes) WITH ORDINALITY u(t, o) ORDER BY u.o) AS arg_sql_types,
  ARRAY(SELECT at.typname::text FROM unnest(p.proargtypes) WITH ORDINALITY u(t, o) JOIN pg_type at ON at.oid = u.t ORDER BY u.o) AS arg_typnames,
  ARRAY(SELECT at.typcategory::text FROM unnest(p.proargtypes) WITH ORDINALITY u(t, o) JOIN pg_type at ON at.oid = u.t ORDER BY u.o) AS arg_typcategories,
  ARRAY(SELECT an.nspname::text FROM unnest(p.proargtypes) WITH ORDINALITY u(t, o) JOIN pg_type at ON at.oid = u.t
        LEFT JOIN pg_class ac ON ac.oid = at.typrelid LEFT JOIN pg_namespace an ON an.oid = ac.relnamespace ORDER BY u.o) AS arg_table_schemas,
  ARRAY(SELECT ac.relname::text FROM unnest(p.proargtypes) WITH ORDINALITY u(t, o) JOIN pg_type at ON at.oid = u.t
        LEFT JOIN pg_class ac ON ac.oid = at.typrelid ORDER BY u.o) AS arg_tables,
  p.pronargdefaults::int AS defaults, obj_description(p.oid, 'pg_proc') AS description
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_type rt ON rt.oid = p.prorettype
LEFT JOIN pg_class rc ON rc.oid = rt.typrelid AND rc.relkind IN ('r', 'v', 'm', 'f', 'p')
LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
WHERE n.nspname NOT IN ${SYSTEM_SCHEMAS} AND p.prokind = 'f'
ORDER BY n.nspname, p.proname, p.oid`;

export async function loadCatalog(db: Queryable): Promise<Catalog> {
  const [tables, cols, cons, fns] = await Promise.all([
    db.query(TABLES_SQL),
    db.query(COLUMNS_SQL),
    db.query(CONSTRAINTS_SQL),
    db.query(FUNCTIONS_SQL),
  ]);
  const result: Catalog = { tables: new Map(), functions: new Map() };
  for (const raw of tables.rows) {
    const t = tableRow.parse(raw);
    result.tables.set(tableKey(t.schema, t.table), {
      schema: t.schema,
      name: t.table,
      kind: t.kind,
      description: t.description,
      columns: [],
      primaryKey: null,
      uniques: [],
      foreignKeys: [],
    });
  }
  for (const raw of cols.rows) {
    const c = columnRow.parse(raw);
    result.tables.get(tableKey(c.schema, c.table))?.columns.push(c);
  }
  for (const raw of cons.rows) {
    const c = constraintRow.parse(raw);
    const t = result.tables.get(tableKey(c.schema, c.table));
    if (!t) continue;
    if (c.kind === 'p') t.primaryKey = c;
    else if (c.kind === 'u') t.uniques.push(c);
    else t.foreignKeys.push(c);
  }
  for (const raw of fns.rows) {
    const f = functionRow.parse(raw);
    const key = tableKey(f.schema, f.name);
    if (!result.functions.has(key)) result.functions.set(key, f);
  }
  return result;
}
