import { GraphQLInputObjectType, type GraphQLFieldConfig, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap, type GraphQLOutputType } from 'graphql';
import type { Table, TrackedFunction } from '../model/types';
import { list, nn, type FieldMeaning } from './common';
import type { RoleTypes } from './context';

// The root fields, one builder per kind: each gives the fields one table (or tracked function) adds to
// query_root or mutation_root for the role, under Hasura's names (custom_root_fields where set).

type FieldMap = GraphQLFieldConfigMap<unknown, unknown>;

/** A root field: its type, Hasura's description, its arguments, and what it means to the request parser. */
function rootField(type: GraphQLOutputType, description: string, args: GraphQLFieldConfigArgumentMap, meaning: FieldMeaning): GraphQLFieldConfig<unknown, unknown> {
  return { type, description, args, extensions: { hasura: meaning } };
}

/** `<table>`, `<table>_by_pk` (when the role sees the key) and `<table>_aggregate` (allow_aggregations). */
export function selectRootFields(types: RoleTypes, t: Table): FieldMap {
  const { sel, selectArgs, objectType, aggregateType, pkArgs } = types;
  const crf = t.customRootFields;
  const p = sel(t);
  if (!p) return {};
  const fields: FieldMap = {};
  fields[crf.select ?? t.gqlName] = rootField(nn(list(nn(objectType(t)))), `fetch data from the table: "${t.name}"`, selectArgs(t), { kind: 'select', table: t });
  const pk = pkArgs(t);
  if (pk)
    fields[crf.select_by_pk ?? `${t.gqlName}_by_pk`] = rootField(objectType(t), `fetch data from the table: "${t.name}" using primary key columns`, pk, { kind: 'select_by_pk', table: t });
  if (p.allowAggregations)
    fields[crf.select_aggregate ?? `${t.gqlName}_aggregate`] = rootField(nn(aggregateType(t)), `fetch aggregated fields from the table: "${t.name}"`, selectArgs(t), { kind: 'select_aggregate', table: t });
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
  const objects = { objects: { type: nn(list(nn(insertInput(t)))), description: 'the rows to be inserted' }, ...conflict };
  fields[crf.insert ?? `insert_${t.gqlName}`] = rootField(mutationResponse(t), `insert data into the table: "${t.name}"`, objects, { kind: 'insert', table: t });
  const object = { object: { type: nn(insertInput(t)), description: 'the row to be inserted' }, ...conflict };
  if (p) fields[crf.insert_one ?? `insert_${t.gqlName}_one`] = rootField(objectType(t), `insert a single row into the table: "${t.name}"`, object, { kind: 'insert_one', table: t });
  return fields;
}

/** `update_<table>`, `update_<table>_many` and `update_<table>_by_pk`. */
export function updateRootFields(types: RoleTypes, t: Table): FieldMap {
  const { access, objectType, pkArgs, mutationResponse, updateArgs, boolExp } = types;
  const crf = t.customRootFields;
  if (!access.update(t)) return {};
  const fields: FieldMap = {};
  const args = updateArgs(t);
  const where = { where: { type: nn(boolExp(t)), description: 'filter the rows which have to be updated' } };
  fields[crf.update ?? `update_${t.gqlName}`] = rootField(mutationResponse(t), `update data of the table: "${t.name}"`, { ...args, ...where }, { kind: 'update', table: t });
  const updates = { updates: { type: nn(list(nn(updatesInput(types, t, args)))), description: 'updates to execute, in order' } };
  fields[`update_${t.gqlName}_many`] = rootField(list(mutationResponse(t)), `update multiples rows of table: "${t.name}"`, updates, { kind: 'update_many', table: t });
  const pk = pkArgs(t);
  if (pk) {
    const byPk = { ...args, pk_columns: { type: nn(pkColumnsInput(types, t, pk)) } };
    fields[crf.update_by_pk ?? `update_${t.gqlName}_by_pk`] = rootField(objectType(t), `update single row of the table: "${t.name}"`, byPk, { kind: 'update_by_pk', table: t });
  }
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
  const where = { where: { type: nn(boolExp(t)), description: 'filter the rows which have to be deleted' } };
  fields[crf.delete ?? `delete_${t.gqlName}`] = rootField(mutationResponse(t), `delete data from the table: "${t.name}"`, where, { kind: 'delete', table: t });
  const pk = pkArgs(t);
  if (pk)
    fields[crf.delete_by_pk ?? `delete_${t.gqlName}_by_pk`] = rootField(objectType(t), `delete single row from the table: "${t.name}"`, pk, { kind: 'delete_by_pk', table: t });
  return fields;
}

/** A tracked function: its field and (queries only, with allow_aggregations) `<function>_aggregate`. */
export function functionRootFields(types: RoleTypes, fn: TrackedFunction): FieldMap {
  const { sel, selectArgs, fnArgsArg, objectType, aggregateType } = types;
  const fields: FieldMap = {};
  const p = sel(fn.table);
  if (!p) return {};
  const args = { ...fnArgsArg(fn.gqlName, fn.inputArgs), ...selectArgs(fn.table) };
  fields[fn.gqlName] = rootField(nn(list(nn(objectType(fn.table)))), `execute function "${fn.fn.name}" which returns "${fn.table.name}"`, args, { kind: 'function', fn });
  if (p.allowAggregations && fn.exposedAs === 'query')
    fields[fn.aggregateName] = rootField(nn(aggregateType(fn.table)), `execute function "${fn.fn.name}" and query aggregates on result of table type "${fn.table.name}"`, args, { kind: 'function_aggregate', fn });
  return fields;
}
