import { GraphQLBoolean, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLObjectType, GraphQLString, type GraphQLFieldConfig, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap } from 'graphql';
import type { Column, FnArg, Table } from '../model/types';
import { nn, list, aggregateColumns, namedObject, sortKeys, AGGREGATE_OPS, FLOAT_OPS, type AggregateOp } from './common';
import { scalarFor } from '../model/build';
import { BINDS_VALUES } from '../request/values';
import type { FilterTypes, OrderTypes } from './context';
import { computedFieldOutput, relationshipFields, type FieldBuilders } from './relationships';

// Output types: a table's object type, its aggregate types, and the arguments of a selection.

type Context = FilterTypes & OrderTypes;
type FieldMap = GraphQLFieldConfigMap<unknown, unknown>;

/**
 * The output side: a table's object type (columns, relationships, computed fields), `<table>_aggregate` and its
 * `_aggregate_fields`, and the arguments of a selection (`where`, `order_by`, `limit`, `offset`, `distinct_on`).
 */
export function outputTypes(c: Context) {
  return {
    selectArgs: (t: Table) => selectArgs(c, t),
    fnArgsArg: (name: string, args: FnArg[]) => fnArgsArg(c, name, args),
    objectType: (t: Table) => objectType(c, t),
    aggregateType: (t: Table) => aggregateType(c, t),
    aggregateFieldsType: (t: Table) => aggregateFieldsType(c, t),
  };
}

function selectArgs(c: Context, t: Table): GraphQLFieldConfigArgumentMap {
  return {
    // Hasura's tableDistinctArg: no distinct_on when no column may be selected.
    ...(c.selectableColumns(t).length ? { distinct_on: { type: list(nn(c.selectColumnEnum(t))), description: 'distinct select on columns' } } : {}),
    limit: { type: GraphQLInt, description: 'limit the number of rows returned' },
    offset: { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' },
    order_by: { type: list(nn(c.orderBy(t))), description: 'sort the rows by one or more columns' },
    where: { type: c.boolExp(t), description: 'filter the rows returned' },
  };
}

/** `args: <function>_args`, required when some argument has no default; none when the function takes none. */
function fnArgsArg(c: Context, name: string, args: FnArg[]): GraphQLFieldConfigArgumentMap {
  if (!args.length) return {};
  const required = args.some((a) => !a.hasDefault);
  const type = c.memo(
    `${name}_args`,
    () =>
      new GraphQLInputObjectType({
        name: `${name}_args`,
        extensions: { [BINDS_VALUES]: true },
        fields: Object.fromEntries(args.map((a) => [a.name, { type: c.scalar(scalarFor(a.typname, a.category)) }])),
      }),
  );
  return { args: { type: required ? nn(type) : type, description: `input parameters for function "${name}"` } };
}

/** What the relationship and computed-field builders need of this layer (read lazily, inside field thunks). */
function fieldBuilders(c: Context): FieldBuilders {
  return {
    access: c.access,
    canAggregate: c.canAggregate,
    scalar: c.scalar,
    selectArgs: (t) => selectArgs(c, t),
    fnArgsArg: (name, args) => fnArgsArg(c, name, args),
    objectType: (t) => objectType(c, t),
    aggregateType: (t) => aggregateType(c, t),
  };
}

function objectType(c: Context, t: Table): GraphQLObjectType {
  return namedObject(c.memo, t.gqlName, t.description ?? `columns and relationships of "${t.name}"`, () => objectFields(c, t));
}

function objectFields(c: Context, t: Table): FieldMap {
  const f: FieldMap = {};
  for (const col of c.selectableColumns(t)) f[col.gqlName] = columnField(c, col);
  const b = fieldBuilders(c);
  for (const r of c.visibleRels(t)) Object.assign(f, relationshipFields(b, t, r));
  for (const cf of c.visibleComputed(t)) f[cf.name] = computedFieldOutput(b, cf);
  return sortKeys(f);
}

function columnField(c: Context, col: Column): GraphQLFieldConfig<unknown, unknown> {
  const type = c.columnType(col);
  return {
    type: col.nullable ? type : nn(type),
    description: col.description ?? undefined,
    args: col.typname === 'json' || col.typname === 'jsonb' ? { path: { type: GraphQLString, description: 'JSON select path' } } : undefined,
    extensions: { hasura: { kind: 'column', column: col } },
  };
}

function aggregateType(c: Context, t: Table): GraphQLObjectType {
  return namedObject(c.memo, `${t.gqlName}_aggregate`, `aggregated selection of "${t.name}"`, () => ({
    aggregate: { type: aggregateFieldsType(c, t), extensions: { hasura: { kind: 'aggregate' } } },
    nodes: { type: nn(list(nn(objectType(c, t)))), extensions: { hasura: { kind: 'nodes' } } },
  }));
}

function aggregateFieldsType(c: Context, t: Table): GraphQLObjectType {
  return namedObject(c.memo, `${t.gqlName}_aggregate_fields`, `aggregate fields of "${t.name}"`, () => aggregateFields(c, t));
}

function aggregateFields(c: Context, t: Table): FieldMap {
  const cols = c.selectableColumns(t);
  const f: FieldMap = {
    count: {
      type: nn(GraphQLInt),
      // No `columns` argument without a column to name (Hasura's countField: tableSelectColumnsEnum is Nothing).
      args: { ...(cols.length ? { columns: { type: list(nn(c.selectColumnEnum(t))) } } : {}), distinct: { type: GraphQLBoolean } },
      extensions: { hasura: { kind: 'count' } },
    },
  };
  for (const op of AGGREGATE_OPS) {
    const usable = aggregateColumns(cols, op);
    if (usable.length) f[op] = { type: opFieldsType(c, t, op, usable), extensions: { hasura: { kind: 'aggregate_op', op } } };
  }
  return sortKeys(f);
}

/** `<table>_<op>_fields`: `op` over each column it applies to; Float for the averaging and spread operators. */
function opFieldsType(c: Context, t: Table, op: AggregateOp, usable: Column[]): GraphQLObjectType {
  const name = `${t.gqlName}_${op}_fields`;
  const field = (col: Column) => ({ type: FLOAT_OPS.has(op) ? GraphQLFloat : c.columnType(col), extensions: { hasura: { kind: 'column', column: col } } });
  return c.memo(name, () => new GraphQLObjectType({ name, description: `aggregate ${op} on columns`, fields: Object.fromEntries(usable.map((col) => [col.gqlName, field(col)])) }));
}
