import { graphqlSync, getIntrospectionQuery, validateSchema } from 'graphql';
import { blogModel, modelOf, tableEntry } from '../testing/fixture';
import { roleAccess } from './access';
import { buildRoleSchema } from '.';

describe('per-role schemas', () => {
  it('every role gets a valid schema that introspection (graphql-codegen) can read', async () => {
    const model = await blogModel();
    for (const role of ['admin', ...model.roles, 'unknown_role']) {
      const { schema } = buildRoleSchema(model, roleAccess(role, false));
      expect(validateSchema(schema)).toEqual([]);
      const result = graphqlSync({ schema, source: getIntrospectionQuery() });
      expect(result.errors).toBeUndefined();
    }
  });

  it('only what the role may see exists', async () => {
    const model = await blogModel();
    const { schema, hasMutations } = buildRoleSchema(model, roleAccess('user', false));
    const author = schema.getType('author') as import('graphql').GraphQLObjectType;
    // `secret` is not among the role's columns; articles_aggregate exists because article allows aggregations
    expect(Object.keys(author.getFields()).sort()).toEqual(['articles', 'articles_aggregate', 'id', 'name']);
    const queries = Object.keys(schema.getQueryType()!.getFields());
    expect(queries).toContain('article_aggregate'); // allow_aggregations on article
    expect(queries).not.toContain('author_aggregate');
    expect(hasMutations).toBe(true);
    expect(Object.keys(schema.getMutationType()!.getFields()).sort()).toEqual(['insert_article', 'insert_article_one', 'update_article', 'update_article_by_pk', 'update_article_many']);
    // insertable columns only, without the preset column (published); no nested author: the role cannot insert authors
    const insert = schema.getType('article_insert_input') as import('graphql').GraphQLInputObjectType;
    expect(Object.keys(insert.getFields()).sort()).toEqual(['author_id', 'title']);
  });

  it("a role that sees no column of a table still gets the table, with an empty type (Hasura's selectability rule)", async () => {
    const model = await modelOf(
      [{ name: 'secret', columns: [['id', 'int4']], primaryKey: ['id'] }],
      [tableEntry('secret', { select_permissions: [{ role: 'guest', permission: { columns: [], filter: {}, allow_aggregations: true, computed_fields: [] } }] })],
    );
    const { schema } = buildRoleSchema(model, roleAccess('guest', false));
    const secret = schema.getType('secret') as import('graphql').GraphQLObjectType;
    expect(Object.keys(secret.getFields())).toEqual([]);
    const queries = schema.getQueryType()!.getFields();
    // No _by_pk without its key columns; no distinct_on and no count(columns:) without a column to name.
    expect(Object.keys(queries).sort()).toEqual(['secret', 'secret_aggregate']);
    expect(queries.secret.args.map((a) => a.name).sort()).toEqual(['limit', 'offset', 'order_by', 'where']);
    const fields = (schema.getType('secret_aggregate_fields') as import('graphql').GraphQLObjectType).getFields();
    expect(Object.keys(fields)).toEqual(['count']);
    expect(fields.count.args.map((a) => a.name)).toEqual(['distinct']);
    // Introspection (graphql-codegen) still reads it.
    const result = graphqlSync({ schema, source: getIntrospectionQuery() });
    expect(result.errors).toBeUndefined();
  });
});
