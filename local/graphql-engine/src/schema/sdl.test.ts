import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, printSchema, lexicographicSortSchema, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { modelOf, tableEntry } from '../testing/fixture';
import { roleAccess } from './access';
import { buildRoleSchema } from '.';

// The schema this engine serves for a table must be the one real Hasura generates for it: same types, names,
// arguments, defaults, nullability and descriptions. The reference is Hasura's own output for
// user(id uuid primary key default gen_random_uuid(), name text not null).

const reference = fs.readFileSync(path.join(__dirname, '__fixtures__', 'hasura-user-table.graphql'), 'utf8');

describe('generated schema matches Hasura', () => {
  it('serves the same SDL as Hasura for the same table', async () => {
    const model = await modelOf(
      [{ name: 'user', columns: [['id', 'uuid', { nullable: false, default: true }], ['name', 'text', { nullable: false }]], primaryKey: ['id'] }],
      [tableEntry('user')],
    );
    const full = buildRoleSchema(model, roleAccess('admin', false)).schema.toConfig();
    // That SDL predates Hasura v2.10, which added update_<table>_many (and its <table>_updates input).
    const mutation = full.mutation!.toConfig();
    delete mutation.fields.update_user_many;
    const ours = new GraphQLSchema({
      ...full,
      mutation: new GraphQLObjectType(mutation),
      types: full.types.filter((t) => !['user_updates', 'mutation_root'].includes(t.name)),
    });
    const print = (s: Parameters<typeof printSchema>[0]) => printSchema(lexicographicSortSchema(s));
    expect(print(ours)).toBe(print(buildSchema(reference)));
  });
});
