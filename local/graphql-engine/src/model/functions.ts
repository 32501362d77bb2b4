import { MetadataError, type Metadata } from '../metadata';
import { tableKey, type Catalog, type CatalogFunction } from '../catalog';
import { castType, scalarFor } from './scalars';
import type { ComputedField, FnArg, FunctionInfo, Table, TrackedFunction } from './types';
import type { TrackedTable } from './tables';

// PostgreSQL functions as the engine uses them: a table's computed fields and the tracked functions (root fields).

/** A catalog function with its arguments typed for casts; a SETOF result of a tracked table points at it. */
export const functionInfo = (f: CatalogFunction, tableByKey: Map<string, Table>): FunctionInfo => ({
  schema: f.schema,
  name: f.name,
  args: f.arg_sql_types.map(
    (sqlType, i): FnArg => ({
      name: f.arg_names?.[i] || `arg_${i + 1}`,
      named: Boolean(f.arg_names?.[i]),
      sqlType: castType(sqlType),
      typname: f.arg_typnames[i],
      category: f.arg_typcategories[i],
      hasDefault: i >= f.arg_sql_types.length - f.defaults,
      index: i,
    }),
  ),
  returnsSet: f.returns_set,
  returnSqlType: f.ret_sql_type,
  returnTypname: f.ret_typname,
  returnCategory: f.ret_typcategory,
  returnTable: f.ret_table_schema && f.ret_table ? (tableByKey.get(tableKey(f.ret_table_schema, f.ret_table)) ?? null) : null,
  volatility: f.volatility,
  description: f.description,
});

/** A table's computed fields: the function takes its row (table_argument, else the first) and maybe the session. */
export function buildComputedFields({ table, entry, file }: TrackedTable, catalog: Catalog, tableByKey: Map<string, Table>) {
  for (const cf of entry.computed_fields) {
    const f = catalog.functions.get(tableKey(cf.definition.function.schema, cf.definition.function.name));
    if (!f) throw new MetadataError(file, `computed field "${cf.name}": function "${cf.definition.function.name}" does not exist`);
    const fn = functionInfo(f, tableByKey);
    const tableArgIndex = cf.definition.table_argument ? fn.args.findIndex((a) => a.name === cf.definition.table_argument) : 0;
    if (tableArgIndex < 0 || f.arg_tables[tableArgIndex] !== table.name)
      throw new MetadataError(file, `computed field "${cf.name}": function "${fn.name}" must take a row of "${table.name}" as its table argument`);
    const sessionArgIndex = cf.definition.session_argument ? fn.args.findIndex((a) => a.name === cf.definition.session_argument) : -1;
    if (cf.definition.session_argument && sessionArgIndex < 0)
      throw new MetadataError(file, `computed field "${cf.name}": session argument "${cf.definition.session_argument}" is not an argument of "${fn.name}"`);
    if (fn.returnsSet && !fn.returnTable) throw new MetadataError(file, `computed field "${cf.name}": function must return a scalar or SETOF a tracked table`);
    const field: ComputedField = {
      name: cf.name,
      fn,
      tableArgIndex,
      sessionArgIndex: sessionArgIndex < 0 ? null : sessionArgIndex,
      inputArgs: fn.args.filter((a) => a.index !== tableArgIndex && a.index !== sessionArgIndex),
      scalar: fn.returnTable ? null : scalarFor(fn.returnTypname, fn.returnCategory),
      description: cf.comment ?? fn.description,
    };
    table.computedFields.push(field);
    table.computedByName.set(cf.name, field);
  }
}

/** The tracked functions: each must return SETOF a tracked table; volatile ones are mutations unless exposed_as says. */
export function buildTrackedFunctions(metadata: Metadata, catalog: Catalog, tableByKey: Map<string, Table>): TrackedFunction[] {
  return metadata.functions.map((entry, i): TrackedFunction => {
    const file = metadata.functionFiles[i] ?? 'functions.yaml';
    const f = catalog.functions.get(tableKey(entry.function.schema, entry.function.name));
    if (!f) throw new MetadataError(file, `function "${entry.function.schema}.${entry.function.name}" does not exist`);
    const fn = functionInfo(f, tableByKey);
    if (!fn.returnsSet || !fn.returnTable)
      throw new MetadataError(file, `function "${fn.name}" must return SETOF a tracked table to be tracked`);
    const sessionName = entry.configuration.session_argument;
    const sessionArgIndex = sessionName ? fn.args.findIndex((a) => a.name === sessionName) : -1;
    if (sessionName && sessionArgIndex < 0) throw new MetadataError(file, `session argument "${sessionName}" is not an argument of "${fn.name}"`);
    const gqlName = entry.configuration.custom_name ?? (fn.schema === 'public' ? fn.name : `${fn.schema}_${fn.name}`);
    return {
      fn,
      gqlName: entry.configuration.custom_root_fields.function ?? gqlName,
      aggregateName: entry.configuration.custom_root_fields.function_aggregate ?? `${gqlName}_aggregate`,
      table: fn.returnTable,
      sessionArgIndex: sessionArgIndex < 0 ? null : sessionArgIndex,
      inputArgs: fn.args.filter((a) => a.index !== sessionArgIndex),
      exposedAs: entry.configuration.exposed_as ?? (fn.volatility === 'v' ? 'mutation' : 'query'),
    };
  });
}
