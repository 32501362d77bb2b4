import { MetadataError, type Metadata, type TableMetadata } from '../metadata';
import { tableKey, type Catalog, type CatalogFunction, type Queryable } from '../catalog';
import { quoteIdent } from '../sql/builder';
import { parsePermissionBoolExp, parsePresetValue } from './permissions';
import type {
  BoolExp,
  Column,
  ComputedField,
  FnArg,
  FunctionInfo,
  Model,
  Relationship,
  SelectPerm,
  InsertPerm,
  UpdatePerm,
  DeletePerm,
  Table,
  TrackedFunction,
} from './types';

const GQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Hasura's GraphQL scalar for a PostgreSQL type. */
export function scalarFor(typname: string, category: string, elemTypname: string | null = null): string {
  if (category === 'A' && elemTypname) return `_${sanitize(elemTypname)}`;
  switch (typname) {
    case 'int4':
      return 'Int';
    case 'text':
    case 'varchar':
      return 'String';
    case 'bool':
      return 'Boolean';
    case 'float4':
      return 'Float';
    case 'int2':
      return 'smallint';
    case 'int8':
      return 'bigint';
    case 'float8':
      return 'float8';
    default:
      return sanitize(typname);
  }
}

/**
 * A type to cast bind parameters to. `character` and `bit` without a length mean length 1 in a cast, which
 * would truncate values; their unbounded spellings keep the value for the column's own length check.
 */
export function castType(sqlType: string): string {
  return sqlType.replace(/^character(?=\[\]|$)/, 'bpchar').replace(/^bit(?=\[\]|$)/, 'varbit');
}

const sanitize = (name: string) => name.replace(/[^_0-9A-Za-z]/g, '_').replace(/^([0-9])/, '_$1');

/** Types whose values Hasura sends as JSON strings with --stringify-numeric-types. */
export const STRINGIFIED_TYPES = new Set(['int8', 'numeric', 'float8', 'money']);

export interface BuildOptions {
  stringifyNumbers: boolean;
}

