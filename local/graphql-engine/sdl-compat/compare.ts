import {
  astFromValue,
  findBreakingChanges,
  findDangerousChanges,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedDirective,
  isUnionType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';

// Compares the schema our engine serves with one Hasura generated, structurally: type names and kinds, fields with
// their exact type strings (nullability and lists), arguments and input fields with types and default values, enum
// values, interfaces, union members, custom directives. Never compared: descriptions and ordering (see the test for
// why); the caller names the root fields that are out of scope.

export type RootName = 'query' | 'mutation';

/** Says whether a root field is left out of the comparison (out of scope, or a later Hasura addition). */
export type RootFieldFilter = (root: RootName, field: string) => boolean;

/**
 * The part of `schema` that is compared: the query and mutation roots without the dropped root fields, every type
 * reachable from them, and the custom directives. The subscription root is left out (subscriptions are out of
 * scope), so are the built-in directives (defined by the GraphQL spec and graphql-js, not by Hasura's generator).
 */
export function comparableSchema(schema: GraphQLSchema, drop: RootFieldFilter): GraphQLSchema {
  const prune = (root: RootName, type: GraphQLObjectType | null | undefined) => {
    if (!type) return undefined;
    const config = type.toConfig();
    const fields = Object.fromEntries(Object.entries(config.fields).filter(([name]) => !drop(root, name)));
    return new GraphQLObjectType({ ...config, fields });
  };
  // A new GraphQLSchema collects exactly the types reachable from what it is given, so types that only an
  // ignored root field used (an action's output type, another source's tables) drop out by themselves.
  return new GraphQLSchema({
    query: prune('query', schema.getQueryType()),
    mutation: prune('mutation', schema.getMutationType()),
    directives: schema.getDirectives().filter((d) => !isSpecifiedDirective(d)),
  });
}

const kindOf = (t: GraphQLNamedType) =>
  isScalarType(t) ? 'scalar' : isObjectType(t) ? 'object type' : isInterfaceType(t) ? 'interface' : isUnionType(t) ? 'union' : isEnumType(t) ? 'enum' : 'input object';

function defaultOf(value: { defaultValue: unknown; type: GraphQLInputType }): string {
  if (value.defaultValue === undefined) return 'no default';
  const ast = astFromValue(value.defaultValue, value.type);
  return ast ? `default ${print(ast)}` : 'no default';
}

const describeInput = (v: GraphQLArgument | GraphQLInputField) => `${v.name}: ${String(v.type)} (${defaultOf(v)})`;
const describeField = (f: GraphQLField<unknown, unknown>) =>
  `${f.name}${f.args.length ? `(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')})` : ''}: ${String(f.type)}`;

/** Where a difference is, e.g. `user.name` or `user_aggregate_fields.count(columns:)`. */
type Label = (name: string) => string;

/** Names present on one side only, as "missing" (in Hasura's, not ours) and "extra" (ours only) lines. */
function compareNames<T>(label: Label, expected: ReadonlyMap<string, T>, actual: ReadonlyMap<string, T>, show: (item: T) => string): string[] {
  const out: string[] = [];
  for (const [name, item] of expected) if (!actual.has(name)) out.push(`${label(name)}: missing (Hasura has ${show(item)})`);
  for (const [name, item] of actual) if (!expected.has(name)) out.push(`${label(name)}: not in Hasura's schema (engine has ${show(item)})`);
  return out;
}

const byName = <T extends { name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.name, i] as const));

function compareInputs(label: Label, expected: readonly (GraphQLArgument | GraphQLInputField)[], actual: readonly (GraphQLArgument | GraphQLInputField)[]): string[] {
  const want = byName(expected);
  const got = byName(actual);
  const out = compareNames(label, want, got, describeInput);
  for (const [name, w] of want) {
    const g = got.get(name);
    if (!g) continue;
    if (String(w.type) !== String(g.type)) out.push(`${label(name)}: expected type ${String(w.type)}, got ${String(g.type)}`);
    else if (defaultOf(w) !== defaultOf(g)) out.push(`${label(name)}: expected ${defaultOf(w)}, got ${defaultOf(g)}`);
  }
  return out;
}

