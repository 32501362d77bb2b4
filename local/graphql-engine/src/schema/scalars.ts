import { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLScalarType, GraphQLString, type GraphQLInputFieldConfigMap } from 'graphql';
import type { Column, Model, Table } from '../model/types';
import { nn, list, isStringLike, isJsonb, sortKeys } from './common';
import { BINDS_VALUES } from '../request/values';
import type { RoleAccess } from './access';

// Scalar-level types of a role schema, and what of each table the role sees.

/**
 * The scalar-level types of one role schema: Hasura's scalars (a table-named row type gets `_scalar`), enum-table
 * enums, `order_by`, and `<scalar>_comparison_exp`. `memo` builds each named type once per schema.
 */
export function scalarTypes(ctx: { model: Model }) {
  const { model } = ctx;
  const scalars = new Map<string, GraphQLScalarType>([
    ['Int', GraphQLInt],
    ['Float', GraphQLFloat],
    ['String', GraphQLString],
    ['Boolean', GraphQLBoolean],
  ]);
  const types = new Map<string, unknown>();
  const memo = <T>(name: string, make: () => T): T => {
    if (!types.has(name)) types.set(name, make());
    return types.get(name) as T;
  };

  const tableTypeNames = new Set(model.tables.map((t) => t.gqlName));
  const scalar = (pgName: string): GraphQLScalarType => {
    // A row type used as a function argument is named like its table's object type; keep the names distinct.
    const name = tableTypeNames.has(pgName) ? `${pgName}_scalar` : pgName;
    if (!scalars.has(name)) scalars.set(name, new GraphQLScalarType({ name, serialize: (v) => v, parseValue: (v) => v }));
    return scalars.get(name)!;
  };

  const enumTableType = (t: Table) =>
    memo(
      `${t.gqlName}_enum`,
      () =>
        new GraphQLEnumType({
          name: `${t.gqlName}_enum`,
          values: Object.fromEntries(
            [...t.enumValues].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)).map((v) => [v.value, { value: v.value, description: v.comment ?? undefined }]),
          ),
        }),
    );

  const columnType = (c: Column): GraphQLScalarType | GraphQLEnumType => (c.enumTable ? enumTableType(c.enumTable) : scalar(c.scalar));

  const orderByEnum = memo(
    'order_by',
    () =>
      new GraphQLEnumType({
        name: 'order_by',
        description: 'column ordering options',
        values: {
          asc: { value: 'asc', description: 'in ascending order, nulls last' },
          asc_nulls_first: { value: 'asc_nulls_first', description: 'in ascending order, nulls first' },
          asc_nulls_last: { value: 'asc_nulls_last', description: 'in ascending order, nulls last' },
          desc: { value: 'desc', description: 'in descending order, nulls first' },
          desc_nulls_first: { value: 'desc_nulls_first', description: 'in descending order, nulls first' },
          desc_nulls_last: { value: 'desc_nulls_last', description: 'in descending order, nulls last' },
        },
      }),
  );

  const comparisonExp = (c: { scalar: string; category: string; typname: string; enumTable?: Table }) => {
    const t = c.enumTable ? enumTableType(c.enumTable) : scalar(c.scalar);
    const name = `${t.name}_comparison_exp`;
    return memo(
      name,
      () =>
        new GraphQLInputObjectType({
          name,
          description: `Boolean expression to compare columns of type "${t.name}". All fields are combined with logical 'AND'.`,
          extensions: { [BINDS_VALUES]: true },
          fields: () => {
            const f: GraphQLInputFieldConfigMap = {
              _eq: { type: t },
              _gt: { type: t },
              _gte: { type: t },
              _in: { type: list(nn(t)) },
              _is_null: { type: GraphQLBoolean },
              _lt: { type: t },
              _lte: { type: t },
              _neq: { type: t },
              _nin: { type: list(nn(t)) },
            };
            if (isStringLike(c) && !c.enumTable) {
              Object.assign(f, {
                _ilike: { type: t, description: 'does the column match the given case-insensitive pattern' },
                _iregex: { type: t, description: 'does the column match the given POSIX regular expression, case insensitive' },
                _like: { type: t, description: 'does the column match the given pattern' },
                _nilike: { type: t, description: 'does the column NOT match the given case-insensitive pattern' },
                _niregex: { type: t, description: 'does the column NOT match the given POSIX regular expression, case insensitive' },
                _nlike: { type: t, description: 'does the column NOT match the given pattern' },
                _nregex: { type: t, description: 'does the column NOT match the given POSIX regular expression, case sensitive' },
                _nsimilar: { type: t, description: 'does the column NOT match the given SQL regular expression' },
                _regex: { type: t, description: 'does the column match the given POSIX regular expression, case sensitive' },
                _similar: { type: t, description: 'does the column match the given SQL regular expression' },
              });
            }
            if (isJsonb(c)) {
              const castExp = memo(
                `${t.name}_cast_exp`,
                () =>
                  new GraphQLInputObjectType({
                    name: `${t.name}_cast_exp`,
                    fields: () => ({ String: { type: comparisonExp({ scalar: 'String', category: 'S', typname: 'text' }) } }),
                  }),
              );
              Object.assign(f, {
                _cast: { type: castExp },
                _contained_in: { type: t, description: 'is the column contained in the given json value' },
                _contains: { type: t, description: 'does the column contain the given json value at the top level' },
                _has_key: { type: GraphQLString, description: 'does the string exist as a top-level key in the column' },
                _has_keys_all: { type: list(nn(GraphQLString)), description: 'do all of these strings exist as top-level keys in the column' },
                _has_keys_any: { type: list(nn(GraphQLString)), description: 'do any of these strings exist as top-level keys in the column' },
              });
            }
            return sortKeys(f);
          },
        }),
    );
  };
  return { memo, scalar, enumTableType, columnType, orderByEnum, comparisonExp };
}

/** What of each table the role sees: its select permission, columns, relationships and computed fields. */
export function visibility(ctx: { access: RoleAccess }) {
  const { access } = ctx;
  // A table the role may select from is selectable even when the role sees none of its fields: Hasura's
  // "white lie" (Note [Selectability of tables] in Hasura.GraphQL.Schema.Select), so e.g. `<table>_aggregate
  // { aggregate { count } }` works with `columns: []`. Its object type then has no fields (see `allowEmptyTypes`).
  const sel = (t: Table) => access.select(t);
  const selectableColumns = (t: Table) => {
    const p = sel(t);
    return p ? t.columns.filter((c) => p.columns.has(c.name)) : [];
  };
  const canAggregate = (t: Table) => Boolean(sel(t)?.allowAggregations);
  const visibleRels = (t: Table) => t.relationships.filter((r) => sel(r.target));
  const visibleComputed = (t: Table) => {
    const p = sel(t);
    if (!p) return [];
    return t.computedFields.filter((cf) => (cf.fn.returnTable ? Boolean(sel(cf.fn.returnTable)) : p.computedFields.has(cf.name)));
  };
  return { sel, selectableColumns, canAggregate, visibleRels, visibleComputed };
}
