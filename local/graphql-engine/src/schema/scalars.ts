import { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLScalarType, GraphQLString, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { Column, Model, Table } from '../model/types';
import { nn, list, isStringLike, isJsonb, sortKeys, memoizer, type Memo } from './common';
import { BINDS_VALUES } from '../request/values';
import type { RoleAccess } from './access';

// Scalar-level types of a role schema, and what of each table the role sees.

interface ScalarContext {
  memo: Memo;
  scalar(pgName: string): GraphQLScalarType;
}

/** What a comparison type is built for: a column, a scalar computed field's result, or a built-in scalar. */
type Comparable = { scalar: string; category: string; typname: string; enumTable?: Table };

/**
 * The scalar-level types of one role schema: Hasura's scalars (a table-named row type gets `_scalar`), enum-table
 * enums, `order_by`, and `<scalar>_comparison_exp`. `memo` builds each named type once per schema.
 */
export function scalarTypes(ctx: { model: Model }) {
  const c: ScalarContext = { memo: memoizer(), scalar: scalarRegistry(ctx.model) };
  return {
    memo: c.memo,
    scalar: c.scalar,
    enumTableType: (t: Table) => enumTableType(c, t),
    columnType: (col: Column) => columnType(c, col),
    orderByEnum: orderByEnum(c),
    comparisonExp: (col: Comparable) => comparisonExp(c, col),
  };
}

const BUILT_IN: [string, GraphQLScalarType][] = [
  ['Int', GraphQLInt],
  ['Float', GraphQLFloat],
  ['String', GraphQLString],
  ['Boolean', GraphQLBoolean],
];

/** Hasura's scalar per PostgreSQL type name, created on first use. */
function scalarRegistry(model: Model): (pgName: string) => GraphQLScalarType {
  const scalars = new Map<string, GraphQLScalarType>(BUILT_IN);
  const tableTypeNames = new Set(model.tables.map((t) => t.gqlName));
  return (pgName) => {
    // A row type used as a function argument is named like its table's object type; keep the names distinct.
    const name = tableTypeNames.has(pgName) ? `${pgName}_scalar` : pgName;
    if (!scalars.has(name)) scalars.set(name, new GraphQLScalarType({ name, serialize: (v) => v, parseValue: (v) => v }));
    return scalars.get(name)!;
  };
}

function enumTableType(c: ScalarContext, t: Table): GraphQLEnumType {
  return c.memo(`${t.gqlName}_enum`, () => {
    const values = [...t.enumValues].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    return new GraphQLEnumType({ name: `${t.gqlName}_enum`, values: Object.fromEntries(values.map((v) => [v.value, { value: v.value, description: v.comment ?? undefined }])) });
  });
}

function columnType(c: ScalarContext, col: { scalar: string; enumTable?: Table }): GraphQLScalarType | GraphQLEnumType {
  return col.enumTable ? enumTableType(c, col.enumTable) : c.scalar(col.scalar);
}

const ORDER_BY_VALUES = {
  asc: 'in ascending order, nulls last',
  asc_nulls_first: 'in ascending order, nulls first',
  asc_nulls_last: 'in ascending order, nulls last',
  desc: 'in descending order, nulls first',
  desc_nulls_first: 'in descending order, nulls first',
  desc_nulls_last: 'in descending order, nulls last',
};

function orderByEnum(c: ScalarContext): GraphQLEnumType {
  const values = Object.fromEntries(Object.entries(ORDER_BY_VALUES).map(([value, description]) => [value, { value, description }]));
  return c.memo('order_by', () => new GraphQLEnumType({ name: 'order_by', description: 'column ordering options', values }));
}

function comparisonExp(c: ScalarContext, col: Comparable): GraphQLInputObjectType {
  const t = columnType(c, col);
  const name = `${t.name}_comparison_exp`;
  return c.memo(
    name,
    () =>
      new GraphQLInputObjectType({
        name,
        description: `Boolean expression to compare columns of type "${t.name}". All fields are combined with logical 'AND'.`,
        extensions: { [BINDS_VALUES]: true },
        fields: () => sortKeys({ ...equalityOperators(t), ...(isStringLike(col) && !col.enumTable ? patternOperators(t) : {}), ...(isJsonb(col) ? jsonbOperators(c, t) : {}) }),
      }),
  );
}

function equalityOperators(t: GraphQLInputType): GraphQLInputFieldConfigMap {
  const single = Object.fromEntries(['_eq', '_gt', '_gte', '_lt', '_lte', '_neq'].map((op) => [op, { type: t }]));
  return { ...single, _in: { type: list(nn(t)) }, _is_null: { type: GraphQLBoolean }, _nin: { type: list(nn(t)) } };
}

const PATTERN_OPERATORS = {
  _ilike: 'does the column match the given case-insensitive pattern',
  _iregex: 'does the column match the given POSIX regular expression, case insensitive',
  _like: 'does the column match the given pattern',
  _nilike: 'does the column NOT match the given case-insensitive pattern',
  _niregex: 'does the column NOT match the given POSIX regular expression, case insensitive',
  _nlike: 'does the column NOT match the given pattern',
  _nregex: 'does the column NOT match the given POSIX regular expression, case sensitive',
  _nsimilar: 'does the column NOT match the given SQL regular expression',
  _regex: 'does the column match the given POSIX regular expression, case sensitive',
  _similar: 'does the column match the given SQL regular expression',
};

/** LIKE, SIMILAR TO and POSIX regular expressions, for string columns (not enum-table ones). */
function patternOperators(t: GraphQLInputType): GraphQLInputFieldConfigMap {
  return Object.fromEntries(Object.entries(PATTERN_OPERATORS).map(([op, description]) => [op, { type: t, description }]));
}

function jsonbOperators(c: ScalarContext, t: GraphQLScalarType | GraphQLEnumType): GraphQLInputFieldConfigMap {
  const castExp = c.memo(
    `${t.name}_cast_exp`,
    () => new GraphQLInputObjectType({ name: `${t.name}_cast_exp`, fields: () => ({ String: { type: comparisonExp(c, { scalar: 'String', category: 'S', typname: 'text' }) } }) }),
  );
  const keys = list(nn(GraphQLString));
  return {
    _cast: { type: castExp },
    _contained_in: { type: t, description: 'is the column contained in the given json value' },
    _contains: { type: t, description: 'does the column contain the given json value at the top level' },
    _has_key: { type: GraphQLString, description: 'does the string exist as a top-level key in the column' },
    _has_keys_all: { type: keys, description: 'do all of these strings exist as top-level keys in the column' },
    _has_keys_any: { type: keys, description: 'do any of these strings exist as top-level keys in the column' },
  };
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
