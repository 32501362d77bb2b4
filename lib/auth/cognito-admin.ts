import 'server-only';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  GlobalSignOutCommand,
  ListUsersCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { serverEnv } from '@/lib/env';
import { STAFF_GROUP } from './config';

/**
 * Server-side Cognito calls. Admin APIs are signed with the server's AWS credentials (AWS_ACCESS_KEY_ID /
 * AWS_SECRET_ACCESS_KEY through lib/env.ts when set, else the default chain: profile, role), which never reach the
 * browser. COGNITO_ENDPOINT points it at the local Cognito, which checks those signatures as Cognito does.
 */
let client: CognitoIdentityProviderClient | undefined;

function cognito(): CognitoIdentityProviderClient {
  const env = serverEnv();
  client ??= new CognitoIdentityProviderClient({
    region: env.COGNITO_REGION,
    ...(env.COGNITO_ENDPOINT ? { endpoint: env.COGNITO_ENDPOINT } : {}),
    ...(env.awsCredentials ? { credentials: env.awsCredentials } : {}),
    // Every upstream call has a deadline: a hung Cognito answers the route with 504, not a request that never ends.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 8_000 },
    maxAttempts: 2,
  });
  return client;
}

export type AdminFailure = 'exists' | 'not_found' | 'invalid' | 'throttled' | 'credentials';

/** AWS refusing the server's own signature or credentials: a deployment fault, never the caller's. */
const CREDENTIAL_REFUSALS = new Set([
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'InvalidSignatureException',
  'UnrecognizedClientException',
  'ExpiredTokenException',
  'AccessDeniedException',
]);

/** Cognito's error names that mean something to the caller; anything else is ours to log and hide. */
export function adminFailure(err: unknown): AdminFailure | undefined {
  const name = err instanceof Error ? err.name : '';
  if (name === 'UsernameExistsException') return 'exists';
  if (name === 'UserNotFoundException') return 'not_found';
  if (name === 'InvalidParameterException') return 'invalid';
  if (name === 'TooManyRequestsException' || name === 'LimitExceededException') return 'throttled';
  if (CREDENTIAL_REFUSALS.has(name)) return 'credentials';
  return undefined;
}

/**
 * Creates the account (Cognito emails the temporary password) and grants nest-access. For an address that already
 * has an account (e.g. someone who signed up on their own) it only grants nest-access: `created` says which.
 */
export async function inviteStaff(email: string): Promise<{ username: string; created: boolean }> {
  const UserPoolId = serverEnv().COGNITO_USER_POOL_ID;
  try {
    const username = await createInvitedUser(UserPoolId, email);
    await grantStaff(UserPoolId, username);
    return { username, created: true };
  } catch (err) {
    if (adminFailure(err) !== 'exists') throw err;
    await grantStaff(UserPoolId, email);
    return { username: email, created: false };
  }
}

async function grantStaff(UserPoolId: string, Username: string) {
  await cognito().send(new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName: STAFF_GROUP }));
}

async function createInvitedUser(UserPoolId: string, email: string): Promise<string> {
  const created = await cognito().send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: email,
      UserAttributes: [
        { Name: 'email', Value: email },
        // The admin vouches for the address; the invitee proves it by using the emailed temporary password.
        { Name: 'email_verified', Value: 'true' },
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    }),
  );
  return created.User?.Username ?? email;
}

/** A pool account as the admin screens show it: who, whether they can sign in, and their groups. */
export interface PoolUser {
  /** Cognito's Username: what the admin API calls take (the sub itself in an email sign-in pool). */
  username: string;
  /** The immutable id, also users.id. */
  sub: string;
  email: string;
  name: string | null;
  /** Cognito's UserStatus: CONFIRMED, UNCONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, … */
  status: string;
  enabled: boolean;
  createdAt: string | null;
  groups: string[];
}

function attribute(user: UserType, name: string): string | undefined {
  return user.Attributes?.find((a) => a.Name === name)?.Value;
}

/** Cognito's filter syntax quotes with "; a quote or backslash in the value is escaped, as its docs say. */
const filterValue = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

async function withGroups(UserPoolId: string, user: UserType): Promise<PoolUser> {
  const username = user.Username ?? '';
  const groups = await cognito().send(new AdminListGroupsForUserCommand({ UserPoolId, Username: username, Limit: 60 }));
  return {
    username,
    sub: attribute(user, 'sub') ?? username,
    email: attribute(user, 'email') ?? '',
    name: attribute(user, 'name') ?? null,
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    createdAt: user.UserCreateDate?.toISOString() ?? null,
    groups: (groups.Groups ?? []).flatMap((g) => (g.GroupName ? [g.GroupName] : [])).sort(),
  };
}

/**
 * One page of the pool's accounts with their groups (ListUsers, then AdminListGroupsForUser per account: Cognito has
 * no call that returns both). `emailPrefix` narrows by the start of the address, the only partial match ListUsers has.
 */
export async function listPoolUsers(options: { cursor?: string; emailPrefix?: string; limit?: number } = {}): Promise<{ users: PoolUser[]; nextCursor: string | null }> {
  const UserPoolId = serverEnv().COGNITO_USER_POOL_ID;
  const page = await cognito().send(
    new ListUsersCommand({
      UserPoolId,
      Limit: options.limit ?? 60,
      ...(options.cursor ? { PaginationToken: options.cursor } : {}),
      ...(options.emailPrefix ? { Filter: `email ^= ${filterValue(options.emailPrefix)}` } : {}),
    }),
  );
  const users: PoolUser[] = [];
  // A few at a time: Cognito throttles AdminListGroupsForUser per account, and a page holds up to 60 people.
  const accounts = page.Users ?? [];
  for (let i = 0; i < accounts.length; i += 5) users.push(...(await Promise.all(accounts.slice(i, i + 5).map((u) => withGroups(UserPoolId, u)))));
  return { users, nextCursor: page.PaginationToken ?? null };
}

async function findOne(attributeName: 'sub' | 'email', value: string): Promise<PoolUser | undefined> {
  const UserPoolId = serverEnv().COGNITO_USER_POOL_ID;
  const found = await cognito().send(new ListUsersCommand({ UserPoolId, Limit: 1, Filter: `${attributeName} = ${filterValue(value)}` }));
  const user = found.Users?.[0];
  return user ? withGroups(UserPoolId, user) : undefined;
}

/** The account whose immutable id is `sub`, with its groups; undefined when the pool has none. */
export const findPoolUser = (sub: string) => findOne('sub', sub);
export const findPoolUserByEmail = (email: string) => findOne('email', email);

export async function addToGroup(username: string, group: string): Promise<void> {
  await cognito().send(new AdminAddUserToGroupCommand({ UserPoolId: serverEnv().COGNITO_USER_POOL_ID, Username: username, GroupName: group }));
}

export async function removeFromGroup(username: string, group: string): Promise<void> {
  await cognito().send(new AdminRemoveUserFromGroupCommand({ UserPoolId: serverEnv().COGNITO_USER_POOL_ID, Username: username, GroupName: group }));
}

/** Revokes every refresh token of the account, so no session outlives the change beyond its current ID token. */
export async function signOutEverywhere(username: string): Promise<void> {
  await cognito().send(new AdminUserGlobalSignOutCommand({ UserPoolId: serverEnv().COGNITO_USER_POOL_ID, Username: username }));
}

/** Revokes the refresh tokens of the session this access token belongs to (the user's own call, no AWS credentials). */
export async function globalSignOut(accessToken: string): Promise<void> {
  await cognito().send(new GlobalSignOutCommand({ AccessToken: accessToken }));
}
