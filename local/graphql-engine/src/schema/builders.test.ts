import { GraphQLList, GraphQLNonNull, GraphQLObjectType } from 'graphql';
import { blogModel } from '../testing/fixture';
import { roleAccess } from './access';
import { roleTypes } from './context';
import { arrayRelationshipFields, objectRelationshipField } from './relationships';
import { deleteRootFields, insertRootFields, selectRootFields, updateRootFields } from './roots';

// Each builder of the role schema on its own, over the blog fixture (author ← article; role `user` may select both,
// aggregate articles only, insert and update articles, delete nothing).

const setUp = async (role: string) => {
  const model = await blogModel();
  const types = roleTypes(model, roleAccess(role, false));
  const table = (name: string) => model.tables.find((t) => t.name === name)!;
  return { types, table };
};

describe('root field builders', () => {
  it('selectRootFields gives select, _by_pk and, with allow_aggregations, _aggregate', async () => {
    const { types, table } = await setUp('user');
    expect(Object.keys(selectRootFields(types, table('article'))).sort()).toEqual(['article', 'article_aggregate', 'article_by_pk']);
    expect(Object.keys(selectRootFields(types, table('author'))).sort()).toEqual(['author', 'author_by_pk']);
    expect(selectRootFields((await setUp('nobody')).types, table('author'))).toEqual({});
  });

  it('insert / update / delete builders follow the mutation permissions', async () => {
    const { types, table } = await setUp('user');
    expect(Object.keys(insertRootFields(types, table('article'))).sort()).toEqual(['insert_article', 'insert_article_one']);
    expect(Object.keys(updateRootFields(types, table('article'))).sort()).toEqual(['update_article', 'update_article_by_pk', 'update_article_many']);
    expect(deleteRootFields(types, table('article'))).toEqual({});
    expect(insertRootFields(types, table('author'))).toEqual({});
    const admin = await setUp('admin');
    expect(Object.keys(deleteRootFields(admin.types, table('author'))).sort()).toEqual(['delete_author', 'delete_author_by_pk']);
  });
});

describe('relationship field builders', () => {
  it('an object relationship over a nullable foreign key column is the nullable target type', async () => {
    const { types, table } = await setUp('admin');
    const rel = table('article').relByName.get('author')!;
    // article.author_id is nullable: the author may be missing.
    expect(objectRelationshipField(types, table('article'), rel).type).toBeInstanceOf(GraphQLObjectType);
  });

  it('an array relationship is a non-null list, with <rel>_aggregate only when the target allows aggregations', async () => {
    const { types, table } = await setUp('user');
    const fields = arrayRelationshipFields(types, table('author').relByName.get('articles')!);
    expect(Object.keys(fields).sort()).toEqual(['articles', 'articles_aggregate']);
    expect(fields.articles.type).toBeInstanceOf(GraphQLNonNull);
    expect((fields.articles.type as GraphQLNonNull<GraphQLList<never>>).ofType).toBeInstanceOf(GraphQLList);
    expect(Object.keys(fields.articles.args ?? {}).sort()).toEqual(['distinct_on', 'limit', 'offset', 'order_by', 'where']);
  });
});