export async function buildModel(metadata: Metadata, catalog: Catalog, db: Queryable, options: BuildOptions): Promise<Model> {
  const tables: Table[] = [];
  const tableByKey = new Map<string, Table>();
  const fileOfTable = new Map<Table, string>();
  const entries: [Table, TableMetadata][] = [];

  // Pass 1: tables and columns.
  const seen = new Map<string, number>();
  metadata.tables.forEach((entry, i) => seen.set(tableKey(entry.table.schema, entry.table.name), i));
  for (const [key, i] of seen) {
    const entry = metadata.tables[i];
    const file = metadata.tableFiles[i] ?? 'tables.yaml';
    const cat = catalog.tables.get(key);
    if (!cat) throw new MetadataError(file, `table "${key}" does not exist in the database`);
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
    const gqlName = config.custom_name ?? (entry.table.schema === 'public' ? entry.table.name : `${entry.table.schema}_${entry.table.name}`);
    if (!GQL_NAME.test(gqlName)) throw new MetadataError(file, `table name "${gqlName}" is not a valid GraphQL name; set configuration.custom_name`);
    const table: Table = {
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
    tables.push(table);
    tableByKey.set(key, table);
    fileOfTable.set(table, file);
    entries.push([table, entry]);
  }

  // Enum tables: their rows become GraphQL enum values; referencing columns use the enum type.
  for (const [table] of entries) {
    if (!table.isEnum) continue;
    const file = fileOfTable.get(table)!;
    if (!table.primaryKey || table.primaryKey.length !== 1) throw new MetadataError(file, `enum table "${table.name}" must have a single-column primary key`);
    const valueCol = table.primaryKey[0];
    const commentCol = table.columns.find((c) => c.name !== valueCol)?.name;
    const res = await db.query(
      `SELECT ${quoteIdent(valueCol)}::text AS value, ${commentCol ? `${quoteIdent(commentCol)}::text` : 'NULL::text'} AS comment FROM ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`,
    );
    table.enumValues = (res.rows as { value: string; comment: string | null }[]).filter((r) => GQL_NAME.test(r.value));
  }
  for (const [table] of entries) {
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

  const functionInfo = (f: CatalogFunction): FunctionInfo => ({
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

  // Pass 2: relationships and computed fields (they need every table).
  for (const [table, entry] of entries) {
    const file = fileOfTable.get(table)!;
    const cat = catalog.tables.get(tableKey(table.schema, table.name))!;
    const rels = new Map<string, Relationship>();
    for (const [kind, list] of [
      ['object', entry.object_relationships],
      ['array', entry.array_relationships],
    ] as const) {
      for (const r of list) {
        if (table.columnByName.has(r.name)) throw new MetadataError(file, `relationship "${r.name}" of table "${table.name}" clashes with a column`);
        let target: Table | undefined;
        let mapping: [string, string][];
        let sourceHoldsKey: boolean;
        const viaForeignKey = !('manual_configuration' in r.using);
        if ('manual_configuration' in r.using) {
          const m = r.using.manual_configuration;
          target = tableByKey.get(tableKey(m.remote_table.schema, m.remote_table.name));
          if (!target) throw new MetadataError(file, `relationship "${r.name}": table "${m.remote_table.schema}.${m.remote_table.name}" is not tracked`);
          mapping = Object.entries(m.column_mapping);
          sourceHoldsKey = kind === 'object' && m.insertion_order !== 'after_parent';
        } else {
          const on = r.using.foreign_key_constraint_on;
          if (typeof on === 'string' || Array.isArray(on)) {
            const cols = typeof on === 'string' ? [on] : on;
            const fk = cat.foreignKeys.find((f) => f.columns.length === cols.length && f.columns.every((c, i) => c === cols[i]));
            if (!fk) throw new MetadataError(file, `relationship "${r.name}": no foreign key constraint on column(s) ${cols.join(', ')} of "${table.name}"`);
            target = tableByKey.get(tableKey(fk.ref_schema!, fk.ref_table!));
            if (!target) throw new MetadataError(file, `relationship "${r.name}": table "${fk.ref_schema}.${fk.ref_table}" is not tracked`);
            mapping = fk.columns.map((c, i) => [c, fk.ref_columns![i]]);
            sourceHoldsKey = true;
          } else {
            const remote = tableByKey.get(tableKey(on.table.schema, on.table.name));
            if (!remote) throw new MetadataError(file, `relationship "${r.name}": table "${on.table.schema}.${on.table.name}" is not tracked`);
            const cols = on.columns ?? (on.column ? [on.column] : []);
            const remoteCat = catalog.tables.get(tableKey(remote.schema, remote.name))!;
            const fk = remoteCat.foreignKeys.find(
              (f) =>
                f.ref_schema === table.schema &&
                f.ref_table === table.name &&
                f.columns.length === cols.length &&
                f.columns.every((c, i) => c === cols[i]),
            );
            if (!fk) throw new MetadataError(file, `relationship "${r.name}": no foreign key on "${remote.name}"(${cols.join(', ')}) references "${table.name}"`);
            target = remote;
            mapping = fk.ref_columns!.map((c, i) => [c, fk.columns[i]]);
            sourceHoldsKey = false;
          }
        }
        for (const [s, t] of mapping) {
          if (!table.columnByName.has(s)) throw new MetadataError(file, `relationship "${r.name}": column "${s}" does not exist`);
          if (!target.columnByName.has(t)) throw new MetadataError(file, `relationship "${r.name}": column "${t}" does not exist in "${target.name}"`);
        }
        // A relationship defined twice keeps its last definition, as re-running create_*_relationship would.
        rels.set(r.name, { name: r.name, kind, source: table, target, mapping, sourceHoldsKey, viaForeignKey, description: r.comment ?? null });
      }
    }
    table.relationships = [...rels.values()];
    table.relByName = rels;

    for (const cf of entry.computed_fields) {
      const f = catalog.functions.get(tableKey(cf.definition.function.schema, cf.definition.function.name));
      if (!f) throw new MetadataError(file, `computed field "${cf.name}": function "${cf.definition.function.name}" does not exist`);
      const fn = functionInfo(f);
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

  // Pass 3: permissions (boolean expressions may cross relationships and computed fields).
  const roles = new Set<string>();
  for (const [table, entry] of entries) {
    const file = fileOfTable.get(table)!;
    const allColumns = () => new Set(table.columns.map((c) => c.name));
    const columnSet = (cols: '*' | string[] | null | undefined, what: string) => {
      if (cols === '*' || cols == null) return allColumns();
      for (const c of cols) if (!table.columnByName.has(c)) throw new MetadataError(file, `${what}: column "${c}" does not exist`);
      return new Set(cols);
    };
    const presets = (set: Record<string, unknown>, what: string) =>
      Object.fromEntries(
        Object.entries(set).map(([c, v]) => {
          if (!table.columnByName.has(c)) throw new MetadataError(file, `${what}: preset column "${c}" does not exist`);
          return [c, parsePresetValue(v)];
        }),
      );
    const boolExp = (json: Record<string, unknown>, what: string) => {
      try {
        return parsePermissionBoolExp(table, json, tableByKey);
      } catch (e) {
        throw new MetadataError(file, `${what}: ${(e as Error).message}`);
      }
    };
    for (const p of entry.select_permissions) {
      const what = `select permission for role "${p.role}"`;
      for (const cf of p.permission.computed_fields)
        if (!table.computedByName.has(cf)) throw new MetadataError(file, `${what}: computed field "${cf}" does not exist`);
      const perm: SelectPerm = {
        columns: columnSet(p.permission.columns, what),
        computedFields: new Set(p.permission.computed_fields),
        filter: boolExp(p.permission.filter, what),
        limit: p.permission.limit ?? null,
        allowAggregations: p.permission.allow_aggregations,
      };
      table.select.set(p.role, perm);
      roles.add(p.role);
    }
    for (const p of entry.insert_permissions) {
      const what = `insert permission for role "${p.role}"`;
      const perm: InsertPerm = {
        columns: columnSet(p.permission.columns, what),
        check: boolExp(p.permission.check, what),
        set: presets(p.permission.set, what),
        backendOnly: p.permission.backend_only,
      };
      table.insert.set(p.role, perm);
      roles.add(p.role);
    }
    for (const p of entry.update_permissions) {
      const what = `update permission for role "${p.role}"`;
      const perm: UpdatePerm = {
        columns: columnSet(p.permission.columns, what),
        filter: boolExp(p.permission.filter, what),
        check: p.permission.check ? boolExp(p.permission.check, what) : null,
        set: presets(p.permission.set, what),
        backendOnly: p.permission.backend_only,
      };
      table.update.set(p.role, perm);
      roles.add(p.role);
    }
    for (const p of entry.delete_permissions) {
      const what = `delete permission for role "${p.role}"`;
      const perm: DeletePerm = { filter: boolExp(p.permission.filter, what), backendOnly: p.permission.backend_only };
      table.delete.set(p.role, perm);
      roles.add(p.role);
    }
  }

  // Inherited roles may build on other inherited roles: resolve each once all its parents are resolved.
  const pending = [...metadata.inheritedRoles];
  const resolved = new Set(roles);
  while (pending.length) {
    const i = pending.findIndex((ir) => ir.role_set.every((r) => resolved.has(r) || !pending.some((p) => p.role_name === r)));
    if (i < 0) throw new MetadataError('inherited_roles.yaml', `inherited roles form a cycle: ${pending.map((p) => p.role_name).join(', ')}`);
    const [ir] = pending.splice(i, 1);
    inheritRole(tables, ir.role_name, ir.role_set);
    roles.add(ir.role_name);
    resolved.add(ir.role_name);
  }

  const functions: TrackedFunction[] = [];
  metadata.functions.forEach((entry, i) => {
    const file = metadata.functionFiles[i] ?? 'functions.yaml';
    const f = catalog.functions.get(tableKey(entry.function.schema, entry.function.name));
    if (!f) throw new MetadataError(file, `function "${entry.function.schema}.${entry.function.name}" does not exist`);
    const fn = functionInfo(f);
    if (!fn.returnsSet || !fn.returnTable)
      throw new MetadataError(file, `function "${fn.name}" must return SETOF a tracked table to be tracked`);
    const sessionName = entry.configuration.session_argument;
    const sessionArgIndex = sessionName ? fn.args.findIndex((a) => a.name === sessionName) : -1;
    if (sessionName && sessionArgIndex < 0) throw new MetadataError(file, `session argument "${sessionName}" is not an argument of "${fn.name}"`);
    const gqlName = entry.configuration.custom_name ?? (fn.schema === 'public' ? fn.name : `${fn.schema}_${fn.name}`);
    functions.push({
      fn,
      gqlName: entry.configuration.custom_root_fields.function ?? gqlName,
      aggregateName: entry.configuration.custom_root_fields.function_aggregate ?? `${gqlName}_aggregate`,
      table: fn.returnTable,
      sessionArgIndex: sessionArgIndex < 0 ? null : sessionArgIndex,
      inputArgs: fn.args.filter((a) => a.index !== sessionArgIndex),
      exposedAs: entry.configuration.exposed_as ?? (fn.volatility === 'v' ? 'mutation' : 'query'),
    });
  });

  return { tables, tableByKey, functions, roles: [...roles].sort(), stringifyNumbers: options.stringifyNumbers };
}

/**
 * An inherited role sees what any of its roles sees: columns are the union and rows pass when any role's
 * filter passes. Mutations are inherited only where every role in the set has the same permission.
 */
function inheritRole(tables: Table[], role: string, roleSet: string[]) {
  for (const t of tables) {
    // A permission defined for the inherited role itself overrides what it would inherit.
    if (!t.select.has(role)) {
      const perms = roleSet.map((r) => t.select.get(r)).filter((p): p is SelectPerm => Boolean(p));
      if (perms.length) {
        const limits = perms.map((p) => p.limit);
        const anyOf = (ps: SelectPerm[]): BoolExp => (ps.length === 1 ? ps[0].filter : { kind: 'or', items: ps.map((p) => p.filter) });
        const cellFilters = new Map<string, BoolExp>();
        const columns = new Set(perms.flatMap((p) => [...p.columns]));
        const computed = new Set(perms.flatMap((p) => [...p.computedFields]));
        for (const c of columns) {
          const granting = perms.filter((p) => p.columns.has(c));
          if (granting.length < perms.length) cellFilters.set(c, anyOf(granting));
        }
        for (const c of computed) {
          const granting = perms.filter((p) => p.computedFields.has(c));
          if (granting.length < perms.length) cellFilters.set(c, anyOf(granting));
        }
        t.select.set(role, {
          columns,
          computedFields: computed,
          filter: anyOf(perms),
          limit: limits.includes(null) ? null : Math.max(...(limits as number[])),
          allowAggregations: perms.some((p) => p.allowAggregations),
          cellFilters: cellFilters.size ? cellFilters : undefined,
        });
      }
    }
    for (const kind of ['insert', 'update', 'delete'] as const) {
      const map = t[kind] as Map<string, unknown>;
      if (map.has(role)) continue;
      const list = roleSet.map((r) => map.get(r));
      if (list[0] && list.every((p) => p === list[0])) map.set(role, list[0]);
    }
  }
}
