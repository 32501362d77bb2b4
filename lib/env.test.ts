import { EnvError, parseServerEnv } from './env';

const base = {
  HASURA_GRAPHQL_URL: 'http://127.0.0.1:8080/v1/graphql',
  COGNITO_USER_POOL_ID: 'us-east-1_nestlocal',
  COGNITO_CLIENT_ID: 'nestlocalwebclient00000000',
  S3_BUCKET: 'nest-media',
};

describe('AWS credentials for S3 and the Cognito admin API', () => {
  test('both set: the clients sign with them (the local stack checks these signatures)', () => {
    expect(parseServerEnv({ ...base, AWS_ACCESS_KEY_ID: 'nest-local', AWS_SECRET_ACCESS_KEY: 'nest-local-secret' }).awsCredentials).toEqual({
      accessKeyId: 'nest-local',
      secretAccessKey: 'nest-local-secret',
    });
  });

  test("neither set (or empty): the SDK's own chain, e.g. the instance role", () => {
    expect(parseServerEnv(base).awsCredentials).toBeUndefined();
    expect(parseServerEnv({ ...base, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' }).awsCredentials).toBeUndefined();
  });

  test('only one of the two is refused, naming the variable', () => {
    expect(() => parseServerEnv({ ...base, AWS_ACCESS_KEY_ID: 'nest-local' })).toThrow(EnvError);
    expect(() => parseServerEnv({ ...base, AWS_ACCESS_KEY_ID: 'nest-local' })).toThrow(/AWS_SECRET_ACCESS_KEY: set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither/);
  });
});
