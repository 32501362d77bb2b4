import { GraphQLBoolean, GraphQLEnumType, GraphQLInputObjectType, type GraphQLInputFieldConfigMap, type GraphQLInputType } from 'graphql';
import type { AggregatePredicateFn, Table } from '../model/types';
import { nn, list, isBooleanColumn, sortKeys, computedScalarInfo, PLACEHOLDER } from './common';
import type { BaseTypes } from './context';

// Filtering: boolean expressions over a table, aggregation predicates, the select-column enum.

/** `<table>_bool_exp`, `<table>_aggregate_bool_exp` (aggregation predicates) and `<table>_select_column`. */
export function filterTypes(ctx: BaseTypes) {
  const { memo, comparisonExp, selectableColumns, canAggregate, visibleRels, visibleComputed } = ctx;
  const selectColumnEnum = (t: Table) =>
    memo(
      `${t.gqlName}_select_column`,
      () =>
        new GraphQLEnumType({
          name: `${t.gqlName}_select_column`,
          description: `select columns of table "${t.name}"`,
          values: selectableColumns(t).length
            ? Object.fromEntries(selectableColumns(t).map((c) => [c.gqlName, { value: c.name, description: 'column name' }]))
            : { _PLACEHOLDER: { value: PLACEHOLDER, description: 'placeholder (do not use)' } },
        }),
    );

  const boolExp = (t: Table): GraphQLInputObjectType =>
    memo(
      `${t.gqlName}_bool_exp`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_bool_exp`,
          description: `Boolean expression to filter rows from the table "${t.name}". All fields are combined with a logical 'AND'.`,
          fields: () => {
            const self = boolExp(t);
            const f: GraphQLInputFieldConfigMap = {
              _and: { type: list(nn(self)) },
              _not: { type: self },
              _or: { type: list(nn(self)) },
            };
            for (const c of selectableColumns(t)) f[c.gqlName] = { type: comparisonExp(c) };
            for (const r of visibleRels(t)) {
              f[r.name] = { type: boolExp(r.target) };
              // Aggregation predicates, where the role may aggregate the target (Hasura's allow_aggregations).
              if (r.kind === 'array' && canAggregate(r.target)) f[`${r.name}_aggregate`] = { type: aggregateBoolExp(r.target) };
            }
            for (const cf of visibleComputed(t)) {
              if (cf.inputArgs.length) continue; // Hasura filters only by computed fields without arguments
              f[cf.name] = { type: cf.fn.returnTable ? boolExp(cf.fn.returnTable) : comparisonExp(computedScalarInfo(cf)) };
            }
            return sortKeys(f);
          },
        }),
    );

  /**
   * `<table>_aggregate_bool_exp` (Hasura's aggregation predicates): exactly one of count, and bool_and / bool_or
   * when the table has Boolean columns the role sees; each takes arguments, distinct, filter and a predicate.
   */
  const aggregateBoolExp = (t: Table): GraphQLInputObjectType =>
    memo(`${t.gqlName}_aggregate_bool_exp`, () => {
      const name = `${t.gqlName}_aggregate_bool_exp`;
      const predicate = (fn: AggregatePredicateFn, args: GraphQLInputType, result: GraphQLInputType) =>
        new GraphQLInputObjectType({
          name: `${name}_${fn}`,
          fields: () => ({
            arguments: { type: args },
            distinct: { type: GraphQLBoolean },
            filter: { type: boolExp(t) },
            predicate: { type: nn(result) },
          }),
        });
      const booleanColumns = (fn: AggregatePredicateFn) =>
        memo(
          `${t.gqlName}_select_column_${name}_${fn}_arguments_columns`,
          () =>
            new GraphQLEnumType({
              name: `${t.gqlName}_select_column_${name}_${fn}_arguments_columns`,
              description: `select "${name}_${fn}_arguments_columns" columns of table "${t.name}"`,
              values: Object.fromEntries(selectableColumns(t).filter(isBooleanColumn).map((c) => [c.gqlName, { value: c.name, description: 'column name' }])),
            }),
        );
      return new GraphQLInputObjectType({
        name,
        fields: () => {
          const intExp = comparisonExp({ scalar: 'Int', category: 'N', typname: 'int4' });
          const f: GraphQLInputFieldConfigMap = { count: { type: predicate('count', list(nn(selectColumnEnum(t))), intExp) } };
          if (selectableColumns(t).some(isBooleanColumn)) {
            const boolExpType = comparisonExp({ scalar: 'Boolean', category: 'B', typname: 'bool' });
            for (const fn of ['bool_and', 'bool_or'] as const) f[fn] = { type: predicate(fn, nn(booleanColumns(fn)), boolExpType) };
          }
          return sortKeys(f);
        },
      });
    });
  return { selectColumnEnum, boolExp, aggregateBoolExp };
}
