// Hasura's error shape: HTTP 200 on /v1/graphql with {errors:[{message, extensions:{path, code}}]}.
// `path` is Hasura's JSONPath string ('$', '$.selectionSet.author.selectionSet.x', '$.variableValues.id' …).
export type HasuraErrorCode =
  | 'validation-failed'
  | 'invalid-jwt'
  | 'jwt-invalid-claims'
  | 'jwt-missing-role-claims'
  | 'access-denied'
  | 'invalid-headers'
  | 'permission-error'
  | 'constraint-violation'
  | 'data-exception'
  | 'not-found'
  | 'not-supported'
  | 'bad-request'
  | 'parse-failed'
  | 'unexpected'
  | (string & {});

export class HasuraError extends Error {
  constructor(
    readonly code: HasuraErrorCode,
    message: string,
    readonly path: string = '$',
    readonly httpStatus: number = 200,
  ) {
    super(message);
  }

  toJSON() {
    return { message: this.message, extensions: { path: this.path, code: this.code } };
  }
}
