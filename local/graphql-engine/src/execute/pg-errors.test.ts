import { toHasuraError } from './pg-errors';
import { HasuraError } from '../errors';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('database errors as Hasura reports them', () => {
  it.each([
    ['23505', 'constraint-violation', 'Uniqueness violation. '],
    ['23503', 'constraint-violation', 'Foreign key violation. '],
    ['23502', 'constraint-violation', 'Not-NULL violation. '],
    ['23514', 'permission-error', 'Check constraint violation. '],
    ['22P02', 'data-exception', ''],
  ])('SQLSTATE %s is %s', (code, hasuraCode, prefix) => {
    const e = toHasuraError(pgError(code, 'detail from postgres'), '$.selectionSet.insert_x.args.objects');
    expect(e.code).toBe(hasuraCode);
    expect(e.message).toBe(`${prefix}detail from postgres`);
    expect(e.path).toBe('$.selectionSet.insert_x.args.objects');
  });

  it('an invalid LIKE escape is a bad request at the root', () => {
    const e = toHasuraError(pgError('22025', 'LIKE pattern must not end with escape character'), '$.selectionSet.x');
    expect(e).toMatchObject({ code: 'bad-request', path: '$' });
  });

  it('anything else is unexpected and says nothing about the database', () => {
    const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const e = toHasuraError(pgError('XX000', 'relation "secret_table" has internal trouble'), '$');
    expect(e.code).toBe('unexpected');
    expect(e.message).not.toContain('secret_table');
    write.mockRestore();
  });

  it('passes engine errors through unchanged', () => {
    const original = new HasuraError('not-found', 'missing session variable: "x-hasura-user-id"');
    expect(toHasuraError(original, '$.x')).toBe(original);
  });
});
