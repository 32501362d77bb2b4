import { GraphQLInputObjectType, type GraphQLInputFieldConfigMap } from 'graphql';
import type { Table } from '../model/types';
import { isNumeric, isOrderable, sortKeys, AGGREGATE_OPS, type AggregateOp } from './common';
import type { BaseTypes } from './context';

// Ordering: `<table>_order_by` and the aggregate ordering of array relationships and SETOF computed fields.

/** `<table>_order_by` and `<table>_aggregate_order_by` (with its `<table>_<op>_order_by` parts). */
export function orderTypes(ctx: BaseTypes) {
  const { memo, orderByEnum, selectableColumns, visibleRels, visibleComputed } = ctx;
  const aggregateOrderBy = (t: Table) =>
    memo(`${t.gqlName}_aggregate_order_by`, () => {
      const cols = selectableColumns(t);
      const opOrderBy = (op: AggregateOp) => {
        const usable = cols.filter((c) => (op === 'max' || op === 'min' ? isOrderable(c) : isNumeric(c)));
        if (!usable.length) return null;
        return memo(
          `${t.gqlName}_${op}_order_by`,
          () =>
            new GraphQLInputObjectType({
              name: `${t.gqlName}_${op}_order_by`,
              description: `order by ${op}() on columns of table "${t.name}"`,
              fields: Object.fromEntries(usable.map((c) => [c.gqlName, { type: orderByEnum }])),
            }),
        );
      };
      return new GraphQLInputObjectType({
        name: `${t.gqlName}_aggregate_order_by`,
        description: `order by aggregate values of table "${t.name}"`,
        fields: () => {
          const f: GraphQLInputFieldConfigMap = { count: { type: orderByEnum } };
          for (const op of AGGREGATE_OPS) {
            const type = opOrderBy(op);
            if (type) f[op] = { type };
          }
          return f;
        },
      });
    });

  const orderBy = (t: Table): GraphQLInputObjectType =>
    memo(
      `${t.gqlName}_order_by`,
      () =>
        new GraphQLInputObjectType({
          name: `${t.gqlName}_order_by`,
          description: `Ordering options when selecting data from "${t.name}".`,
          fields: () => {
            const f: GraphQLInputFieldConfigMap = {};
            for (const c of selectableColumns(t)) f[c.gqlName] = { type: orderByEnum };
            // As Hasura's orderByExp: an array relationship's (or SETOF computed field's) aggregates order rows
            // whether or not the role may query the target's aggregates (allow_aggregations is not consulted).
            for (const r of visibleRels(t)) f[r.kind === 'object' ? r.name : `${r.name}_aggregate`] = { type: r.kind === 'object' ? orderBy(r.target) : aggregateOrderBy(r.target) };
            // Computed fields only without input arguments (Hasura: `_cffInputArgs == mempty`).
            for (const cf of visibleComputed(t)) {
              if (cf.inputArgs.length) continue;
              if (cf.fn.returnTable) f[`${cf.name}_aggregate`] = { type: aggregateOrderBy(cf.fn.returnTable) };
              else f[cf.name] = { type: orderByEnum };
            }
            // GraphQL forbids empty input objects; like Hasura's empty enums, a placeholder keeps the type valid.
            if (!Object.keys(f).length) f._PLACEHOLDER = { type: orderByEnum };
            return sortKeys(f);
          },
        }),
    );
  return { aggregateOrderBy, orderBy };
}
