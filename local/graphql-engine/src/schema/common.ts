import { GraphQLInputObjectType, GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLFieldConfigMap, type GraphQLInputFieldConfigMap, type GraphQLInputType, type GraphQLOutputType } from 'graphql';
import type { Column, ComputedField, Relationship, Table, TrackedFunction } from '../model/types';

// What every part of the role schema builder shares: the meaning each field carries in `extensions.hasura`
// (read by the request parser), the aggregate operators, and small type helpers.

export type FieldMeaning =
  | { kind: 'select'; table: Table }
  | { kind: 'select_by_pk'; table: Table }
  | { kind: 'select_aggregate'; table: Table }
  | { kind: 'function'; fn: TrackedFunction }
  | { kind: 'function_aggregate'; fn: TrackedFunction }
  | { kind: 'insert'; table: Table }
  | { kind: 'insert_one'; table: Table }
  | { kind: 'update'; table: Table }
  | { kind: 'update_by_pk'; table: Table }
  | { kind: 'update_many'; table: Table }
  | { kind: 'delete'; table: Table }
  | { kind: 'delete_by_pk'; table: Table }
  | { kind: 'column'; column: Column }
  | { kind: 'object_relationship'; rel: Relationship }
  | { kind: 'array_relationship'; rel: Relationship }
  | { kind: 'array_relationship_aggregate'; rel: Relationship }
  | { kind: 'computed_scalar'; field: ComputedField }
  | { kind: 'computed_set'; field: ComputedField }
  | { kind: 'aggregate' }
  | { kind: 'nodes' }
  | { kind: 'count' }
  | { kind: 'aggregate_op'; op: AggregateOp }
  | { kind: 'affected_rows' }
  | { kind: 'returning' };

export type AggregateOp = 'avg' | 'max' | 'min' | 'stddev' | 'stddev_pop' | 'stddev_samp' | 'sum' | 'var_pop' | 'var_samp' | 'variance';
export const AGGREGATE_OPS: AggregateOp[] = ['avg', 'max', 'min', 'stddev', 'stddev_pop', 'stddev_samp', 'sum', 'var_pop', 'var_samp', 'variance'];
export const FLOAT_OPS = new Set<AggregateOp>(['avg', 'stddev', 'stddev_pop', 'stddev_samp', 'var_pop', 'var_samp', 'variance']);

/** The value of the `_PLACEHOLDER` enum value Hasura adds to an enum that would otherwise be empty. */
export const PLACEHOLDER = Symbol('placeholder');

export const meaningOf = (extensions: unknown): FieldMeaning | undefined => (extensions as { hasura?: FieldMeaning } | undefined)?.hasura;

export const nn = <T extends GraphQLInputType | GraphQLOutputType>(t: T) => new GraphQLNonNull(t) as unknown as T;
export const list = <T extends GraphQLInputType | GraphQLOutputType>(t: T) => new GraphQLList(t) as unknown as T;

export const isNumeric = (c: { category: string; typname: string }) => c.category === 'N' && c.typname !== 'money';
export const isOrderable = (c: { category: string; typname: string; isArray?: boolean }) =>
  !c.isArray && (['N', 'S', 'D', 'T', 'V', 'I'].includes(c.category) || c.typname === 'uuid' || c.typname === 'money');
export const isStringLike = (c: { category: string }) => c.category === 'S';
export const isJsonb = (c: { typname: string }) => c.typname === 'jsonb';
export const isBooleanColumn = (c: Column) => c.typname === 'bool' && !c.isArray;

/** The comparison type of a scalar computed field's result. */
export function computedScalarInfo(cf: ComputedField) {
  return { scalar: cf.scalar!, category: cf.fn.returnCategory, typname: cf.fn.returnTypname };
}

/** The columns `op` applies to: max/min over comparable ones, the other operators over numeric ones. */
export const aggregateColumns = <C extends Column>(cols: C[], op: AggregateOp): C[] => cols.filter((c) => (op === 'max' || op === 'min' ? isOrderable(c) : isNumeric(c)));

/** Builds each named type once per schema (graphql-js wants one object per name), lazily. */
export type Memo = <T>(name: string, make: () => T) => T;

export function memoizer(): Memo {
  const types = new Map<string, unknown>();
  return <T>(name: string, make: () => T): T => {
    if (!types.has(name)) types.set(name, make());
    return types.get(name) as T;
  };
}

/** The input object type `name`, built once per schema; `fields` is read lazily, so types may refer to each other. */
export function namedInput(memo: Memo, name: string, description: string | undefined, fields: () => GraphQLInputFieldConfigMap): GraphQLInputObjectType {
  return memo(name, () => new GraphQLInputObjectType({ name, description, fields }));
}

/** The object type `name`, built once per schema, with lazily read fields. */
export function namedObject(memo: Memo, name: string, description: string, fields: () => GraphQLFieldConfigMap<unknown, unknown>): GraphQLObjectType {
  return memo(name, () => new GraphQLObjectType({ name, description, fields }));
}

/** An enum of column names, or Hasura's `_PLACEHOLDER` value when there is none. */
export function columnEnumValues(cols: Column[]) {
  return cols.length
    ? Object.fromEntries(cols.map((c) => [c.gqlName, { value: c.name, description: 'column name' }]))
    : { _PLACEHOLDER: { value: PLACEHOLDER, description: 'placeholder (do not use)' } };
}

export function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

