import { MetadataError, type RelationshipMetadata } from '../metadata';
import { tableKey, type Catalog } from '../catalog';
import type { Relationship, Table } from './types';
import type { TrackedTable } from './tables';

// A table's relationships from its metadata, one resolver per way Hasura lets them be defined: a manual column
// mapping, a foreign key on this table (object relationships), or a foreign key on the other table pointing here.

/** Where a relationship leads and how rows join, before the checks every kind shares. */
interface Resolved {
  target: Table;
  /** Pairs of [source column, target column]. */
  mapping: [string, string][];
  sourceHoldsKey: boolean;
}

interface Scope {
  table: Table;
  file: string;
  catalog: Catalog;
  tableByKey: Map<string, Table>;
}

const fail = (s: Scope, r: RelationshipMetadata, problem: string): never => {
  throw new MetadataError(s.file, `relationship "${r.name}": ${problem}`);
};

function tracked(s: Scope, r: RelationshipMetadata, schema: string, name: string): Table {
  return s.tableByKey.get(tableKey(schema, name)) ?? fail(s, r, `table "${schema}.${name}" is not tracked`);
}

/** `manual_configuration`: the mapping as given; an object relationship inserts its target first unless `after_parent`. */
function manualRelationship(s: Scope, kind: Relationship['kind'], r: RelationshipMetadata): Resolved {
  const m = (r.using as Extract<RelationshipMetadata['using'], { manual_configuration: unknown }>).manual_configuration;
  return {
    target: tracked(s, r, m.remote_table.schema, m.remote_table.name),
    mapping: Object.entries(m.column_mapping),
    sourceHoldsKey: kind === 'object' && m.insertion_order !== 'after_parent',
  };
}

/** `foreign_key_constraint_on: column(s)`: this table's foreign key over those columns. */
function ownForeignKey(s: Scope, r: RelationshipMetadata, cols: string[]): Resolved {
  const cat = s.catalog.tables.get(tableKey(s.table.schema, s.table.name))!;
  const fk =
    cat.foreignKeys.find((f) => f.columns.length === cols.length && f.columns.every((c, i) => c === cols[i])) ??
    fail(s, r, `no foreign key constraint on column(s) ${cols.join(', ')} of "${s.table.name}"`);
  return { target: tracked(s, r, fk.ref_schema!, fk.ref_table!), mapping: fk.columns.map((c, i) => [c, fk.ref_columns![i]]), sourceHoldsKey: true };
}

/** `foreign_key_constraint_on: {table, column(s)}`: the other table's foreign key that references this one. */
function remoteForeignKey(s: Scope, r: RelationshipMetadata, on: { table: { schema: string; name: string }; column?: string; columns?: string[] }): Resolved {
  const remote = tracked(s, r, on.table.schema, on.table.name);
  const cols = on.columns ?? (on.column ? [on.column] : []);
  const remoteCat = s.catalog.tables.get(tableKey(remote.schema, remote.name))!;
  const fk =
    remoteCat.foreignKeys.find(
      (f) => f.ref_schema === s.table.schema && f.ref_table === s.table.name && f.columns.length === cols.length && f.columns.every((c, i) => c === cols[i]),
    ) ?? fail(s, r, `no foreign key on "${remote.name}"(${cols.join(', ')}) references "${s.table.name}"`);
  return { target: remote, mapping: fk.ref_columns!.map((c, i) => [c, fk.columns[i]]), sourceHoldsKey: false };
}

function resolve(s: Scope, kind: Relationship['kind'], r: RelationshipMetadata): Resolved {
  if ('manual_configuration' in r.using) return manualRelationship(s, kind, r);
  const on = r.using.foreign_key_constraint_on;
  if (typeof on === 'string' || Array.isArray(on)) return ownForeignKey(s, r, typeof on === 'string' ? [on] : on);
  return remoteForeignKey(s, r, on);
}

/** One relationship of either kind, its columns checked on both sides. */
export function buildRelationship(s: Scope, kind: Relationship['kind'], r: RelationshipMetadata): Relationship {
  if (s.table.columnByName.has(r.name)) throw new MetadataError(s.file, `relationship "${r.name}" of table "${s.table.name}" clashes with a column`);
  const { target, mapping, sourceHoldsKey } = resolve(s, kind, r);
  for (const [source, t] of mapping) {
    if (!s.table.columnByName.has(source)) fail(s, r, `column "${source}" does not exist`);
    if (!target.columnByName.has(t)) fail(s, r, `column "${t}" does not exist in "${target.name}"`);
  }
  const viaForeignKey = !('manual_configuration' in r.using);
  return { name: r.name, kind, source: s.table, target, mapping, sourceHoldsKey, viaForeignKey, description: r.comment ?? null };
}

/** Sets a table's object and array relationships (they need every table built first). */
export function buildRelationships({ table, entry, file }: TrackedTable, catalog: Catalog, tableByKey: Map<string, Table>) {
  const scope: Scope = { table, file, catalog, tableByKey };
  const rels = new Map<string, Relationship>();
  for (const r of entry.object_relationships) rels.set(r.name, buildRelationship(scope, 'object', r));
  // A relationship defined twice keeps its last definition, as re-running create_*_relationship would.
  for (const r of entry.array_relationships) rels.set(r.name, buildRelationship(scope, 'array', r));
  table.relationships = [...rels.values()];
  table.relByName = rels;
}
