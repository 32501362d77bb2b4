import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  DescribeUserPoolClientCommand,
  GroupExistsException,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import { z } from 'zod';

/** The groups the app knows: `nest-access` lets staff in, `nest-admin` may invite and revoke. */
export const NEST_GROUPS = ['nest-access', 'nest-admin'] as const;

export const seedUserSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1),
  /** Fixed so data seeded elsewhere (reports, audit rows) can point at the user. */
  sub: z.string().uuid(),
  groups: z.array(z.string()),
});
export type SeedUser = z.infer<typeof seedUserSchema>;

export interface EnsureLocalCognitoOptions {
  endpoint: string;
  region?: string;
  /** What the local Cognito was started with (StartCognitoOptions.credentials). */
  credentials: AwsCredentials;
  userPoolId: string;
  clientId: string;
  users: SeedUser[];
  groups?: readonly string[];
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/**
 * An SDK client for the local Cognito's admin API, signing with the credentials that server checks (the stack's
 * local ones), so developers' real AWS credentials never reach it.
 */
export function localAdminClient(endpoint: string, region: string, credentials: AwsCredentials): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint, region, credentials });
}

/**
 * Makes the pool match the seed through the public admin API (the same calls work against a real pool): the app
 * client exists, the groups exist, and every demo user exists with its fixed sub, a permanent password and exactly
 * the listed groups. Safe to run on every start.
 */
export async function ensureLocalCognito(opts: EnsureLocalCognitoOptions): Promise<void> {
  const users = z.array(seedUserSchema).parse(opts.users);
  const client = localAdminClient(opts.endpoint, opts.region ?? 'us-east-1', opts.credentials);
  const UserPoolId = opts.userPoolId;
  try {
    await client.send(new DescribeUserPoolClientCommand({ UserPoolId, ClientId: opts.clientId }));

    const groups = new Set([...(opts.groups ?? NEST_GROUPS), ...users.flatMap((u) => u.groups)]);
    for (const GroupName of groups) {
      try {
        await client.send(new CreateGroupCommand({ UserPoolId, GroupName }));
      } catch (err) {
        if (!(err instanceof GroupExistsException)) throw err;
      }
    }

    for (const user of users) {
      const Username = user.email;
      const existingSub = await subOf(client, UserPoolId, Username);
      if (existingSub === undefined) {
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId,
            Username,
            MessageAction: 'SUPPRESS',
            UserAttributes: [
              { Name: 'sub', Value: user.sub },
              { Name: 'email_verified', Value: 'true' },
            ],
          }),
        );
      } else if (existingSub !== user.sub) {
        throw new Error(`${Username} exists in ${UserPoolId} with sub ${existingSub}, not ${user.sub}; delete the local Cognito data dir to reseed`);
      }
      await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username, Password: user.password, Permanent: true }));
      const { Groups = [] } = await client.send(new AdminListGroupsForUserCommand({ UserPoolId, Username }));
      const current = new Set(Groups.map((g) => g.GroupName));
      for (const GroupName of user.groups) {
        if (!current.has(GroupName)) await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName }));
      }
      for (const GroupName of current) {
        if (GroupName && !user.groups.includes(GroupName)) await client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId, Username, GroupName }));
      }
    }
  } finally {
    client.destroy();
  }
}

async function subOf(client: CognitoIdentityProviderClient, UserPoolId: string, Username: string): Promise<string | undefined> {
  try {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId, Username }));
    return user.UserAttributes?.find((a) => a.Name === 'sub')?.Value;
  } catch (err) {
    if (err instanceof UserNotFoundException) return undefined;
    throw err;
  }
}
