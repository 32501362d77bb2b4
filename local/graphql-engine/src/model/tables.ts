import { MetadataError, type Metadata, type TableMetadata } from '../metadata';
import { tableKey, type Catalog, type CatalogTable, type Queryable } from '../catalog';
import { quoteIdent } from '../sql/builder';
import { castType, GQL_NAME, scalarFor } from './scalars';
import type { Column, Table } from './types';

// The tables of the model: each tracked table with its columns and names (the first pass, before relationships
// and permissions, which need every table), then enum tables' values and the columns referencing them.

/** A table with the metadata entry it came from and that entry's file (for error messages). */
export interface TrackedTable {
  table: Table;
  entry: TableMetadata;
  file: string;
}

export function buildTables(metadata: Metadata, catalog: Catalog): { tables: Table[]; tableByKey: Map<string, Table>; tracked: TrackedTable[] } {
  const tableByKey = new Map<string, Table>();
  const tracked: TrackedTable[] = [];
  // A table tracked twice counts once, as its last entry says.
  const seen = new Map<string, number>();
  metadata.tables.forEach((entry, i) => seen.set(tableKey(entry.table.schema, entry.table.name), i));
  for (const [key, i] of seen) {
    const entry = metadata.tables[i];
    const file = metadata.tableFiles[i] ?? 'tables.yaml';
    const cat = catalog.tables.get(key);
    if (!cat) throw new MetadataError(file, `table "${key}" does not exist in the database`);
    const table = tableOf(entry, cat, buildColumns(entry, cat, file, key), file);
    tableByKey.set(key, table);
    tracked.push({ table, entry, file });
  }
  return { tables: tracked.map((t) => t.table), tableByKey, tracked };
}

/** The table's columns with their GraphQL names (custom_column_names, then column_config's custom_name). */
function buildColumns(entry: TableMetadata, cat: CatalogTable, file: string, key: string): Column[] {
  const config = entry.configuration;
  const customNames: Record<string, string> = { ...config.custom_column_names };
  for (const [col, c] of Object.entries(config.column_config)) if (c.custom_name) customNames[col] = c.custom_name;
  const columns: Column[] = cat.columns.map((c) => ({
    name: c.name,
    gqlName: customNames[c.name] ?? c.name,
    sqlType: castType(c.sql_type),
    typname: c.typtype === 'd' && c.base_typname ? c.base_typname : c.typname,
    category: c.typcategory,
    isArray: c.typcategory === 'A',
    nullable: c.nullable,
    hasDefault: c.has_default,
    generated: c.generated,
    description: c.description,
    scalar: scalarFor(c.typname, c.typcategory, c.elem_typname),
  }));
  for (const col of Object.keys(customNames)) {
    if (!columns.some((c) => c.name === col)) throw new MetadataError(file, `custom name given for unknown column "${col}" of table "${key}"`);
  }
  return columns;
}

/** The table itself, with empty relationship, computed-field and permission slots for the later passes. */
function tableOf(entry: TableMetadata, cat: CatalogTable, columns: Column[], file: string): Table {
  const config = entry.configuration;
  const gqlName = config.custom_name ?? (entry.table.schema === 'public' ? entry.table.name : `${entry.table.schema}_${entry.table.name}`);
  if (!GQL_NAME.test(gqlName)) throw new MetadataError(file, `table name "${gqlName}" is not a valid GraphQL name; set configuration.custom_name`);
  return {
    schema: entry.table.schema,
    name: entry.table.name,
    gqlName,
    description: cat.description,
    columns,
    columnByName: new Map(columns.map((c) => [c.name, c])),
    columnByGql: new Map(columns.map((c) => [c.gqlName, c])),
    primaryKey: cat.primaryKey?.columns ?? null,
    constraints: [...(cat.primaryKey ? [cat.primaryKey] : []), ...cat.uniques].map((c) => ({ name: c.name, columns: c.columns })),
    relationships: [],
    relByName: new Map(),
    computedFields: [],
    computedByName: new Map(),
    customRootFields: config.custom_root_fields,
    isEnum: entry.is_enum,
    enumValues: [],
    select: new Map(),
    insert: new Map(),
    update: new Map(),
    delete: new Map(),
  };
}

/** An enum table's rows become its GraphQL enum's values (rows that are not GraphQL names are left out). */
export async function loadEnumValues(tracked: TrackedTable[], db: Queryable) {
  for (const { table, file } of tracked) {
    if (!table.isEnum) continue;
    if (!table.primaryKey || table.primaryKey.length !== 1) throw new MetadataError(file, `enum table "${table.name}" must have a single-column primary key`);
    const valueCol = table.primaryKey[0];
    const commentCol = table.columns.find((c) => c.name !== valueCol)?.name;
    const res = await db.query(
      `SELECT ${quoteIdent(valueCol)}::text AS value, ${commentCol ? `${quoteIdent(commentCol)}::text` : 'NULL::text'} AS comment FROM ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`,
    );
    table.enumValues = (res.rows as { value: string; comment: string | null }[]).filter((r) => GQL_NAME.test(r.value));
  }
}

/** A column with a foreign key to an enum table is typed with that table's enum. */
export function linkEnumColumns(tracked: TrackedTable[], catalog: Catalog, tableByKey: Map<string, Table>) {
  for (const { table } of tracked) {
    const cat = catalog.tables.get(tableKey(table.schema, table.name))!;
    for (const fk of cat.foreignKeys) {
      const target = fk.ref_schema && fk.ref_table ? tableByKey.get(tableKey(fk.ref_schema, fk.ref_table)) : undefined;
      if (target?.isEnum && fk.columns.length === 1) {
        const col = table.columnByName.get(fk.columns[0]);
        if (col) {
          col.enumTable = target;
          col.scalar = `${target.gqlName}_enum`;
        }
      }
    }
  }
}
