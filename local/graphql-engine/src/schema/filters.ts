import { GraphQLBoolean, GraphQLEnumType, GraphQLInputObjectType, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { AggregatePredicateFn, Table } from '../model/types';
import { nn, list, isBooleanColumn, sortKeys, computedScalarInfo, columnEnumValues, namedInput } from './common';
import type { BaseTypes } from './context';

// Filtering: boolean expressions over a table, aggregation predicates, the select-column enum.

/** `<table>_bool_exp`, `<table>_aggregate_bool_exp` (aggregation predicates) and `<table>_select_column`. */
export function filterTypes(c: BaseTypes) {
  return {
    selectColumnEnum: (t: Table) => selectColumnEnum(c, t),
    boolExp: (t: Table) => boolExp(c, t),
    aggregateBoolExp: (t: Table) => aggregateBoolExp(c, t),
  };
}

function selectColumnEnum(c: BaseTypes, t: Table): GraphQLEnumType {
  const name = `${t.gqlName}_select_column`;
  return c.memo(name, () => new GraphQLEnumType({ name, description: `select columns of table "${t.name}"`, values: columnEnumValues(c.selectableColumns(t)) }));
}

function boolExp(c: BaseTypes, t: Table): GraphQLInputObjectType {
  const description = `Boolean expression to filter rows from the table "${t.name}". All fields are combined with a logical 'AND'.`;
  return namedInput(c.memo, `${t.gqlName}_bool_exp`, description, () => boolExpFields(c, t));
}

function boolExpFields(c: BaseTypes, t: Table): GraphQLInputFieldConfigMap {
  const self = boolExp(c, t);
  const f: GraphQLInputFieldConfigMap = { _and: { type: list(nn(self)) }, _not: { type: self }, _or: { type: list(nn(self)) } };
  for (const col of c.selectableColumns(t)) f[col.gqlName] = { type: c.comparisonExp(col) };
  for (const r of c.visibleRels(t)) {
    f[r.name] = { type: boolExp(c, r.target) };
    // Aggregation predicates, where the role may aggregate the target (Hasura's allow_aggregations).
    if (r.kind === 'array' && c.canAggregate(r.target)) f[`${r.name}_aggregate`] = { type: aggregateBoolExp(c, r.target) };
  }
  for (const cf of c.visibleComputed(t)) {
    if (cf.inputArgs.length) continue; // Hasura filters only by computed fields without arguments
    f[cf.name] = { type: cf.fn.returnTable ? boolExp(c, cf.fn.returnTable) : c.comparisonExp(computedScalarInfo(cf)) };
  }
  return sortKeys(f);
}

/**
 * `<table>_aggregate_bool_exp` (Hasura's aggregation predicates): exactly one of count, and bool_and / bool_or
 * when the table has Boolean columns the role sees; each takes arguments, distinct, filter and a predicate.
 */
function aggregateBoolExp(c: BaseTypes, t: Table): GraphQLInputObjectType {
  const name = `${t.gqlName}_aggregate_bool_exp`;
  return namedInput(c.memo, name, undefined, () => aggregatePredicates(c, t, name));
}

function aggregatePredicates(c: BaseTypes, t: Table, name: string): GraphQLInputFieldConfigMap {
  const intExp = c.comparisonExp({ scalar: 'Int', category: 'N', typname: 'int4' });
  const f: GraphQLInputFieldConfigMap = { count: { type: predicateType(c, t, `${name}_count`, list(nn(selectColumnEnum(c, t))), intExp) } };
  if (c.selectableColumns(t).some(isBooleanColumn)) {
    const boolExpType = c.comparisonExp({ scalar: 'Boolean', category: 'B', typname: 'bool' });
    for (const fn of ['bool_and', 'bool_or'] as const) f[fn] = { type: predicateType(c, t, `${name}_${fn}`, nn(booleanColumnsEnum(c, t, name, fn)), boolExpType) };
  }
  return sortKeys(f);
}

/** One aggregation predicate: the aggregate's arguments, distinct, a filter on the rows and the predicate on the result. */
function predicateType(c: BaseTypes, t: Table, name: string, args: GraphQLInputType, result: GraphQLInputType): GraphQLInputObjectType {
  return new GraphQLInputObjectType({
    name,
    fields: () => ({ arguments: { type: args }, distinct: { type: GraphQLBoolean }, filter: { type: boolExp(c, t) }, predicate: { type: nn(result) } }),
  });
}

function booleanColumnsEnum(c: BaseTypes, t: Table, predicate: string, fn: AggregatePredicateFn): GraphQLEnumType {
  const name = `${t.gqlName}_select_column_${predicate}_${fn}_arguments_columns`;
  const columns = () => c.selectableColumns(t).filter(isBooleanColumn);
  return c.memo(
    name,
    () =>
      new GraphQLEnumType({
        name,
        description: `select "${predicate}_${fn}_arguments_columns" columns of table "${t.name}"`,
        values: Object.fromEntries(columns().map((col) => [col.gqlName, { value: col.name, description: 'column name' }])),
      }),
  );
}
