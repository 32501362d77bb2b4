import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  Kind,
  getNamedType,
  isLeafType,
  type GraphQLInputType,
  type ValueNode,
} from 'graphql';
import { HasuraError } from '../errors';

// Input coercion with Hasura's JSONPath error paths. Values from the query text and from `variables` become
// plain JS values: `undefined` means absent, `null` an explicit null. Numbers written in the query keep their
// literal text for PostgreSQL scalars (bigint, numeric) so no precision is lost on the way to the database.

export interface VariableValues {
  /** Coerced values of the variables the request provided (or that have defaults). */
  values: Map<string, unknown>;
  /** Declared type name of each variable, to check it is used where that type is expected. */
  types: Map<string, string>;
  /** Variables whose values shaped the compiled plan (its SQL text): their values belong in the plan key. */
  plain: Set<string>;
  /** Variables read where a value is only bound (see VarRef): the plan key needs only whether they are null. */
  bound: Set<string>;
  /** Bound variables whose values must be checked again on every request that reuses the plan. */
  checks: BoundCheck[];
}

/** A bound value that must not be negative (limit, offset), with the error path Hasura reports. */
export interface BoundCheck {
  name: string;
  path: string;
}

export const emptyVariables = (): VariableValues => ({ values: new Map(), types: new Map(), plain: new Set(), bound: new Set(), checks: [] });

/**
 * A variable's value where it only fills a bind parameter (a comparison operand, a function argument, a key,
 * limit and offset): the plan keeps the reference and binds the value per request, so one compiled plan
 * serves every value. Everything else reads variables as plain values and keys the plan on them.
 */
export class VarRef {
  constructor(
    readonly name: string,
    readonly value: unknown,
  ) {}
}

/** The plain value of a variable reference that ends up shaping SQL after all; keys the plan on it. */
export function plainValue(v: unknown, vars: VariableValues): unknown {
  if (!(v instanceof VarRef)) return v;
  vars.plain.add(v.name);
  return v.value;
}

/** Input object types whose scalar fields only fill bind parameters (comparison operators, function args). */
export const BINDS_VALUES = 'hasuraBindsValues';
/** A field of such a type that still decides SQL text (IS NULL vs IS NOT NULL). */
const SHAPING_FIELDS = new Set(['_is_null']);

const bindsValues = (type: GraphQLInputObjectType) => Boolean((type.extensions as Record<string, unknown>)[BINDS_VALUES]);

const JSON_SCALARS = new Set(['json', 'jsonb']);
const BUILTIN = new Set(['Int', 'Float', 'String', 'Boolean', 'ID']);

const fail = (path: string, message: string): never => {
  throw new HasuraError('validation-failed', message, path);
};

