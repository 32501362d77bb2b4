import pg from 'pg';
import type { GraphQLInputObjectType } from 'graphql';
import { setUpThrowawayPostgres } from '../../db/throwaway-postgres-jest';
import { loadCatalog } from './catalog';
import { buildModel, type BuildOptions } from './model/build';
import type { Metadata } from './metadata';
import { Engine, type EngineOptions } from './engine';
import { HasuraError } from './errors';
import { tableEntry } from './testing/fixture';
import type { Session } from './session';

// The whole engine over a real PostgreSQL: permissions, transactions and error codes as a client sees them.

jest.setTimeout(120_000);

const postgres = setUpThrowawayPostgres('engine_test');
let pool: pg.Pool;
let url: string;
let engine: Engine;

const admin: Session = { role: 'admin', adminSecretSent: true, variables: { 'x-hasura-role': 'admin' } };
/** Role admin from a JWT: no admin secret was sent. */
const jwtAdmin: Session = { role: 'admin', adminSecretSent: false, variables: { 'x-hasura-role': 'admin', 'x-hasura-user-id': '2' } };
const user = (id: string): Session => ({ role: 'user', adminSecretSent: false, variables: { 'x-hasura-role': 'user', 'x-hasura-user-id': id } });

beforeAll(async () => {
  url = await postgres.freshDatabase();
  pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle connection dropped while the server stops must not crash the test run.
  pool.on('error', () => {});
  await pool.query(`
    CREATE TABLE author (id serial PRIMARY KEY, name text UNIQUE NOT NULL);
    CREATE TABLE article (id serial PRIMARY KEY, title text NOT NULL, author_id int NOT NULL REFERENCES author(id), published boolean NOT NULL DEFAULT false);
    INSERT INTO author (name) VALUES ('Ada'), ('Bob');
    INSERT INTO article (title, author_id, published) VALUES ('a1', 1, true), ('a2', 1, false), ('b1', 2, false);
    CREATE TABLE measure (id int PRIMARY KEY, small int NOT NULL, big bigint NOT NULL, num numeric NOT NULL, dbl float8 NOT NULL);
    INSERT INTO measure VALUES (1, 2, 9007199254740993, 12345678901234567890.123, 0.5), (2, 3, 1, 1, 1.25);
    CREATE FUNCTION measure_doubled(m measure) RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT m.big * 2 $$;
    -- As hasura/migrations' audit trigger: the writer is read from the transaction's hasura.user setting.
    CREATE TABLE audit (entity text NOT NULL, actor text, role text);
    CREATE FUNCTION audit_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO audit VALUES (TG_TABLE_NAME, nullif(current_setting('hasura.user', true), '')::jsonb ->> 'x-hasura-user-id',
                                nullif(current_setting('hasura.user', true), '')::jsonb ->> 'x-hasura-role');
      RETURN NEW;
    END $$;
    CREATE TRIGGER author_audit AFTER INSERT ON author FOR EACH ROW EXECUTE FUNCTION audit_write();
  `);
  const tables = [
    tableEntry('author', {
      array_relationships: [{ name: 'articles', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'article' }, column: 'author_id' } } }],
      select_permissions: [
        { role: 'user', permission: { columns: ['id', 'name'], filter: {}, allow_aggregations: false, computed_fields: [] } },
        { role: 'reader', permission: { columns: ['id', 'name'], filter: {}, allow_aggregations: false, computed_fields: [] } },
        {
          role: 'prolific',
          permission: {
            columns: ['id', 'name'],
            filter: { articles_aggregate: { count: { predicate: { _gt: 1 }, filter: { title: { _in: ['a1', 'a2', 'b1'] } } } } },
            allow_aggregations: false,
            computed_fields: [],
          },
        },
      ],
      insert_permissions: [{ role: 'user', permission: { check: {}, set: {}, columns: ['name'], backend_only: false } }],
    }),
    tableEntry('article', {
      object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
      select_permissions: [
        {
          role: 'user',
          permission: { columns: ['id', 'title', 'author_id', 'published'], filter: { _or: [{ author_id: 'X-Hasura-User-Id' }, { published: true }] }, allow_aggregations: false, computed_fields: [] },
        },
        { role: 'reader', permission: { columns: ['id', 'title', 'published'], filter: { published: { _eq: true } }, allow_aggregations: true, computed_fields: [] } },
      ],
      insert_permissions: [{ role: 'user', permission: { check: { author_id: 'X-Hasura-User-Id' }, set: {}, columns: ['title', 'author_id'], backend_only: false } }],
    }),
  ];
  tables.push(
    tableEntry('measure', {
      computed_fields: [{ name: 'doubled', definition: { function: { schema: 'public', name: 'measure_doubled' } } }],
      select_permissions: [{ role: 'user', permission: { columns: ['id'], filter: {}, allow_aggregations: false, computed_fields: [] } }],
      insert_permissions: [{ role: 'user', permission: { check: {}, set: {}, columns: ['id', 'small', 'big', 'num', 'dbl'], backend_only: true } }],
    }),
  );
  metadata = { tables, tableFiles: tables.map(() => 'tables.yaml'), functions: [], functionFiles: [], inheritedRoles: [] };
  engine = await engineWith({ stringifyNumbers: true });
});

