import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, buildSchema, introspectionFromSchema } from 'graphql';
import { comparableSchema, graphqlJsChanges, schemaDifferences, type RootFieldFilter } from './compare';

// The comparator on its own, against Hasura's golang-backend-server SDL and edited copies of it: a schema served
// back through introspection must compare equal, and each kind of edit must be named precisely.

const hasuraSdl = fs.readFileSync(path.join(__dirname, 'fixtures/golang-backend-server/schema.graphql'), 'utf8');
const actions = new Set(['query.todos', 'mutation.createTodo', 'mutation.login']);
const dropActions: RootFieldFilter = (root, field) => actions.has(`${root}.${field}`);

const hasura = comparableSchema(buildSchema(hasuraSdl), dropActions);
/** What an engine serving `sdl` looks like to the test: its introspection result, rebuilt by graphql-js. */
const served = (sdl: string) => comparableSchema(buildClientSchema(introspectionFromSchema(buildSchema(sdl))), dropActions);

function edited(from: string, to: string): string {
  if (!hasuraSdl.includes(from)) throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`);
  return hasuraSdl.replace(from, to);
}

describe('sdl-compat comparator', () => {
  it('finds nothing when the engine serves exactly Hasura’s schema', () => {
    expect(schemaDifferences(hasura, served(hasuraSdl))).toEqual([]);
    expect(graphqlJsChanges(hasura, served(hasuraSdl))).toEqual([]);
  });

  it('leaves out the ignored root fields, the types only they reach, and the subscription root', () => {
    const types = hasura.getTypeMap();
    expect(Object.keys(hasura.getQueryType()!.getFields()).sort()).toEqual(['user', 'user_aggregate', 'user_by_pk']);
    expect(types.user).toBeDefined();
    expect(types.user_on_conflict).toBeDefined();
    for (const actionType of ['Todo', 'User', 'LoginResponse', 'NewTodo']) expect(types[actionType]).toBeUndefined();
    expect(hasura.getSubscriptionType()).toBeUndefined();
  });

  it('names a field whose nullability differs', () => {
    const engine = served(edited('type user {\n  id: uuid!\n  name: String!', 'type user {\n  id: uuid!\n  name: String'));
    expect(schemaDifferences(hasura, engine)).toEqual(['user.name: expected type String!, got String']);
    expect(graphqlJsChanges(hasura, engine).join('\n')).toContain('user.name');
  });

  it('names a missing default value', () => {
    const engine = served(edited('update_columns: [user_update_column!]! = []', 'update_columns: [user_update_column!]!'));
    expect(schemaDifferences(hasura, engine)).toEqual(['user_on_conflict.update_columns: expected default [], got no default']);
  });

  it('names a missing root field, an extra argument and a missing enum value', () => {
    const engine = served(
      edited('  """fetch data from the table: "user" using primary key columns"""\n  user_by_pk(id: uuid!): user\n}\n\ntype subscription_root', '}\n\ntype subscription_root')
        .replace('count(columns: [user_select_column!], distinct: Boolean)', 'count(columns: [user_select_column!], distinct: Boolean, approximate: Boolean)')
        .replace('  """in ascending order, nulls first"""\n  asc_nulls_first\n', ''),
    );
    expect(schemaDifferences(hasura, engine).sort()).toEqual(
      [
        'query_root.user_by_pk: missing (Hasura has user_by_pk(id: uuid!): user)',
        'user_aggregate_fields.count(approximate:): not in Hasura\'s schema (engine has approximate: Boolean (no default))',
        'enum order_by.asc_nulls_first: missing (Hasura has this value)',
      ].sort(),
    );
  });

  it('names a type of another kind and a changed argument type', () => {
    const engine = served(edited('scalar uuid\n', 'enum uuid {\n  A\n}\n').replace('delete_user_by_pk(id: uuid!)', 'delete_user_by_pk(id: String!)'));
    expect(schemaDifferences(hasura, engine).sort()).toEqual(
      ['type uuid: expected scalar, got enum', 'mutation_root.delete_user_by_pk(id:): expected type uuid!, got String!'].sort(),
    );
  });

  it('names a missing custom directive', () => {
    const withoutCached = edited('"""whether this query should be cached (Hasura Cloud only)"""\ndirective @cached(', '"""x"""\ndirective @cachedNot(');
    expect(schemaDifferences(hasura, served(withoutCached)).sort()).toEqual(
      [
        'directive @cached: missing (Hasura has @cached on QUERY)',
        "directive @cachedNot: not in Hasura's schema (engine has @cachedNot on QUERY)",
      ].sort(),
    );
  });
});
