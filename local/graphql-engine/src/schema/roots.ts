import { GraphQLInputObjectType, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap } from 'graphql';
import type { Table, TrackedFunction } from '../model/types';
import { list, nn } from './common';
import type { RoleTypes } from './context';

// The root fields, one builder per kind: each gives the fields one table (or tracked function) adds to
// query_root or mutation_root for the role, under Hasura's names (custom_root_fields where set).

type FieldMap = GraphQLFieldConfigMap<unknown, unknown>;

/** `<table>`, `<table>_by_pk` (when the role sees the key) and `<table>_aggregate` (allow_aggregations). */
export function selectRootFields(types: RoleTypes, t: Table): FieldMap {
  const { sel, selectArgs, objectType, aggregateType, pkArgs } = types;
  const crf = t.customRootFields;
  const p = sel(t);
  if (!p) return {};
  const fields: FieldMap = {};
  fields[crf.select ?? t.gqlName] = {
    type: nn(list(nn(objectType(t)))),
    description: `fetch data from the table: "${t.name}"`,
    args: selectArgs(t),
    extensions: { hasura: { kind: 'select', table: t } },
  };
  const pk = pkArgs(t);
  if (pk)
    fields[crf.select_by_pk ?? `${t.gqlName}_by_pk`] = {
      type: objectType(t),
      description: `fetch data from the table: "${t.name}" using primary key columns`,
      args: pk,
      extensions: { hasura: { kind: 'select_by_pk', table: t } },
    };
  if (p.allowAggregations)
    fields[crf.select_aggregate ?? `${t.gqlName}_aggregate`] = {
      type: nn(aggregateType(t)),
      description: `fetch aggregated fields from the table: "${t.name}"`,
      args: selectArgs(t),
      extensions: { hasura: { kind: 'select_aggregate', table: t } },
    };
  return fields;
}

/** `insert_<table>` and, when the role may also select, `insert_<table>_one`. */
export function insertRootFields(types: RoleTypes, t: Table): FieldMap {
  const { sel, access, objectType, canUpsert, onConflictType, mutationResponse, insertInput } = types;
  const crf = t.customRootFields;
  const p = sel(t);
  if (!access.insert(t)) return {};
  const fields: FieldMap = {};
  const conflict: GraphQLFieldConfigArgumentMap = canUpsert(t) ? { on_conflict: { type: onConflictType(t), description: 'upsert condition' } } : {};
  fields[crf.insert ?? `insert_${t.gqlName}`] = {
    type: mutationResponse(t),
    description: `insert data into the table: "${t.name}"`,
    args: { objects: { type: nn(list(nn(insertInput(t)))), description: 'the rows to be inserted' }, ...conflict },
    extensions: { hasura: { kind: 'insert', table: t } },
  };
  if (p)
    fields[crf.insert_one ?? `insert_${t.gqlName}_one`] = {
      type: objectType(t),
      description: `insert a single row into the table: "${t.name}"`,
      args: { object: { type: nn(insertInput(t)), description: 'the row to be inserted' }, ...conflict },
      extensions: { hasura: { kind: 'insert_one', table: t } },
    };
  return fields;
}

/** `update_<table>`, `update_<table>_many` and `update_<table>_by_pk`. */
export function updateRootFields(types: RoleTypes, t: Table): FieldMap {
  const { access, objectType, pkArgs, mutationResponse, updateArgs, boolExp } = types;
  const crf = t.customRootFields;
  if (!access.update(t)) return {};
  const fields: FieldMap = {};
  const args = updateArgs(t);
  fields[crf.update ?? `update_${t.gqlName}`] = {
    type: mutationResponse(t),
    description: `update data of the table: "${t.name}"`,
    args: { ...args, where: { type: nn(boolExp(t)), description: 'filter the rows which have to be updated' } },
    extensions: { hasura: { kind: 'update', table: t } },
  };
  fields[`update_${t.gqlName}_many`] = {
    type: list(mutationResponse(t)),
    description: `update multiples rows of table: "${t.name}"`,
    args: { updates: { type: nn(list(nn(updatesInput(types, t, args)))), description: 'updates to execute, in order' } },
    extensions: { hasura: { kind: 'update_many', table: t } },
  };
  const pk = pkArgs(t);
  if (pk)
    fields[crf.update_by_pk ?? `update_${t.gqlName}_by_pk`] = {
      type: objectType(t),
      description: `update single row of the table: "${t.name}"`,
      args: { ...args, pk_columns: { type: nn(pkColumnsInput(types, t, pk)) } },
      extensions: { hasura: { kind: 'update_by_pk', table: t } },
    };
  return fields;
}