let metadata: Metadata;
const engineWith = async (options: BuildOptions, engineOptions: Partial<EngineOptions> = {}, db: pg.Pool = pool) =>
  new Engine(await buildModel(metadata, await loadCatalog(db), db, options), db, { maxDepth: 10, planCacheSize: 10, ...engineOptions });

afterAll(async () => {
  await pool?.end();
});

const run = async (query: string, session: Session, variables?: Record<string, unknown>) => JSON.parse(await engine.run({ query, variables }, session));
const failure = async (query: string, session: Session, variables?: Record<string, unknown>) => {
  try {
    await engine.run({ query, variables }, session);
  } catch (e) {
    if (e instanceof HasuraError) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error('expected the request to fail');
};
const count = async (table: string) => Number((await pool.query(`SELECT count(*) FROM ${table}`)).rows[0].count);

describe('engine over PostgreSQL', () => {
  it('applies the row filter with the session user', async () => {
    expect(await run('{ article(order_by: {id: asc}) { title } }', user('2'))).toEqual({ data: { article: [{ title: 'a1' }, { title: 'b1' }] } });
    expect(await run('{ article(order_by: {id: asc}) { title } }', user('1'))).toEqual({ data: { article: [{ title: 'a1' }, { title: 'a2' }] } });
  });

  it('filters nested relationships too', async () => {
    const res = await run('{ author(order_by: {id: asc}) { name articles(order_by: {id: asc}) { title } } }', user('2'));
    expect(res.data.author).toEqual([
      { name: 'Ada', articles: [{ title: 'a1' }] },
      { name: 'Bob', articles: [{ title: 'b1' }] },
    ]);
  });

  it('rolls back an insert whose permission check fails', async () => {
    const before = await count('article');
    expect(await failure('mutation { insert_article(objects: [{title: "x", author_id: 2}]) { affected_rows } }', user('1'))).toEqual({
      code: 'permission-error',
      path: '$.selectionSet.insert_article.args.objects',
    });
    expect(await count('article')).toBe(before);
  });

  it('rolls back every root field of a failed mutation', async () => {
    const authors = await count('author');
    const q = 'mutation { a: insert_author(objects: [{name: "Cy"}]) { affected_rows } b: insert_author(objects: [{name: "Ada"}]) { affected_rows } }';
    // Hasura's paths name the field, not its alias
    expect(await failure(q, admin)).toEqual({ code: 'constraint-violation', path: '$.selectionSet.insert_author.args.objects' });
    expect(await count('author')).toBe(authors);
  });

  it('inserts nested rows in one transaction and returns them through relationships', async () => {
    const res = await run('mutation { insert_author_one(object: {name: "Dee", articles: {data: [{title: "d1"}, {title: "d2"}]}}) { name articles(order_by: {id: asc}) { title author { name } } } }', admin);
    expect(res.data.insert_author_one).toEqual({
      name: 'Dee',
      articles: [
        { title: 'd1', author: { name: 'Dee' } },
        { title: 'd2', author: { name: 'Dee' } },
      ],
    });
  });

  it('reports a LIKE pattern PostgreSQL rejects as bad-request', async () => {
    expect(await failure('{ author(where: {name: {_like: "%\\\\"}}) { id } }', admin)).toEqual({ code: 'bad-request', path: '$' });
  });

  it('reports a value PostgreSQL cannot read as data-exception', async () => {
    expect(await failure('{ author(where: {name: {_similar: "("}}) { id } }', admin)).toMatchObject({ code: 'data-exception' });
  });

  it('lets triggers read the session variables of a mutation from hasura.user, for that transaction only', async () => {
    await pool.query('DELETE FROM audit');
    await run('mutation { insert_author_one(object: {name: "Eve"}) { id } }', user('7'));
    expect((await pool.query(`SELECT actor, role FROM audit WHERE entity = 'author'`)).rows).toEqual([{ actor: '7', role: 'user' }]);
    await pool.query(`INSERT INTO author (name) VALUES ('Fay')`);
    expect((await pool.query(`SELECT actor FROM audit WHERE entity = 'author' ORDER BY actor NULLS LAST`)).rows).toEqual([{ actor: '7' }, { actor: null }]);
  });

  it('a missing session variable is not-found', async () => {
    expect(await failure('{ article { id } }', { role: 'user', adminSecretSent: false, variables: { 'x-hasura-role': 'user' } })).toEqual({ code: 'not-found', path: '$' });
  });
});

describe('numbers in responses (HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES)', () => {
  const rows = '{ measure(order_by: {id: asc}) { small big num dbl doubled } }';
  const sums = '{ measure_aggregate { aggregate { count sum { small big num dbl } max { big } avg { small } } } }';

  // Raw response text: JSON.parse would round 9007199254740993, which is the point of either mode.
  it('sends bigint, numeric and float8 as exact JSON numbers by default, as Hasura does', async () => {
    const plain = await engineWith({ stringifyNumbers: false });
    expect(await plain.run({ query: rows }, admin)).toBe(
      '{"data":{"measure":[{"small" : 2, "big" : 9007199254740993, "num" : 12345678901234567890.123, "dbl" : 0.5, "doubled" : 18014398509481986}, ' +
        '{"small" : 3, "big" : 1, "num" : 1, "dbl" : 1.25, "doubled" : 2}]}}',
    );
    const aggregate = JSON.parse(await plain.run({ query: sums }, admin)).data.measure_aggregate.aggregate;
    expect(aggregate).toEqual({ count: 2, sum: { small: 5, big: 9007199254740994, num: 12345678901234567891.123, dbl: 1.75 }, max: { big: 9007199254740993 }, avg: { small: 2.5 } });
    expect(typeof aggregate.sum.big).toBe('number');
  });

  it('sends them as strings with the flag on, aggregates of such columns included', async () => {
    const text = await engine.run({ query: rows }, admin);
    expect(JSON.parse(text).data.measure[0]).toEqual({ small: 2, big: '9007199254740993', num: '12345678901234567890.123', dbl: '0.5', doubled: '18014398509481986' });
    const aggregate = JSON.parse(await engine.run({ query: sums }, admin)).data.measure_aggregate.aggregate;
    // sum() of an int column and avg() are stringified by the column's type (int): they stay numbers.
    expect(aggregate).toEqual({ count: 2, sum: { small: 5, big: '9007199254740994', num: '12345678901234567891.123', dbl: '1.75' }, max: { big: '9007199254740993' }, avg: { small: 2.5 } });
  });
});

describe('who bypasses permissions (Hasura: the role admin, however it was obtained)', () => {
  const withBackendOnly = (s: Session): Session => ({ ...s, variables: { ...s.variables, 'x-hasura-use-backend-only-permissions': 'true' } });

  it('role admin from a JWT sees every row and column and skips insert checks', async () => {
    const titles = await run('{ article(order_by: {id: asc}) { title } }', jwtAdmin);
    expect(titles.data.article.map((a: { title: string }) => a.title)).toEqual(expect.arrayContaining(['a1', 'a2', 'b1']));
    expect((await run('{ measure(where: {id: {_eq: 2}}) { small } }', jwtAdmin)).data.measure).toEqual([{ small: 3 }]);
    // author_id 1 is not the session user: the user role's check would refuse it.
    await run('mutation { insert_article_one(object: {title: "by admin", author_id: 1}) { id } }', jwtAdmin);
    expect((await pool.query(`SELECT author_id FROM article WHERE title = 'by admin'`)).rows).toEqual([{ author_id: 1 }]);
  });

  it('the admin secret with x-hasura-role user gets exactly the user permissions', async () => {
    const userViaSecret: Session = { ...user('2'), adminSecretSent: true };
    expect(await run('{ article(order_by: {id: asc}) { title } }', userViaSecret)).toEqual(await run('{ article(order_by: {id: asc}) { title } }', user('2')));
    expect(await failure('{ measure { small } }', userViaSecret)).toEqual({ code: 'validation-failed', path: '$.selectionSet.measure.selectionSet.small' });
    expect(await failure('mutation { insert_article_one(object: {title: "x", author_id: 1}) { id } }', userViaSecret)).toMatchObject({ code: 'permission-error' });
  });

  it('backend_only permissions need the admin secret, not just the header', async () => {
    const insert = 'mutation($id: Int!) { insert_measure_one(object: {id: $id, small: 1, big: 1, num: 1, dbl: 1}) { id } }';
    expect(await run(insert, withBackendOnly({ ...user('2'), adminSecretSent: true }), { id: 10 })).toEqual({ data: { insert_measure_one: { id: 10 } } });
    expect(await failure(insert, withBackendOnly(user('2')), { id: 11 })).toMatchObject({ code: 'validation-failed' });
  });
});

describe('plan cache: one compiled plan per query shape, values bound per request', () => {
  const titles = async (e: Engine, query: string, variables: Record<string, unknown>, session: Session = admin) =>
    (JSON.parse(await e.run({ query, variables }, session)) as { data: { article: { title: string }[] } }).data.article.map((a) => a.title);
  const byAuthor = 'query($author: Int!, $skip: Int!) { article(where: {author_id: {_eq: $author}, title: {_in: ["a1", "a2", "b1"]}}, order_by: {id: asc}, offset: $skip) { title } }';

  it('serves different scalar values (comparison operands, offset) from one plan, with each request its own rows', async () => {
    const e = await engineWith({ stringifyNumbers: false });
    expect(await titles(e, byAuthor, { author: 1, skip: 0 })).toEqual(['a1', 'a2']);
    expect(await titles(e, byAuthor, { author: 2, skip: 0 })).toEqual(['b1']);
    expect(await titles(e, byAuthor, { author: 1, skip: 1 })).toEqual(['a2']);
    expect(e.cachedPlans).toBe(1);
    // The permission filter's session variable is bound per request as well.
    const mine = 'query($skip: Int) { article(where: {title: {_in: ["a1", "a2", "b1"]}}, order_by: {id: asc}, offset: $skip) { title } }';
    expect(await titles(e, mine, { skip: 0 }, user('1'))).toEqual(['a1', 'a2']);
    expect(await titles(e, mine, { skip: 0 }, user('2'))).toEqual(['a1', 'b1']);
    expect(e.cachedPlans).toBe(2);
  });

  it('compiles a new plan for each where-object shape, and for a bound variable turning null', async () => {
    const e = await engineWith({ stringifyNumbers: false });
    const q = 'query($where: article_bool_exp) { article(where: $where, order_by: {id: asc}) { title } }';
    expect(await titles(e, q, { where: { author_id: { _eq: 2 }, title: { _in: ['b1'] } } })).toEqual(['b1']);
    expect(await titles(e, q, { where: { title: { _in: ['a1', 'a2'] } } })).toEqual(['a1', 'a2']);
    expect(await titles(e, q, { where: { title: { _in: ['b1'] } } })).toEqual(['b1']);
    expect(e.cachedPlans).toBe(3);
    const maybe = 'query($t: String) { article(where: {title: {_eq: $t}, author_id: {_eq: 2}}, order_by: {id: asc}) { title } }';
    expect(await titles(e, maybe, { t: 'b1' })).toEqual(['b1']);
    expect(await titles(e, maybe, { t: 'zz' })).toEqual([]);
    expect(e.cachedPlans).toBe(4);
    // Hasura drops a comparison with a null operand: all of author 2's rows.
    expect(await titles(e, maybe, { t: null })).toEqual(['b1']);
    expect(e.cachedPlans).toBe(5);
  });

  it('still validates the values a reused plan binds', async () => {
    const e = await engineWith({ stringifyNumbers: false });
    await titles(e, byAuthor, { author: 1, skip: 0 });
    const fail = async (variables: Record<string, unknown>) =>
      e.run({ query: byAuthor, variables }, admin).then(
        () => undefined,
        (err: HasuraError) => ({ code: err.code, path: err.path }),
      );
    expect(await fail({ author: 'one', skip: 0 })).toEqual({ code: 'validation-failed', path: '$.variableValues.author' });
    expect(await fail({ author: 1, skip: -1 })).toEqual({ code: 'not-supported', path: '$.selectionSet.article.args.offset' });
    expect(await fail({ skip: 0 })).toMatchObject({ code: 'validation-failed' });
    expect(e.cachedPlans).toBe(1);
  });

  it('keeps at most planCacheSize plans', async () => {
    const e = await engineWith({ stringifyNumbers: false }, { planCacheSize: 2 });
    for (const field of ['id', 'title', 'published']) await e.run({ query: `{ article(limit: 1) { ${field} } }` }, admin);
    expect(e.cachedPlans).toBe(2);
  });

  it('runs queries as named prepared statements when the source uses prepared statements', async () => {
    // One connection, so the statement the engine prepared is visible to the next query on it.
    const single = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const e = await engineWith({ stringifyNumbers: false }, { namedStatements: true }, single);
      expect(await titles(e, byAuthor, { author: 2, skip: 0 })).toEqual(['b1']);
      expect(await titles(e, byAuthor, { author: 1, skip: 0 })).toEqual(['a1', 'a2']);
      const prepared = (await single.query(`SELECT name, statement FROM pg_prepared_statements`)).rows as { name: string; statement: string }[];
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^hge_[0-9a-f]{40}$/);
      expect(prepared[0].statement).toContain('"article"');
    } finally {
      await single.end();
    }
  });
});

