import { AdminAddUserToGroupCommand, AdminListGroupsForUserCommand, ListGroupsCommand, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import { DEMO_ADMIN, DEMO_OUTSIDER, DEMO_USERS } from '../seed/demo-users';
import { ensureLocalCognito } from './seed';
import { startTestCognito, TEST_CREDENTIALS, type TestCognito } from './test-support';

let t: TestCognito;

const seedOptions = () => ({
  endpoint: t.cognito.url,
  userPoolId: t.cognito.poolId,
  clientId: t.cognito.clientId,
  credentials: TEST_CREDENTIALS,
  users: DEMO_USERS.map((u) => ({ email: u.email, password: u.password, sub: u.id, groups: [...u.groups] })),
});

beforeAll(async () => {
  t = await startTestCognito();
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  Amplify.configure({ Auth: { Cognito: { userPoolId: t.cognito.poolId, userPoolClientId: t.cognito.clientId, userPoolEndpoint: t.cognito.url } } });
  warn.mockRestore();
});

afterAll(async () => {
  await signOut();
  await t.stop();
});

test('creates the groups and the demo users, each with its fixed sub and groups; runs again without change', async () => {
  await ensureLocalCognito(seedOptions());
  await ensureLocalCognito(seedOptions());

  const { Groups = [] } = await t.admin.send(new ListGroupsCommand({ UserPoolId: t.cognito.poolId }));
  expect(Groups.map((g) => g.GroupName).sort()).toEqual(['nest-access', 'nest-admin']);
  const { Users = [] } = await t.admin.send(new ListUsersCommand({ UserPoolId: t.cognito.poolId }));
  expect(Users).toHaveLength(DEMO_USERS.length);

  await expect(signIn({ username: DEMO_ADMIN.email, password: DEMO_ADMIN.password })).resolves.toMatchObject({ isSignedIn: true });
  expect((await fetchAuthSession()).tokens?.idToken?.payload).toMatchObject({
    sub: DEMO_ADMIN.id,
    email: DEMO_ADMIN.email,
    'cognito:groups': expect.arrayContaining(['nest-access', 'nest-admin']),
  });
  await signOut();
});

test('puts back the seeded groups of a demo user someone changed', async () => {
  await ensureLocalCognito(seedOptions());
  const Username = DEMO_OUTSIDER.email;
  await t.admin.send(new AdminAddUserToGroupCommand({ UserPoolId: t.cognito.poolId, Username, GroupName: 'nest-access' }));

  await ensureLocalCognito(seedOptions());

  const { Groups = [] } = await t.admin.send(new AdminListGroupsForUserCommand({ UserPoolId: t.cognito.poolId, Username }));
  expect(Groups.map((g) => g.GroupName)).toEqual([...DEMO_OUTSIDER.groups]);
});

test('refuses a pool whose app client is not the configured one', async () => {
  await expect(ensureLocalCognito({ ...seedOptions(), clientId: 'someotherclient' })).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
});