function compareFields(typeName: string, expected: GraphQLObjectType, actual: GraphQLObjectType): string[] {
  const want = new Map(Object.entries(expected.getFields()));
  const got = new Map(Object.entries(actual.getFields()));
  const out = compareNames((name) => `${typeName}.${name}`, want, got, describeField);
  for (const [name, w] of want) {
    const g = got.get(name);
    if (!g) continue;
    if (String(w.type) !== String(g.type)) out.push(`${typeName}.${name}: expected type ${String(w.type)}, got ${String(g.type)}`);
    out.push(...compareInputs((arg) => `${typeName}.${name}(${arg}:)`, w.args, g.args));
  }
  const wantInterfaces = expected.getInterfaces().map(String).sort().join(', ');
  const gotInterfaces = actual.getInterfaces().map(String).sort().join(', ');
  if (wantInterfaces !== gotInterfaces) out.push(`${typeName}: expected interfaces [${wantInterfaces}], got [${gotInterfaces}]`);
  return out;
}

function compareType(name: string, expected: GraphQLNamedType, actual: GraphQLNamedType): string[] {
  if (kindOf(expected) !== kindOf(actual)) return [`type ${name}: expected ${kindOf(expected)}, got ${kindOf(actual)}`];
  if (isObjectType(expected) && isObjectType(actual)) return compareFields(name, expected, actual);
  if (isInputObjectType(expected) && isInputObjectType(actual))
    return compareInputs((field) => `${name}.${field}`, Object.values(expected.getFields()), Object.values(actual.getFields()));
  if (isEnumType(expected) && isEnumType(actual)) {
    return compareNames((value) => `enum ${name}.${value}`, byName(expected.getValues()), byName(actual.getValues()), () => 'this value');
  }
  if (isUnionType(expected) && isUnionType(actual)) {
    const want = expected.getTypes().map(String).sort().join(' | ');
    const got = actual.getTypes().map(String).sort().join(' | ');
    return want === got ? [] : [`union ${name}: expected ${want}, got ${got}`];
  }
  return [];
}

/**
 * Every structural difference between Hasura's schema (`expected`) and ours (`actual`), one readable line each,
 * e.g. `user_on_conflict.update_columns: expected default [], got no default`. Empty when they match.
 */
export function schemaDifferences(expected: GraphQLSchema, actual: GraphQLSchema): string[] {
  const out: string[] = [];
  for (const root of ['query', 'mutation'] as const) {
    const want = root === 'query' ? expected.getQueryType() : expected.getMutationType();
    const got = root === 'query' ? actual.getQueryType() : actual.getMutationType();
    if (want && !got) out.push(`schema: no ${root} root (Hasura's is ${want.name})`);
    else if (want && got && want.name !== got.name) out.push(`schema: ${root} root is named ${got.name}, Hasura names it ${want.name}`);
  }

  const visible = (s: GraphQLSchema) => new Map(Object.entries(s.getTypeMap()).filter(([name]) => !name.startsWith('__')));
  const want = visible(expected);
  const got = visible(actual);
  out.push(...compareNames((name) => `type ${name}`, want, got, (t) => `a ${kindOf(t)}`));
  for (const [name, w] of want) {
    const g = got.get(name);
    if (g) out.push(...compareType(name, w, g));
  }

  const wantDirectives = byName(expected.getDirectives());
  const gotDirectives = byName(actual.getDirectives());
  out.push(...compareNames((name) => `directive @${name}`, wantDirectives, gotDirectives, (d) => `@${d.name} on ${d.locations.join(' | ')}`));
  for (const [name, w] of wantDirectives) {
    const g = gotDirectives.get(name);
    if (!g) continue;
    const locations = (d: typeof w) => [...d.locations].sort().join(' | ');
    if (locations(w) !== locations(g)) out.push(`directive @${name}: expected on ${locations(w)}, got on ${locations(g)}`);
    out.push(...compareInputs((arg) => `directive @${name}(${arg}:)`, w.args, g.args));
  }
  return out;
}

/**
 * graphql-js's own verdict, as a second opinion: changes that would break (or risk breaking) a client written
 * against Hasura's schema when it talks to ours, and the same the other way round (what ours has that Hasura lacks).
 */
export function graphqlJsChanges(expected: GraphQLSchema, actual: GraphQLSchema): string[] {
  const lines = (label: string, changes: readonly { type: string; description: string }[]) => changes.map((c) => `${label} ${c.type}: ${c.description}`);
  return [
    ...lines('Hasura -> engine, breaking', findBreakingChanges(expected, actual)),
    ...lines('Hasura -> engine, dangerous', findDangerousChanges(expected, actual)),
    ...lines('engine -> Hasura, breaking', findBreakingChanges(actual, expected)),
    ...lines('engine -> Hasura, dangerous', findDangerousChanges(actual, expected)),
  ];
}
