import { encodeJsonPath, executeJsonPath, parseJsonPath } from './json-path';

describe('JSONPath as Hasura accepts it in claims_map', () => {
  const token = { sub: 'u-1', 'cognito:groups': ['nest-access', 'nest-admin'], user: { 'org-id': 'o-1', tags: [{ id: 't' }] } };

  it.each([
    ['$.sub', 'u-1'],
    ['sub', 'u-1'],
    ["$['cognito:groups']", ['nest-access', 'nest-admin']],
    ['$["cognito:groups"][1]', 'nest-admin'],
    ["$['cognito:groups'][0]", 'nest-access'],
    ['$.user.org-id', 'o-1'],
    ['$.user.tags[0].id', 't'],
    ['$', token],
  ])('%s', (path, expected) => {
    expect(executeJsonPath(parseJsonPath(path), token)).toEqual(expected);
  });

  it('yields nothing for a missing key or index, rather than failing', () => {
    expect(executeJsonPath(parseJsonPath("$['cognito:groups'][5]"), token)).toBeUndefined();
    expect(executeJsonPath(parseJsonPath('$.user.missing.deeper'), token)).toBeUndefined();
    expect(executeJsonPath(parseJsonPath('$.sub[0]'), token)).toBeUndefined();
  });

  it.each(['$.', '$..sub', '$.9lives', '$[abc]', "$['unterminated", '$.a b', ''])('refuses %p', (path) => {
    expect(() => parseJsonPath(path)).toThrow('Accept letters, digits, underscore (_) or hyphen (-) only');
  });

  it('renders paths the way Hasura prints them in errors', () => {
    expect(encodeJsonPath(parseJsonPath("$['cognito:groups'][0]"))).toBe('$["cognito:groups"][0]');
    expect(encodeJsonPath(parseJsonPath('$.app.hasura'))).toBe('$.app.hasura');
  });
});