export function typeName(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeName(type.ofType)}!`;
  if (type instanceof GraphQLList) return `[${typeName(type.ofType)}]`;
  return type.name;
}

function namedType(type: GraphQLInputType): string {
  return type instanceof GraphQLNonNull || type instanceof GraphQLList ? namedType(type.ofType) : type.name;
}

/** The JSON value of a literal, for json/jsonb scalars: enum-looking words are strings, as Hasura reads them. */
export function astToJson(node: ValueNode, vars: VariableValues): unknown {
  switch (node.kind) {
    case Kind.NULL:
      return null;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values.map((v) => astToJson(v, vars));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, astToJson(f.value, vars)]));
    case Kind.VARIABLE: {
      vars.plain.add(node.name.value);
      const v = vars.values.get(node.name.value);
      return v === undefined ? null : v;
    }
  }
}

/**
 * Coerces a literal (or variable) from the query text. `bindable`: the position only fills a bind parameter,
 * so a variable there becomes a VarRef (null and absent stay plain: they change the SQL, and the plan key
 * records them).
 */
export function coerceLiteral(type: GraphQLInputType, node: ValueNode | undefined, vars: VariableValues, path: string, bindable = false): unknown {
  if (node === undefined) return undefined;
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (!vars.types.has(name)) fail(path, `unbound variable "${name}"`);
    const declared = vars.types.get(name)!;
    const expected = namedType(type);
    // PostgreSQL array scalars (_text, _int4 …) also accept a variable declared as a GraphQL list.
    if (declared.replace(/[[\]!]/g, '') !== expected && !(expected.startsWith('_') && declared.startsWith('[')))
      fail(path, `variable "${name}" is declared as ${declared}, but used where ${typeName(type)} is expected`);
    const value = vars.values.get(name);
    if (value === null && type instanceof GraphQLNonNull) fail(path, `unexpected null value for type "${typeName(type.ofType)}"`);
    const nullable = type instanceof GraphQLNonNull ? type.ofType : type;
    // Only leaf values are bound: an input object decides SQL text, and so does a single value standing for a list.
    if (bindable && isLeafType(getNamedType(type)) && !(nullable instanceof GraphQLList && value != null && !Array.isArray(value))) {
      vars.bound.add(name);
      return value === null || value === undefined ? value : new VarRef(name, value);
    }
    vars.plain.add(name);
    return value;
  }
  if (type instanceof GraphQLNonNull) {
    if (node.kind === Kind.NULL) fail(path, `unexpected null value for type "${typeName(type.ofType)}"`);
    return coerceLiteral(type.ofType, node, vars, path);
  }
  if (node.kind === Kind.NULL) return null;
  if (type instanceof GraphQLList) {
    if (node.kind === Kind.LIST) return node.values.map((v, i) => coerceLiteral(type.ofType, v, vars, `${path}[${i}]`));
    return [coerceLiteral(type.ofType, node, vars, path)];
  }
  if (type instanceof GraphQLEnumType) {
    if (node.kind !== Kind.ENUM) fail(path, `expected an enum value for type "${type.name}"`);
    const v = type.getValue((node as { value: string }).value);
    if (!v) fail(path, `expected one of the values ${type.getValues().map((x) => x.name).join(', ')} for type "${type.name}", but found "${(node as { value: string }).value}"`);
    return v!.value;
  }
  if (type instanceof GraphQLInputObjectType) {
    if (node.kind !== Kind.OBJECT) fail(path, `expected an object for type "${type.name}"`);
    const fields = type.getFields();
    const out: Record<string, unknown> = {};
    const given = new Map((node as { fields: readonly { name: { value: string }; value: ValueNode }[] }).fields.map((f) => [f.name.value, f.value]));
    for (const key of given.keys()) if (!fields[key]) fail(`${path}.${key}`, `field "${key}" not found in type: '${type.name}'`);
    const binds = bindsValues(type);
    for (const [key, f] of Object.entries(fields)) {
      let v = coerceLiteral(f.type, given.get(key), vars, `${path}.${key}`, binds && !SHAPING_FIELDS.has(key));
      if (v === undefined && f.defaultValue !== undefined) v = f.defaultValue;
      if (v === undefined && f.type instanceof GraphQLNonNull) fail(path, `missing required field "${key}"`);
      if (v !== undefined) out[key] = v;
    }
    return orderLike(out, [...given.keys()]);
  }
  return coerceScalarLiteral(type as GraphQLScalarType, node, vars, path);
}

function coerceScalarLiteral(type: GraphQLScalarType, node: ValueNode, vars: VariableValues, path: string): unknown {
  switch (type.name) {
    case 'Int':
      if (node.kind !== Kind.INT) fail(path, `expected a 32-bit integer for type "Int", but found ${describe(node)}`);
      return checkInt(Number((node as { value: string }).value), path);
    case 'Float':
      if (node.kind !== Kind.INT && node.kind !== Kind.FLOAT) fail(path, `expected a float for type "Float", but found ${describe(node)}`);
      return Number((node as { value: string }).value);
    case 'String':
      if (node.kind !== Kind.STRING) fail(path, `expected a string for type "String", but found ${describe(node)}`);
      return (node as { value: string }).value;
    case 'Boolean':
      if (node.kind !== Kind.BOOLEAN) fail(path, `expected a boolean for type "Boolean", but found ${describe(node)}`);
      return (node as { value: boolean }).value;
    case 'ID':
      if (node.kind !== Kind.STRING && node.kind !== Kind.INT) fail(path, `expected a string for type "ID", but found ${describe(node)}`);
      return (node as { value: string }).value;
  }
  if (JSON_SCALARS.has(type.name)) return astToJson(node, vars);
  // Other PostgreSQL scalars: the literal's text goes to PostgreSQL, which parses it as the column's type.
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT || node.kind === Kind.STRING) return (node as { value: string }).value;
  if (node.kind === Kind.BOOLEAN) return node.value;
  return astToJson(node, vars);
}

function describe(node: ValueNode): string {
  switch (node.kind) {
    case Kind.STRING:
      return 'a string';
    case Kind.INT:
      return 'an integer';
    case Kind.FLOAT:
      return 'a float';
    case Kind.BOOLEAN:
      return 'a boolean';
    case Kind.LIST:
      return 'a list';
    case Kind.OBJECT:
      return 'an object';
    case Kind.ENUM:
      return 'an enum value';
    default:
      return 'a value';
  }
}

function checkInt(n: number, path: string): number {
  if (!Number.isInteger(n) || n > 2147483647 || n < -2147483648)
    throw new HasuraError('parse-failed', `The value ${n} lies outside the bounds or is not an integer. Maybe it is a float, or is there integer overflow?`, path);
  return n;
}

const jsonKind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** Coerces a value from `variables` (already JSON) against the variable's declared type. */
export function coerceJson(type: GraphQLInputType, value: unknown, path: string): unknown {
  if (value === undefined) return undefined;
  if (type instanceof GraphQLNonNull) {
    if (value === null) fail(path, `unexpected null value for type "${typeName(type.ofType)}"`);
    return coerceJson(type.ofType, value, path);
  }
  if (value === null) return null;
  if (type instanceof GraphQLList) {
    if (Array.isArray(value)) return value.map((v, i) => coerceJson(type.ofType, v, `${path}[${i}]`));
    return [coerceJson(type.ofType, value, path)];
  }
  if (type instanceof GraphQLEnumType) {
    const v = typeof value === 'string' ? type.getValue(value) : undefined;
    if (!v) fail(path, `expected one of the values ${type.getValues().map((x) => x.name).join(', ')} for type "${type.name}", but found ${JSON.stringify(value)}`);
    return v!.value;
  }
  if (type instanceof GraphQLInputObjectType) {
    if (typeof value !== 'object' || Array.isArray(value)) fail(path, `expected an object for type "${type.name}", but found ${jsonKind(value)}`);
    const fields = type.getFields();
    const given = value as Record<string, unknown>;
    for (const key of Object.keys(given)) if (!fields[key]) fail(`${path}.${key}`, `field "${key}" not found in type: '${type.name}'`);
    const out: Record<string, unknown> = {};
    for (const [key, f] of Object.entries(fields)) {
      let v = coerceJson(f.type, given[key], `${path}.${key}`);
      if (v === undefined && f.defaultValue !== undefined) v = f.defaultValue;
      if (v === undefined && f.type instanceof GraphQLNonNull) fail(path, `missing required field "${key}"`);
      if (v !== undefined) out[key] = v;
    }
    return orderLike(out, Object.keys(given));
  }
  const name = (type as GraphQLScalarType).name;
  switch (name) {
    case 'Int':
      if (typeof value !== 'number') fail(path, `expected a 32-bit integer for type "Int", but found ${jsonKind(value)}`);
      return checkInt(value as number, path);
    case 'Float':
      if (typeof value !== 'number') fail(path, `expected a float for type "Float", but found ${jsonKind(value)}`);
      return value;
    case 'String':
      if (typeof value !== 'string') fail(path, `expected a string for type "String", but found ${jsonKind(value)}`);
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') fail(path, `expected a boolean for type "Boolean", but found ${jsonKind(value)}`);
      return value;
    case 'ID':
      if (typeof value !== 'string' && typeof value !== 'number') fail(path, `expected a string for type "ID", but found ${jsonKind(value)}`);
      return String(value);
  }
  void BUILTIN;
  return value;
}

/** Keeps the client's key order (it decides the order of order_by items written in one object). */
function orderLike(out: Record<string, unknown>, order: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const k of order) if (k in out) result[k] = out[k];
  for (const k of Object.keys(out)) if (!(k in result)) result[k] = out[k];
  return result;
}
