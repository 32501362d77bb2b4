import { GraphQLEnumType, GraphQLInputObjectType, GraphQLInt, GraphQLObjectType, GraphQLString, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { Column, Table } from '../model/types';
import { nn, list, isNumeric, isJsonb, sortKeys, PLACEHOLDER } from './common';
import type { OutputTypes } from './context';

// Mutation inputs and responses: insert input (with nested relationships), on_conflict, update operators, primary keys.

/** The input and response types of inserts, updates and deletes, and the primary-key arguments. */
export function mutationTypes(ctx: OutputTypes) {
  const { memo, columnType, sel, access, boolExp, objectType } = ctx;
  const constraintEnum = (t: Table) =>
    memo(
      `${t.gqlName}_constraint`,
      () =>
        new GraphQLEnumType({
          name: `${t.gqlName}_constraint`,
          description: `unique or primary key constraints on table "${t.name}"`,
          values: Object.fromEntries(
            t.constraints.map((c) => [
              c.name,
              { value: c.name, description: `unique or primary key constraint on columns ${c.columns.map((x) => `"${x}"`).join(', ')}` },
            ]),
          ),
        }),
    );

  const updatableColumns = (t: Table) => {
    const p = access.update(t);
    if (!p) return [];
    return t.columns.filter((c) => p.columns.has(c.name) && !(c.name in p.set) && !c.generated);
  };

  const updateColumnEnum = (t: Table) =>
    memo(`${t.gqlName}_update_column`, () => {
      const cols = updatableColumns(t);
      return new GraphQLEnumType({
        name: `${t.gqlName}_update_column`,
        description: `update columns of table "${t.name}"`,
        values: cols.length
          ? Object.fromEntries(cols.map((c) => [c.gqlName, { value: c.name, description: 'column name' }]))
          : { _PLACEHOLDER: { value: PLACEHOLDER, description: 'placeholder (do not use)' } },
      });
    });

  const canUpsert = (t: Table) => t.constraints.length > 0 && Boolean(access.update(t));

  const onConflictType = (t: Table) =>
    memo(
      `${t.gqlName}_on_conflict`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_on_conflict`,
          description: `on_conflict condition type for table "${t.name}"`,
          fields: () => {
            const f: GraphQLInputFieldConfigMap = {
              constraint: { type: nn(constraintEnum(t)) },
              update_columns: { type: nn(list(nn(updateColumnEnum(t)))), defaultValue: [] },
            };
            if (sel(t)) f.where = { type: boolExp(t) };
            return f;
          },
        }),
    );

  const insertableColumns = (t: Table) => {
    const p = access.insert(t);
    if (!p) return [];
    return t.columns.filter((c) => p.columns.has(c.name) && !(c.name in p.set) && !c.generated);
  };

  const insertInput = (t: Table): GraphQLInputObjectType =>
    memo(
      `${t.gqlName}_insert_input`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_insert_input`,
          description: `input type for inserting data into table "${t.name}"`,
          fields: () => {
            const f: GraphQLInputFieldConfigMap = {};
            for (const c of insertableColumns(t)) f[c.gqlName] = { type: columnType(c) };
            for (const r of t.relationships) {
              if (!access.insert(r.target)) continue;
              f[r.name] = { type: r.kind === 'object' ? relInsertInput(r.target, 'obj') : relInsertInput(r.target, 'arr') };
            }
            if (!Object.keys(f).length) f._PLACEHOLDER = { type: GraphQLString };
            return sortKeys(f);
          },
        }),
    );

  const relInsertInput = (t: Table, kind: 'obj' | 'arr') =>
    memo(
      `${t.gqlName}_${kind}_rel_insert_input`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_${kind}_rel_insert_input`,
          description: `input type for inserting ${kind === 'obj' ? 'object' : 'array'} relation for remote table "${t.name}"`,
          fields: () => {
            const f: GraphQLInputFieldConfigMap = {
              data: { type: kind === 'obj' ? nn(insertInput(t)) : nn(list(nn(insertInput(t)))) },
            };
            if (canUpsert(t)) f.on_conflict = { type: onConflictType(t), description: 'upsert condition' };
            return f;
          },
        }),
    );

  const mutationResponse = (t: Table) =>
    memo(
      `${t.gqlName}_mutation_response`,
      () =>
        new GraphQLObjectType({
          name: `${t.gqlName}_mutation_response`,
          description: `response of any mutation on the table "${t.name}"`,
          fields: () => {
            const f: GraphQLFieldConfigMap<unknown, unknown> = {
              affected_rows: {
                type: nn(GraphQLInt),
                description: 'number of rows affected by the mutation',
                extensions: { hasura: { kind: 'affected_rows' } },
              },
            };
            if (sel(t))
              f.returning = {
                type: nn(list(nn(objectType(t)))),
                description: 'data from the rows affected by the mutation',
                extensions: { hasura: { kind: 'returning' } },
              };
            return f;
          },
        }),
    );

  const columnsInput = (t: Table, suffix: string, cols: Column[], type: (c: Column) => GraphQLInputType, description: string) => {
    if (!cols.length) return null;
    return memo(
      `${t.gqlName}_${suffix}`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_${suffix}`,
          description,
          fields: Object.fromEntries(cols.map((c) => [c.gqlName, { type: type(c) }])),
        }),
    );
  };

  const updateArgs = (t: Table): GraphQLFieldConfigArgumentMap => {
    const cols = updatableColumns(t);
    const jsonb = cols.filter(isJsonb);
    const args: GraphQLFieldConfigArgumentMap = {};
    const add = (name: string, type: GraphQLInputObjectType | null, description: string) => {
      if (type) args[name] = { type, description };
    };
    add(
      '_append',
      columnsInput(t, 'append_input', jsonb, columnType, 'append existing jsonb value of filtered columns with new jsonb value'),
      'append existing jsonb value of filtered columns with new jsonb value',
    );
    add(
      '_delete_at_path',
      columnsInput(t, 'delete_at_path_input', jsonb, () => list(nn(GraphQLString)), 'delete the field or element with specified path (for JSON arrays, negative integers count from the end)'),
      'delete the field or element with specified path (for JSON arrays, negative integers count from the end)',
    );
    add(
      '_delete_elem',
      columnsInput(t, 'delete_elem_input', jsonb, () => GraphQLInt, 'delete the array element with specified index (negative integers count from the end). throws an error if top level container is not an array'),
      'delete the array element with specified index (negative integers count from the end). throws an error if top level container is not an array',
    );
    add(
      '_delete_key',
      columnsInput(t, 'delete_key_input', jsonb, () => GraphQLString, 'delete key/value pair or string element. key/value pairs are matched based on their key value'),
      'delete key/value pair or string element. key/value pairs are matched based on their key value',
    );
    add('_inc', columnsInput(t, 'inc_input', cols.filter(isNumeric), columnType, 'input type for incrementing numeric columns in table'), 'increments the numeric columns with given value of the filtered values');
    add(
      '_prepend',
      columnsInput(t, 'prepend_input', jsonb, columnType, 'prepend existing jsonb value of filtered columns with new jsonb value'),
      'prepend existing jsonb value of filtered columns with new jsonb value',
    );
    add('_set', columnsInput(t, 'set_input', cols, columnType, `input type for updating data in table "${t.name}"`), 'sets the columns of the filtered rows to the given values');
    return args;
  };

  const pkArgs = (t: Table): GraphQLFieldConfigArgumentMap | null => {
    if (!t.primaryKey) return null;
    const p = sel(t);
    if (!p || !t.primaryKey.every((c) => p.columns.has(c))) return null;
    return Object.fromEntries(
      t.primaryKey.map((c) => {
        const col = t.columnByName.get(c)!;
        return [col.gqlName, { type: nn(columnType(col)) }];
      }),
    );
  };
  return { constraintEnum, updatableColumns, updateColumnEnum, canUpsert, onConflictType, insertableColumns, insertInput, mutationResponse, updateArgs, pkArgs };
}
