import 'server-only';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  GlobalSignOutCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { serverEnv } from '@/lib/env';
import { STAFF_GROUP } from './config';

/**
 * Server-side Cognito calls. Admin APIs are signed with the server's AWS credentials (the default provider
 * chain: env, profile, role), which never reach the browser. COGNITO_ENDPOINT points it at the local Cognito.
 */
let client: CognitoIdentityProviderClient | undefined;

function cognito(): CognitoIdentityProviderClient {
  const env = serverEnv();
  client ??= new CognitoIdentityProviderClient({
    region: env.COGNITO_REGION,
    ...(env.COGNITO_ENDPOINT ? { endpoint: env.COGNITO_ENDPOINT } : {}),
    // Every upstream call has a deadline: a hung Cognito answers the route with 504, not a request that never ends.
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 8_000 },
    maxAttempts: 2,
  });
  return client;
}

export type AdminFailure = 'exists' | 'not_found' | 'invalid' | 'throttled';

/** Cognito's error names that mean something to the caller; anything else is ours to log and hide. */
export function adminFailure(err: unknown): AdminFailure | undefined {
  const name = err instanceof Error ? err.name : '';
  if (name === 'UsernameExistsException') return 'exists';
  if (name === 'UserNotFoundException') return 'not_found';
  if (name === 'InvalidParameterException') return 'invalid';
  if (name === 'TooManyRequestsException' || name === 'LimitExceededException') return 'throttled';
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

/** Takes nest-access away and ends every session at once (refresh tokens revoked), not just at the next expiry. */
export async function revokeStaff(email: string): Promise<void> {
  const UserPoolId = serverEnv().COGNITO_USER_POOL_ID;
  await cognito().send(new AdminRemoveUserFromGroupCommand({ UserPoolId, Username: email, GroupName: STAFF_GROUP }));
  await cognito().send(new AdminUserGlobalSignOutCommand({ UserPoolId, Username: email }));
}

/** Revokes the refresh tokens of the session this access token belongs to (the user's own call, no AWS credentials). */
export async function globalSignOut(accessToken: string): Promise<void> {
  await cognito().send(new GlobalSignOutCommand({ AccessToken: accessToken }));
}
