import { GraphQLEnumType, GraphQLInputObjectType, GraphQLInt, GraphQLObjectType, GraphQLString, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { Column, InsertPerm, Table, UpdatePerm } from '../model/types';
import { nn, list, isNumeric, isJsonb, sortKeys, columnEnumValues } from './common';
import type { OutputTypes } from './context';

// Mutation inputs and responses: insert input (with nested relationships), on_conflict, update operators, primary keys.

/** The input and response types of inserts, updates and deletes, and the primary-key arguments. */
export function mutationTypes(c: OutputTypes) {
  return {
    constraintEnum: (t: Table) => constraintEnum(c, t),
    updatableColumns: (t: Table) => permittedColumns(t, c.access.update(t)),
    updateColumnEnum: (t: Table) => updateColumnEnum(c, t),
    canUpsert: (t: Table) => canUpsert(c, t),
    onConflictType: (t: Table) => onConflictType(c, t),
    insertableColumns: (t: Table) => permittedColumns(t, c.access.insert(t)),
    insertInput: (t: Table) => insertInput(c, t),
    mutationResponse: (t: Table) => mutationResponse(c, t),
    updateArgs: (t: Table) => updateArgs(c, t),
    pkArgs: (t: Table) => pkArgs(c, t),
  };
}

/** The columns a mutation permission lets the role write: listed, not preset, not generated. */
function permittedColumns(t: Table, p: InsertPerm | UpdatePerm | null): Column[] {
  if (!p) return [];
  return t.columns.filter((c) => p.columns.has(c.name) && !(c.name in p.set) && !c.generated);
}

function constraintEnum(c: OutputTypes, t: Table): GraphQLEnumType {
  const value = (name: string, columns: string[]) => ({ value: name, description: `unique or primary key constraint on columns ${columns.map((x) => `"${x}"`).join(', ')}` });
  return c.memo(
    `${t.gqlName}_constraint`,
    () =>
      new GraphQLEnumType({
        name: `${t.gqlName}_constraint`,
        description: `unique or primary key constraints on table "${t.name}"`,
        values: Object.fromEntries(t.constraints.map((k) => [k.name, value(k.name, k.columns)])),
      }),
  );
}

function updateColumnEnum(c: OutputTypes, t: Table): GraphQLEnumType {
  const name = `${t.gqlName}_update_column`;
  return c.memo(name, () => new GraphQLEnumType({ name, description: `update columns of table "${t.name}"`, values: columnEnumValues(permittedColumns(t, c.access.update(t))) }));
}

const canUpsert = (c: OutputTypes, t: Table) => t.constraints.length > 0 && Boolean(c.access.update(t));

function onConflictType(c: OutputTypes, t: Table): GraphQLInputObjectType {
  const fields = (): GraphQLInputFieldConfigMap => ({
    constraint: { type: nn(constraintEnum(c, t)) },
    update_columns: { type: nn(list(nn(updateColumnEnum(c, t)))), defaultValue: [] },
    ...(c.sel(t) ? { where: { type: c.boolExp(t) } } : {}),
  });
  const name = `${t.gqlName}_on_conflict`;
  return c.memo(name, () => new GraphQLInputObjectType({ name, description: `on_conflict condition type for table "${t.name}"`, fields }));
}

function insertInput(c: OutputTypes, t: Table): GraphQLInputObjectType {
  const name = `${t.gqlName}_insert_input`;
  return c.memo(name, () => new GraphQLInputObjectType({ name, description: `input type for inserting data into table "${t.name}"`, fields: () => insertFields(c, t) }));
}

/** The columns the role may insert, and a nested insert per relationship whose target it may insert into. */
function insertFields(c: OutputTypes, t: Table): GraphQLInputFieldConfigMap {
  const f: GraphQLInputFieldConfigMap = {};
  for (const col of permittedColumns(t, c.access.insert(t))) f[col.gqlName] = { type: c.columnType(col) };
  for (const r of t.relationships) {
    if (!c.access.insert(r.target)) continue;
    f[r.name] = { type: relInsertInput(c, r.target, r.kind === 'object' ? 'obj' : 'arr') };
  }
  if (!Object.keys(f).length) f._PLACEHOLDER = { type: GraphQLString };
  return sortKeys(f);
}

function relInsertInput(c: OutputTypes, t: Table, kind: 'obj' | 'arr'): GraphQLInputObjectType {
  const fields = (): GraphQLInputFieldConfigMap => ({
    data: { type: kind === 'obj' ? nn(insertInput(c, t)) : nn(list(nn(insertInput(c, t)))) },
    ...(canUpsert(c, t) ? { on_conflict: { type: onConflictType(c, t), description: 'upsert condition' } } : {}),
  });
  const name = `${t.gqlName}_${kind}_rel_insert_input`;
  const description = `input type for inserting ${kind === 'obj' ? 'object' : 'array'} relation for remote table "${t.name}"`;
  return c.memo(name, () => new GraphQLInputObjectType({ name, description, fields }));
}

function mutationResponse(c: OutputTypes, t: Table): GraphQLObjectType {
  const fields = (): GraphQLFieldConfigMap<unknown, unknown> => ({
    affected_rows: { type: nn(GraphQLInt), description: 'number of rows affected by the mutation', extensions: { hasura: { kind: 'affected_rows' } } },
    ...(c.sel(t)
      ? { returning: { type: nn(list(nn(c.objectType(t)))), description: 'data from the rows affected by the mutation', extensions: { hasura: { kind: 'returning' } } } }
      : {}),
  });
  const name = `${t.gqlName}_mutation_response`;
  return c.memo(name, () => new GraphQLObjectType({ name, description: `response of any mutation on the table "${t.name}"`, fields }));
}

/** One update operator: its argument, the input type's suffix and description, and the columns and type it takes. */
interface UpdateOperator {
  arg: string;
  suffix: string;
  columns: (updatable: Column[]) => Column[];
  type: (c: OutputTypes, col: Column) => GraphQLInputType;
  inputDescription: (t: Table) => string;
  argDescription: string;
}

const jsonbOperator = (arg: string, suffix: string, description: string, type: UpdateOperator['type']): UpdateOperator => ({
  arg,
  suffix,
  columns: (cols) => cols.filter(isJsonb),
  type,
  inputDescription: () => description,
  argDescription: description,
});

const asColumn: UpdateOperator['type'] = (c, col) => c.columnType(col);

// Hasura's update operators, in its order, with its descriptions.
const UPDATE_OPERATORS: UpdateOperator[] = [
  jsonbOperator('_append', 'append_input', 'append existing jsonb value of filtered columns with new jsonb value', asColumn),
  jsonbOperator('_delete_at_path', 'delete_at_path_input', 'delete the field or element with specified path (for JSON arrays, negative integers count from the end)', () => list(nn(GraphQLString))),
  jsonbOperator(
    '_delete_elem',
    'delete_elem_input',
    'delete the array element with specified index (negative integers count from the end). throws an error if top level container is not an array',
    () => GraphQLInt,
  ),
  jsonbOperator('_delete_key', 'delete_key_input', 'delete key/value pair or string element. key/value pairs are matched based on their key value', () => GraphQLString),
  {
    arg: '_inc',
    suffix: 'inc_input',
    columns: (cols) => cols.filter(isNumeric),
    type: asColumn,
    inputDescription: () => 'input type for incrementing numeric columns in table',
    argDescription: 'increments the numeric columns with given value of the filtered values',
  },
  jsonbOperator('_prepend', 'prepend_input', 'prepend existing jsonb value of filtered columns with new jsonb value', asColumn),
  {
    arg: '_set',
    suffix: 'set_input',
    columns: (cols) => cols,
    type: asColumn,
    inputDescription: (t) => `input type for updating data in table "${t.name}"`,
    argDescription: 'sets the columns of the filtered rows to the given values',
  },
];

/** The update operators the role can use on the table: each one with at least one column it applies to. */
function updateArgs(c: OutputTypes, t: Table): GraphQLFieldConfigArgumentMap {
  const updatable = permittedColumns(t, c.access.update(t));
  const args: GraphQLFieldConfigArgumentMap = {};
  for (const op of UPDATE_OPERATORS) {
    const cols = op.columns(updatable);
    if (!cols.length) continue;
    const name = `${t.gqlName}_${op.suffix}`;
    const fields = Object.fromEntries(cols.map((col) => [col.gqlName, { type: op.type(c, col) }]));
    args[op.arg] = { type: c.memo(name, () => new GraphQLInputObjectType({ name, description: op.inputDescription(t), fields })), description: op.argDescription };
  }
  return args;
}

/** The primary-key arguments of `_by_pk` fields, when the role may select every key column. */
function pkArgs(c: OutputTypes, t: Table): GraphQLFieldConfigArgumentMap | null {
  if (!t.primaryKey) return null;
  const p = c.sel(t);
  if (!p || !t.primaryKey.every((k) => p.columns.has(k))) return null;
  return Object.fromEntries(
    t.primaryKey.map((k) => {
      const col = t.columnByName.get(k)!;
      return [col.gqlName, { type: nn(c.columnType(col)) }];
    }),
  );
}