/** `<table>_updates`: one entry of `update_<table>_many`, the update operators and its own `where`. */
function updatesInput(types: RoleTypes, t: Table, args: GraphQLFieldConfigArgumentMap): GraphQLInputObjectType {
  const fields = () => ({
    ...Object.fromEntries(Object.entries(args).map(([k, v]) => [k, { type: v.type, description: v.description }])),
    where: { type: nn(types.boolExp(t)), description: 'filter the rows which have to be updated' },
  });
  return types.memo(`${t.gqlName}_updates`, () => new GraphQLInputObjectType({ name: `${t.gqlName}_updates`, fields }));
}

function pkColumnsInput(types: RoleTypes, t: Table, pk: GraphQLFieldConfigArgumentMap): GraphQLInputObjectType {
  const name = `${t.gqlName}_pk_columns_input`;
  const fields = Object.fromEntries(Object.entries(pk).map(([k, v]) => [k, { type: v.type }]));
  return types.memo(name, () => new GraphQLInputObjectType({ name, description: `primary key columns input for table: ${t.name}`, fields }));
}

/** `delete_<table>` and `delete_<table>_by_pk`. */
export function deleteRootFields(types: RoleTypes, t: Table): FieldMap {
  const { access, objectType, pkArgs, mutationResponse, boolExp } = types;
  const crf = t.customRootFields;
  if (!access.delete(t)) return {};
  const fields: FieldMap = {};
  fields[crf.delete ?? `delete_${t.gqlName}`] = {
    type: mutationResponse(t),
    description: `delete data from the table: "${t.name}"`,
    args: { where: { type: nn(boolExp(t)), description: 'filter the rows which have to be deleted' } },
    extensions: { hasura: { kind: 'delete', table: t } },
  };
  const pk = pkArgs(t);
  if (pk)
    fields[crf.delete_by_pk ?? `delete_${t.gqlName}_by_pk`] = {
      type: objectType(t),
      description: `delete single row from the table: "${t.name}"`,
      args: pk,
      extensions: { hasura: { kind: 'delete_by_pk', table: t } },
    };
  return fields;
}

/** A tracked function: its field and (queries only, with allow_aggregations) `<function>_aggregate`. */
export function functionRootFields(types: RoleTypes, fn: TrackedFunction): FieldMap {
  const { sel, selectArgs, fnArgsArg, objectType, aggregateType } = types;
  const fields: FieldMap = {};
  const p = sel(fn.table);
  if (!p) return {};
  const args = { ...fnArgsArg(fn.gqlName, fn.inputArgs), ...selectArgs(fn.table) };
  fields[fn.gqlName] = {
    type: nn(list(nn(objectType(fn.table)))),
    description: `execute function "${fn.fn.name}" which returns "${fn.table.name}"`,
    args,
    extensions: { hasura: { kind: 'function', fn } },
  };
  if (p.allowAggregations && fn.exposedAs === 'query')
    fields[fn.aggregateName] = {
      type: nn(aggregateType(fn.table)),
      description: `execute function "${fn.fn.name}" and query aggregates on result of table type "${fn.table.name}"`,
      args,
      extensions: { hasura: { kind: 'function_aggregate', fn } },
    };
  return fields;
}
