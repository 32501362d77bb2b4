import type { Metadata } from '../metadata';
import type { Catalog, Queryable } from '../catalog';
import type { Model } from './types';
import { buildTables, linkEnumColumns, loadEnumValues } from './tables';
import { buildRelationships } from './relationships';
import { buildComputedFields, buildTrackedFunctions } from './functions';
import { buildPermissions, resolveInheritedRoles } from './role-permissions';

// The model: metadata joined with the PostgreSQL catalog, in passes, each its own module: tables and columns;
// enum values; relationships and computed fields (they need every table); permissions (their boolean expressions
// may cross relationships and computed fields); inherited roles; tracked functions.

export { castType, scalarFor, STRINGIFIED_TYPES } from './scalars';

export interface BuildOptions {
  stringifyNumbers: boolean;
}

export async function buildModel(metadata: Metadata, catalog: Catalog, db: Queryable, options: BuildOptions): Promise<Model> {
  const { tables, tableByKey, tracked } = buildTables(metadata, catalog);
  await loadEnumValues(tracked, db);
  linkEnumColumns(tracked, catalog, tableByKey);
  for (const t of tracked) {
    buildRelationships(t, catalog, tableByKey);
    buildComputedFields(t, catalog, tableByKey);
  }
  const roles = new Set<string>();
  for (const t of tracked) for (const role of buildPermissions(t, tableByKey)) roles.add(role);
  resolveInheritedRoles(tables, metadata.inheritedRoles, roles);
  const functions = buildTrackedFunctions(metadata, catalog, tableByKey);
  return { tables, tableByKey, functions, roles: [...roles].sort(), stringifyNumbers: options.stringifyNumbers };
}