describe('filtering by relationship aggregates (<rel>_aggregate in where)', () => {
  const seeded = '{title: {_in: ["a1", "a2", "b1"]}}';
  const names = async (where: string, session: Session = admin, variables?: Record<string, unknown>) =>
    (JSON.parse(await engine.run({ query: `query($n: Int) { author(where: ${where}, order_by: {id: asc}) { name } }`, variables }, session)) as {
      data: { author: { name: string }[] };
    }).data.author.map((a) => a.name);

  it('counts the related rows passing the filter and compares the count', async () => {
    expect(await names(`{articles_aggregate: {count: {predicate: {_gt: 1}, filter: ${seeded}}}}`)).toEqual(['Ada']);
    expect(await names(`{articles_aggregate: {count: {predicate: {_eq: $n}, filter: ${seeded}}}}`, admin, { n: 1 })).toEqual(['Bob']);
    expect(await names(`{name: {_in: ["Ada", "Bob", "Eve"]}, articles_aggregate: {count: {predicate: {_eq: 0}, filter: ${seeded}}}}`)).toEqual(['Eve']);
    // count(published) counts non-null values; `distinct` is accepted and, as in Hasura's SQL, not applied.
    expect(await names(`{articles_aggregate: {count: {arguments: [published], distinct: true, predicate: {_eq: 2}, filter: ${seeded}}}}`)).toEqual(['Ada']);
    // Ada's a1, a2 and "by admin" (written above) hold published true, false, false: three values, two distinct.
    expect(await names(`{articles_aggregate: {count: {arguments: [published], distinct: true, predicate: {_eq: 3}, filter: {title: {_in: ["a1", "a2", "by admin"]}}}}}`)).toEqual(['Ada']);
  });

  it('offers bool_and / bool_or over a Boolean column', async () => {
    // Ada: a1 published, a2 not; Bob: b1 not. Authors without such articles aggregate to null and never match.
    expect(await names(`{articles_aggregate: {bool_or: {arguments: published, predicate: {_eq: true}, filter: ${seeded}}}}`)).toEqual(['Ada']);
    expect(await names(`{articles_aggregate: {bool_or: {arguments: published, predicate: {_eq: false}, filter: ${seeded}}}}`)).toEqual(['Bob']);
    expect(await names(`{articles_aggregate: {bool_and: {arguments: published, predicate: {_eq: false}, filter: ${seeded}}}}`)).toEqual(['Ada', 'Bob']);
  });

  it("aggregates only the rows the role may select, and exists only where it may aggregate", async () => {
    // reader sees published articles only: a1 (Ada).
    expect(await names('{articles_aggregate: {count: {predicate: {_gte: 1}}}}', { role: 'reader', adminSecretSent: false, variables: { 'x-hasura-role': 'reader' } })).toEqual(['Ada']);
    expect(await failure('{ author(where: {articles_aggregate: {count: {predicate: {_gte: 1}}}}) { name } }', user('1'))).toMatchObject({ code: 'validation-failed' });
  });

  it('takes exactly one predicate', async () => {
    expect(await failure('{ author(where: {articles_aggregate: {count: {predicate: {_gt: 0}}, bool_or: {arguments: published, predicate: {_eq: true}}}}) { name } }', admin)).toEqual({
      code: 'validation-failed',
      path: '$.selectionSet.author.args.where.articles_aggregate',
    });
  });

  it('works inside permission rules too', async () => {
    expect((await run('{ author(order_by: {id: asc}) { name } }', { role: 'prolific', adminSecretSent: false, variables: { 'x-hasura-role': 'prolific' } })).data.author).toEqual([{ name: 'Ada' }]);
  });

  it("names its types as Hasura's schema does", () => {
    const schema = engine.roleSchema('admin', false).schema;
    const fields = (name: string) => Object.fromEntries(Object.values((schema.getType(name) as GraphQLInputObjectType).getFields()).map((f) => [f.name, String(f.type)]));
    expect(fields('author_bool_exp').articles_aggregate).toBe('article_aggregate_bool_exp');
    expect(fields('article_aggregate_bool_exp')).toEqual({ bool_and: 'article_aggregate_bool_exp_bool_and', bool_or: 'article_aggregate_bool_exp_bool_or', count: 'article_aggregate_bool_exp_count' });
    expect(fields('article_aggregate_bool_exp_count')).toEqual({ arguments: '[article_select_column!]', distinct: 'Boolean', filter: 'article_bool_exp', predicate: 'Int_comparison_exp!' });
    expect(fields('article_aggregate_bool_exp_bool_and')).toEqual({
      arguments: 'article_select_column_article_aggregate_bool_exp_bool_and_arguments_columns!',
      distinct: 'Boolean',
      filter: 'article_bool_exp',
      predicate: 'Boolean_comparison_exp!',
    });
    // No Boolean column on author: no bool_and / bool_or over it (measure has none either).
    expect(Object.keys(fields('measure_bool_exp'))).not.toContain('doubled_aggregate');
  });
});
