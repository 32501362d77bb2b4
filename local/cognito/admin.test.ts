import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  DescribeUserPoolClientCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  ListUsersCommand,
  UpdateUserPoolClientCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { freshEmail, startTestCognito, TEST_CREDENTIALS, type TestCognito } from './test-support';

const PASSWORD = 'Correct-horse-1';
let t: TestCognito;

beforeAll(async () => {
  t = await startTestCognito();
  await t.admin.send(new CreateGroupCommand({ UserPoolId: t.cognito.poolId, GroupName: 'nest-access' }));
});

afterAll(() => t.stop());

function clientWith(credentials: { accessKeyId: string; secretAccessKey: string }, region = t.cognito.region) {
  return new CognitoIdentityProviderClient({ endpoint: t.cognito.url, region, credentials, maxAttempts: 1 });
}

async function failure(p: Promise<unknown>): Promise<{ name: string; message: string; status?: number }> {
  try {
    await p;
  } catch (err) {
    const e = err as Error & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to be refused');
}

const createUser = (email: string, groups: string[] = []) => t.createUser(email, groups, PASSWORD);

/** What to change from a correct signature: another key, secret, service, region, or a signing time in the past. */
interface SignAs {
  accessKeyId?: string;
  secretAccessKey?: string;
  service?: string;
  region?: string;
  signedAgoMs?: number;
}

type SourceData = string | ArrayBuffer | ArrayBufferView;

/** SHA-256 / HMAC-SHA256 for the SDK's signer, from node:crypto. */
const toBuffer = (d: Exclude<SourceData, string>) => (ArrayBuffer.isView(d) ? Buffer.from(d.buffer, d.byteOffset, d.byteLength) : Buffer.from(d));

class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', typeof secret === 'string' ? secret : toBuffer(secret));
  }
  update(data: SourceData) {
    this.hash.update(typeof data === 'string' ? data : toBuffer(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

/**
 * One JSON-protocol call signed by the AWS SDK's own SigV4 signer (not ours: the verifier is what is under test),
 * with the test credentials changed as `as` says.
 */
async function signedCall(operation: string, input: unknown, as: SignAs) {
  const url = new URL(t.cognito.url);
  const body = JSON.stringify(input);
  const signer = new SignatureV4({
    service: as.service ?? 'cognito-idp',
    region: as.region ?? t.cognito.region,
    credentials: { accessKeyId: as.accessKeyId ?? TEST_CREDENTIALS.accessKeyId, secretAccessKey: as.secretAccessKey ?? TEST_CREDENTIALS.secretAccessKey },
    sha256: NodeSha256,
  });
  const headers = { host: url.host, 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}` };
  const request = { method: 'POST', protocol: url.protocol, hostname: url.hostname, port: Number(url.port), path: '/', query: {}, headers, body };
  const signed = await signer.sign(request, { signingDate: new Date(Date.now() - (as.signedAgoMs ?? 0)) });
  const { host: _host, ...sent } = signed.headers;
  const res = await fetch(t.cognito.url, { method: 'POST', headers: sent, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const passwordSignIn = (email: string) =>
  t.admin.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: email, PASSWORD } }));

describe('admin calls need a valid SigV4 signature with the configured credentials', () => {
  const getUser = (client: CognitoIdentityProviderClient, Username: string) => client.send(new AdminGetUserCommand({ UserPoolId: t.cognito.poolId, Username }));

  test('a correctly signed call is answered', async () => {
    const email = freshEmail('signed');
    await createUser(email);
    const user = await getUser(clientWith(TEST_CREDENTIALS), email);
    expect(user.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe(email);
  });

  test('an unsigned call: 400 MissingAuthenticationTokenException, and nothing is created', async () => {
    const email = freshEmail('unsigned');
    const res = await t.call('AdminCreateUser', { UserPoolId: t.cognito.poolId, Username: email, MessageAction: 'SUPPRESS' });
    expect(res).toEqual({ status: 400, body: { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' } });
    expect((await failure(getUser(t.admin, email))).name).toBe('UserNotFoundException');
  });

  test('the right key with the wrong secret: InvalidSignatureException', async () => {
    const email = freshEmail('forged');
    await createUser(email);
    const err = await failure(getUser(clientWith({ accessKeyId: TEST_CREDENTIALS.accessKeyId, secretAccessKey: 'not-the-secret' }), email));
    expect(err).toMatchObject({ name: 'InvalidSignatureException', status: 400 });
    expect(err.message).toMatch(/^The request signature we calculated does not match the signature you provided/);
  });

  test('an unknown access key: UnrecognizedClientException', async () => {
    const err = await failure(getUser(clientWith({ accessKeyId: 'AKIASOMEONEELSE', secretAccessKey: TEST_CREDENTIALS.secretAccessKey }), 'x@example.com'));
    expect(err).toEqual({ name: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', status: 400 });
  });

  test('a signature scoped to another region: InvalidSignatureException', async () => {
    const err = await failure(getUser(clientWith(TEST_CREDENTIALS, 'eu-west-1'), 'x@example.com'));
    expect(err).toMatchObject({ name: 'InvalidSignatureException', message: 'Credential should be scoped to a valid region.' });
  });

  test('a body changed after signing is refused: the signature covers the payload', async () => {
    const email = freshEmail('tampered');
    await createUser(email);
    const client = clientWith(TEST_CREDENTIALS);
    // Rewrites the body after the signer ran (same length, another user), as a man in the middle would.
    client.middlewareStack.add(
      (next) => async (args) => {
        const request = args.request as { body: string };
        request.body = request.body.replace('tampered-', 'tampxred-');
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'tamper' },
    );
    expect((await failure(getUser(client, email))).name).toBe('InvalidSignatureException');
  });

  test('a signature older than 5 minutes: InvalidSignatureException "Signature expired"', async () => {
    t.advanceClock(6 * 60 * 1000);
    try {
      const err = await failure(getUser(t.admin, 'x@example.com'));
      expect(err.name).toBe('InvalidSignatureException');
      expect(err.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 5 min\.\)$/);
    } finally {
      t.resetClock();
    }
  });

  /** The operations the access-management screen and the app's admin routes call, each with a valid input. */
  const guardedCalls = (UserPoolId: string, email: string): [string, Record<string, unknown>][] => [
    ['AdminCreateUser', { UserPoolId, Username: freshEmail('new'), MessageAction: 'SUPPRESS' }],
    ['AdminAddUserToGroup', { UserPoolId, Username: email, GroupName: 'nest-access' }],
    ['AdminRemoveUserFromGroup', { UserPoolId, Username: email, GroupName: 'nest-access' }],
    ['AdminUserGlobalSignOut', { UserPoolId, Username: email }],
    ['ListUsers', { UserPoolId }],
    ['AdminListGroupsForUser', { UserPoolId, Username: email }],
    ['AdminDisableUser', { UserPoolId, Username: email }],
    ['AdminEnableUser', { UserPoolId, Username: email }],
    ['AdminGetUser', { UserPoolId, Username: email }],
  ];

  /** How a caller can get the signature wrong, and Cognito's answer (status 400, `__type` and `message`). */
  const badSignatures: { how: string; sign?: SignAs; authorization?: string; type: string; message: RegExp }[] = [
    { how: 'unsigned', type: 'MissingAuthenticationTokenException', message: /^Missing Authentication Token$/ },
    {
      how: 'with an Authorization header that lacks its parts',
      authorization: 'AWS4-HMAC-SHA256 Credential=test-admin-key/20260101/us-east-1/cognito-idp/aws4_request',
      type: 'IncompleteSignatureException',
      message: /^Authorization header requires 'SignedHeaders', 'Signature' parameters\.$/,
    },
    { how: 'signed with the wrong secret', sign: { secretAccessKey: 'wrong' }, type: 'InvalidSignatureException', message: /^The request signature we calculated does not match/ },
    { how: 'signed with an unknown key', sign: { accessKeyId: 'AKIASOMEONEELSE' }, type: 'UnrecognizedClientException', message: /^The security token included in the request is invalid\.$/ },
    { how: 'signed 6 minutes ago', sign: { signedAgoMs: 6 * 60 * 1000 }, type: 'InvalidSignatureException', message: /^Signature expired: \d{8}T\d{6}Z is now earlier than/ },
    { how: 'signed 6 minutes ahead', sign: { signedAgoMs: -6 * 60 * 1000 }, type: 'InvalidSignatureException', message: /^Signature not yet current: \d{8}T\d{6}Z is still later than/ },
    { how: 'signed for another service', sign: { service: 's3' }, type: 'InvalidSignatureException', message: /^Credential should be scoped to correct service: 'cognito-idp'\.$/ },
    { how: 'signed for another region', sign: { region: 'eu-west-1' }, type: 'InvalidSignatureException', message: /^Credential should be scoped to a valid region\.$/ },
  ];

  test.each(badSignatures)('every admin operation the access-management screen needs refuses a call $how, and does nothing', async ({ sign, authorization, type, message }) => {
    const UserPoolId = t.cognito.poolId;
    const email = freshEmail('guarded');
    await createUser(email, ['nest-access']);
    for (const [operation, input] of guardedCalls(UserPoolId, email)) {
      const res = sign ? await signedCall(operation, input, sign) : await t.call(operation, input, authorization ? { authorization } : {});
      expect({ operation, status: res.status, type: res.body.__type, keys: Object.keys(res.body).sort() }).toEqual({ operation, status: 400, type, keys: ['__type', 'message'] });
      expect(res.body.message).toMatch(message);
    }
    // None of them did anything: still in the group, not signed out or disabled, and no user was created.
    const groups = await t.admin.send(new AdminListGroupsForUserCommand({ UserPoolId, Username: email }));
    expect(groups.Groups?.map((g) => g.GroupName)).toEqual(['nest-access']);
    await expect(passwordSignIn(email)).resolves.toBeDefined();
    const users = await t.admin.send(new ListUsersCommand({ UserPoolId, Filter: 'email ^= "new-"' }));
    expect(users.Users).toEqual([]);
  });

  test('the same independent signer with the right key, secret, service, region and time is answered', async () => {
    const email = freshEmail('rightly-signed');
    await createUser(email, ['nest-access']);
    for (const [operation, input] of guardedCalls(t.cognito.poolId, email)) {
      const res = await signedCall(operation, input, {});
      expect({ operation, status: res.status }).toEqual({ operation, status: 200 });
    }
  });

  test('public calls stay open to unsigned callers (Amplify in the browser)', async () => {
    const email = freshEmail('public');
    await createUser(email);
    const res = await t.call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: email, PASSWORD } });
    expect(res.status).toBe(200);
  });
});

describe('disabled users', () => {
  test('cannot sign in or refresh ("User is disabled."), and can again once enabled', async () => {
    const UserPoolId = t.cognito.poolId;
    const email = freshEmail('disabled');
    await createUser(email);
    const { AuthenticationResult } = await passwordSignIn(email);

    await t.admin.send(new AdminDisableUserCommand({ UserPoolId, Username: email }));
    expect((await t.admin.send(new AdminGetUserCommand({ UserPoolId, Username: email }))).Enabled).toBe(false);
    expect(await failure(passwordSignIn(email))).toMatchObject({ name: 'NotAuthorizedException', message: 'User is disabled.' });
    const refresh = t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: AuthenticationResult!.RefreshToken! }));
    expect(await failure(refresh)).toMatchObject({ name: 'NotAuthorizedException', message: 'User is disabled.' });

    await t.admin.send(new AdminEnableUserCommand({ UserPoolId, Username: email }));
    await expect(passwordSignIn(email)).resolves.toMatchObject({ AuthenticationResult: { TokenType: 'Bearer' } });
  });
});

describe('ListUsers', () => {
  test('Filter (= and ^=), Limit and PaginationToken', async () => {
    const UserPoolId = t.cognito.poolId;
    const emails = ['page-a', 'page-b', 'page-c'].map((l) => `${l}@paging.example.com`);
    for (const email of emails) await createUser(email);
    await createUser('other@elsewhere.example.com');

    const first = await t.admin.send(new ListUsersCommand({ UserPoolId, Filter: 'email ^= "page-"', Limit: 2 }));
    expect(first.Users?.map((u) => u.Attributes?.find((a) => a.Name === 'email')?.Value)).toEqual(emails.slice(0, 2));
    expect(first.PaginationToken).toEqual(expect.any(String));
    const second = await t.admin.send(new ListUsersCommand({ UserPoolId, Filter: 'email ^= "page-"', Limit: 2, PaginationToken: first.PaginationToken }));
    expect(second.Users?.map((u) => u.Attributes?.find((a) => a.Name === 'email')?.Value)).toEqual(emails.slice(2));
    expect(second.PaginationToken).toBeUndefined();

    const exact = await t.admin.send(new ListUsersCommand({ UserPoolId, Filter: 'email = "other@elsewhere.example.com"' }));
    expect(exact.Users).toHaveLength(1);
    expect((await failure(t.admin.send(new ListUsersCommand({ UserPoolId, PaginationToken: 'forged' })))).name).toBe('InvalidParameterException');
    expect((await failure(t.admin.send(new ListUsersCommand({ UserPoolId, Filter: 'custom:team = "x"' })))).name).toBe('InvalidParameterException');
  });
});

describe('token lifetimes per app client', () => {
  const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as { iat: number; exp: number };

  test('IdTokenValidity / AccessTokenValidity / RefreshTokenValidity with their units shape the tokens', async () => {
    const UserPoolId = t.cognito.poolId;
    const created = await t.admin.send(
      new CreateUserPoolClientCommand({
        UserPoolId,
        ClientName: 'short-lived',
        IdTokenValidity: 10,
        AccessTokenValidity: 5,
        RefreshTokenValidity: 60,
        TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      }),
    );
    const ClientId = created.UserPoolClient!.ClientId!;
    const described = await t.admin.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId }));
    expect(described.UserPoolClient).toMatchObject({ IdTokenValidity: 10, AccessTokenValidity: 5, RefreshTokenValidity: 60, TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' } });

    const email = freshEmail('short');
    await createUser(email);
    const signIn = () => t.admin.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId, AuthParameters: { USERNAME: email, PASSWORD } }));
    const { AuthenticationResult: r } = await signIn();
    expect(r?.ExpiresIn).toBe(300);
    const id = claims(r!.IdToken!);
    const access = claims(r!.AccessToken!);
    expect([id.exp - id.iat, access.exp - access.iat]).toEqual([600, 300]);

    t.advanceClock(61 * 60 * 1000);
    try {
      const expired = t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId, RefreshToken: r!.RefreshToken! }));
      expect(await failure(expired)).toMatchObject({ name: 'NotAuthorizedException', message: 'Refresh Token has expired' });
    } finally {
      t.resetClock();
    }

    // UpdateUserPoolClient resets what it is not given to Cognito's defaults (1 hour, 30 days), as Cognito does.
    const updated = await t.admin.send(new UpdateUserPoolClientCommand({ UserPoolId, ClientId, AccessTokenValidity: 2, TokenValidityUnits: { AccessToken: 'hours' } }));
    expect(updated.UserPoolClient).toMatchObject({ IdTokenValidity: 1, AccessTokenValidity: 2, RefreshTokenValidity: 30, TokenValidityUnits: { IdToken: 'hours', AccessToken: 'hours', RefreshToken: 'days' } });
    const { AuthenticationResult: after } = await signIn();
    expect(after?.ExpiresIn).toBe(7200);
  });

  test("lifetimes outside Cognito's ranges are refused", async () => {
    const UserPoolId = t.cognito.poolId;
    const tooShort = t.admin.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'x', AccessTokenValidity: 60, TokenValidityUnits: { AccessToken: 'seconds' } }));
    expect(await failure(tooShort)).toMatchObject({ name: 'InvalidParameterException', message: 'AccessTokenValidity must be between 5 minutes and 1 day.' });
    const tooLong = t.admin.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'x', IdTokenValidity: 2, TokenValidityUnits: { IdToken: 'days' } }));
    expect((await failure(tooLong)).name).toBe('InvalidParameterException');
    const refresh = t.admin.send(new CreateUserPoolClientCommand({ UserPoolId, ClientName: 'x', RefreshTokenValidity: 3651 }));
    expect((await failure(refresh)).name).toBe('InvalidParameterException');
  });

  test("the server's own app client takes its lifetimes from the options (the stack's short-lived tokens)", async () => {
    const short = await startTestCognito({ clientTokenValidity: { IdTokenValidity: 300, AccessTokenValidity: 300, TokenValidityUnits: { IdToken: 'seconds', AccessToken: 'seconds' } } });
    try {
      const described = await short.admin.send(new DescribeUserPoolClientCommand({ UserPoolId: short.cognito.poolId, ClientId: short.cognito.clientId }));
      expect(described.UserPoolClient).toMatchObject({ IdTokenValidity: 300, AccessTokenValidity: 300, TokenValidityUnits: { IdToken: 'seconds', AccessToken: 'seconds' } });
    } finally {
      await short.stop();
    }
  });
});
