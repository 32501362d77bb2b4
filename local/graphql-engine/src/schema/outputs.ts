import { GraphQLBoolean, GraphQLFloat, GraphQLInputObjectType, GraphQLInt, GraphQLObjectType, GraphQLString, type GraphQLFieldConfigArgumentMap, type GraphQLFieldConfigMap } from 'graphql';
import type { FnArg, Table } from '../model/types';
import { nn, list, isNumeric, isOrderable, sortKeys, AGGREGATE_OPS, FLOAT_OPS } from './common';
import { scalarFor } from '../model/build';
import { BINDS_VALUES } from '../request/values';
import type { FilterTypes, OrderTypes } from './context';
import { computedFieldOutput, relationshipFields, type FieldBuilders } from './relationships';

// Output types: a table's object type, its aggregate types, and the arguments of a selection.

/**
 * The output side: a table's object type (columns, relationships, computed fields), `<table>_aggregate` and its
 * `_aggregate_fields`, and the arguments of a selection (`where`, `order_by`, `limit`, `offset`, `distinct_on`).
 */
export function outputTypes(ctx: FilterTypes & OrderTypes) {
  const { memo, scalar, columnType, selectableColumns, canAggregate, visibleRels, visibleComputed, access, selectColumnEnum, boolExp, orderBy } = ctx;
  const selectArgs = (t: Table): GraphQLFieldConfigArgumentMap => ({
    // Hasura's tableDistinctArg: no distinct_on when no column may be selected.
    ...(selectableColumns(t).length ? { distinct_on: { type: list(nn(selectColumnEnum(t))), description: 'distinct select on columns' } } : {}),
    limit: { type: GraphQLInt, description: 'limit the number of rows returned' },
    offset: { type: GraphQLInt, description: 'skip the first n rows. Use only with order_by' },
    order_by: { type: list(nn(orderBy(t))), description: 'sort the rows by one or more columns' },
    where: { type: boolExp(t), description: 'filter the rows returned' },
  });

  const fnArgsType = (name: string, args: FnArg[]) =>
    memo(
      `${name}_args`,
      () =>
        new GraphQLInputObjectType({
          name: `${name}_args`,
          extensions: { [BINDS_VALUES]: true },
          fields: Object.fromEntries(args.map((a) => [a.name, { type: scalar(scalarFor(a.typname, a.category)) }])),
        }),
    );
  const fnArgsArg = (name: string, args: FnArg[]): GraphQLFieldConfigArgumentMap => {
    if (!args.length) return {};
    const required = args.some((a) => !a.hasDefault);
    const type = fnArgsType(name, args);
    return { args: { type: required ? nn(type) : type, description: `input parameters for function "${name}"` } };
  };

  const objectType = (t: Table): GraphQLObjectType =>
    memo(
      t.gqlName,
      () =>
        new GraphQLObjectType({
          name: t.gqlName,
          description: t.description ?? `columns and relationships of "${t.name}"`,
          fields: () => {
            const f: GraphQLFieldConfigMap<unknown, unknown> = {};
            for (const c of selectableColumns(t)) {
              const type = columnType(c);
              f[c.gqlName] = {
                type: c.nullable ? type : nn(type),
                description: c.description ?? undefined,
                args: c.typname === 'json' || c.typname === 'jsonb' ? { path: { type: GraphQLString, description: 'JSON select path' } } : undefined,
                extensions: { hasura: { kind: 'column', column: c } },
              };
            }
            for (const r of visibleRels(t)) Object.assign(f, relationshipFields(fieldBuilders, t, r));
            for (const cf of visibleComputed(t)) f[cf.name] = computedFieldOutput(fieldBuilders, cf);
            return sortKeys(f);
          },
        }),
    );

  const aggregateType = (t: Table): GraphQLObjectType =>
    memo(
      `${t.gqlName}_aggregate`,
      () =>
        new GraphQLObjectType({
          name: `${t.gqlName}_aggregate`,
          description: `aggregated selection of "${t.name}"`,
          fields: () => ({
            aggregate: { type: aggregateFieldsType(t), extensions: { hasura: { kind: 'aggregate' } } },
            nodes: { type: nn(list(nn(objectType(t)))), extensions: { hasura: { kind: 'nodes' } } },
          }),
        }),
    );

  const aggregateFieldsType = (t: Table): GraphQLObjectType =>
    memo(
      `${t.gqlName}_aggregate_fields`,
      () =>
        new GraphQLObjectType({
          name: `${t.gqlName}_aggregate_fields`,
          description: `aggregate fields of "${t.name}"`,
          fields: () => {
            const cols = selectableColumns(t);
            const f: GraphQLFieldConfigMap<unknown, unknown> = {
              count: {
                type: nn(GraphQLInt),
                // No `columns` argument without a column to name (Hasura's countField: tableSelectColumnsEnum is Nothing).
                args: { ...(cols.length ? { columns: { type: list(nn(selectColumnEnum(t))) } } : {}), distinct: { type: GraphQLBoolean } },
                extensions: { hasura: { kind: 'count' } },
              },
            };
            for (const op of AGGREGATE_OPS) {
              const usable = cols.filter((c) => (op === 'max' || op === 'min' ? isOrderable(c) : isNumeric(c)));
              if (!usable.length) continue;
              const name = `${t.gqlName}_${op}_fields`;
              const type = memo(
                name,
                () =>
                  new GraphQLObjectType({
                    name,
                    description: `aggregate ${op} on columns`,
                    fields: Object.fromEntries(
                      usable.map((c) => [
                        c.gqlName,
                        { type: FLOAT_OPS.has(op) ? GraphQLFloat : columnType(c), extensions: { hasura: { kind: 'column', column: c } } },
                      ]),
                    ),
                  }),
              );
              f[op] = { type, extensions: { hasura: { kind: 'aggregate_op', op } } };
            }
            return sortKeys(f);
          },
        }),
    );
  // What the relationship and computed-field builders need of this layer (read lazily, inside field thunks).
  const fieldBuilders: FieldBuilders = { access, canAggregate, scalar, selectArgs, fnArgsArg, objectType, aggregateType };
  return { selectArgs, fnArgsArg, objectType, aggregateType, aggregateFieldsType };
}
