import { GraphQLInputObjectType, type GraphQLInputFieldConfigMap } from 'graphql';
import type { Table } from '../model/types';
import { aggregateColumns, namedInput, sortKeys, AGGREGATE_OPS, type AggregateOp } from './common';
import type { BaseTypes } from './context';

// Ordering: `<table>_order_by` and the aggregate ordering of array relationships and SETOF computed fields.

/** `<table>_order_by` and `<table>_aggregate_order_by` (with its `<table>_<op>_order_by` parts). */
export function orderTypes(c: BaseTypes) {
  return {
    aggregateOrderBy: (t: Table) => aggregateOrderBy(c, t),
    orderBy: (t: Table) => orderBy(c, t),
  };
}

function aggregateOrderBy(c: BaseTypes, t: Table): GraphQLInputObjectType {
  return namedInput(c.memo, `${t.gqlName}_aggregate_order_by`, `order by aggregate values of table "${t.name}"`, () => {
    const f: GraphQLInputFieldConfigMap = { count: { type: c.orderByEnum } };
    for (const op of AGGREGATE_OPS) {
      const type = opOrderBy(c, t, op);
      if (type) f[op] = { type };
    }
    return f;
  });
}

/** `<table>_<op>_order_by` over the columns the role sees that `op` applies to; null when there are none. */
function opOrderBy(c: BaseTypes, t: Table, op: AggregateOp): GraphQLInputObjectType | null {
  const usable = aggregateColumns(c.selectableColumns(t), op);
  if (!usable.length) return null;
  return c.memo(
    `${t.gqlName}_${op}_order_by`,
    () =>
      new GraphQLInputObjectType({
        name: `${t.gqlName}_${op}_order_by`,
        description: `order by ${op}() on columns of table "${t.name}"`,
        fields: Object.fromEntries(usable.map((col) => [col.gqlName, { type: c.orderByEnum }])),
      }),
  );
}

function orderBy(c: BaseTypes, t: Table): GraphQLInputObjectType {
  return namedInput(c.memo, `${t.gqlName}_order_by`, `Ordering options when selecting data from "${t.name}".`, () => orderByFields(c, t));
}

function orderByFields(c: BaseTypes, t: Table): GraphQLInputFieldConfigMap {
  const f: GraphQLInputFieldConfigMap = {};
  for (const col of c.selectableColumns(t)) f[col.gqlName] = { type: c.orderByEnum };
  // As Hasura's orderByExp: an array relationship's (or SETOF computed field's) aggregates order rows
  // whether or not the role may query the target's aggregates (allow_aggregations is not consulted).
  for (const r of c.visibleRels(t)) f[r.kind === 'object' ? r.name : `${r.name}_aggregate`] = { type: r.kind === 'object' ? orderBy(c, r.target) : aggregateOrderBy(c, r.target) };
  // Computed fields only without input arguments (Hasura: `_cffInputArgs == mempty`).
  for (const cf of c.visibleComputed(t)) {
    if (cf.inputArgs.length) continue;
    if (cf.fn.returnTable) f[`${cf.name}_aggregate`] = { type: aggregateOrderBy(c, cf.fn.returnTable) };
    else f[cf.name] = { type: c.orderByEnum };
  }
  // GraphQL forbids empty input objects; like Hasura's empty enums, a placeholder keeps the type valid.
  if (!Object.keys(f).length) f._PLACEHOLDER = { type: c.orderByEnum };
  return sortKeys(f);
}
