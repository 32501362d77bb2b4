import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { errors } from './errors';
import {
  adminOp,
  attributeList,
  attributeListField,
  attributesFrom,
  passwordField,
  poolIdField,
  usernameField,
  type Operation,
} from './operation';
import { generateTemporaryPassword, passwordPolicySchema } from './password';
import type { CognitoService } from './service';
import type { StoredClient, StoredGroup, StoredPool, StoredUser } from './store';
import { DEFAULT_VALIDITY, resolveValidity, tokenValidityInputSchema, type TokenValidityInput } from './token-validity';

const seconds = (ms: number) => ms / 1000;

function userType(user: StoredUser) {
  return {
    Username: user.username,
    Attributes: attributeList(user.attributes),
    UserCreateDate: seconds(user.createdAt),
    UserLastModifiedDate: seconds(user.updatedAt),
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

function groupType(pool: StoredPool, group: StoredGroup) {
  return {
    GroupName: group.name,
    UserPoolId: pool.id,
    Description: group.description,
    Precedence: group.precedence,
    CreationDate: seconds(group.createdAt),
    LastModifiedDate: seconds(group.updatedAt),
  };
}

export function poolType(pool: StoredPool) {
  return {
    Id: pool.id,
    Name: pool.name,
    Policies: { PasswordPolicy: pool.passwordPolicy },
    UsernameAttributes: pool.usernameAttributes,
    CreationDate: seconds(pool.createdAt),
    LastModifiedDate: seconds(pool.createdAt),
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
  };
}

function clientType(pool: StoredPool, client: StoredClient) {
  return {
    UserPoolId: pool.id,
    ClientName: client.clientName,
    ClientId: client.clientId,
    CreationDate: seconds(client.createdAt),
    LastModifiedDate: seconds(client.updatedAt ?? client.createdAt),
    ...(client.validity ?? DEFAULT_VALIDITY),
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
  };
}

/** A new pool with Cognito's defaults; used by CreateUserPool and for the pool the server is configured with. */
export function newPool(svc: CognitoService, id: string, name: string, policy: z.input<typeof passwordPolicySchema> = {}): StoredPool {
  return {
    id,
    name,
    createdAt: svc.now(),
    passwordPolicy: passwordPolicySchema.parse(policy),
    usernameAttributes: ['email'],
    clients: {},
    users: {},
    groups: {},
    sessions: {},
  };
}

export function newClient(svc: CognitoService, clientId: string, clientName: string, validity: TokenValidityInput = {}): StoredClient {
  return { clientId, clientName, createdAt: svc.now(), validity: resolveValidity(validity) };
}

const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomId = (length: number) => Array.from({ length }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');

const poolUserSchema = z.object({ UserPoolId: poolIdField, Username: usernameField });
const groupMembershipSchema = poolUserSchema.extend({ GroupName: z.string().min(1).max(128) });
const createUserSchema = poolUserSchema.extend({
  UserAttributes: attributeListField,
  TemporaryPassword: passwordField.optional(),
  MessageAction: z.enum(['RESEND', 'SUPPRESS']).optional(),
  DesiredDeliveryMediums: z.array(z.string()).optional(),
});
const setPasswordSchema = poolUserSchema.extend({ Password: passwordField, Permanent: z.boolean().default(false) });
const listUsersSchema = z.object({
  UserPoolId: poolIdField,
  Filter: z.string().max(256).optional(),
  Limit: z.number().int().min(0).max(60).optional(),
  PaginationToken: z.string().optional(),
});
const createGroupSchema = z.object({
  UserPoolId: poolIdField,
  GroupName: z.string().min(1).max(128),
  Description: z.string().max(2048).optional(),
  Precedence: z.number().int().min(0).optional(),
});
const poolIdSchema = z.object({ UserPoolId: poolIdField });
const createPoolSchema = z.object({
  PoolName: z.string().min(1).max(128),
  Policies: z.object({ PasswordPolicy: passwordPolicySchema.partial().optional() }).optional(),
});
const createClientSchema = tokenValidityInputSchema.extend({ UserPoolId: poolIdField, ClientName: z.string().min(1).max(128) });
const describeClientSchema = z.object({ UserPoolId: poolIdField, ClientId: z.string().min(1) });
const updateClientSchema = tokenValidityInputSchema.extend({ UserPoolId: poolIdField, ClientId: z.string().min(1), ClientName: z.string().min(1).max(128).optional() });

const emailSchema = z.string().email();
const uuidSchema = z.string().uuid();

// `attr = "value"` (exact) and `attr ^= "prefix"`, the two forms ListUsers accepts.
const FILTER = /^\s*([\w:]+)\s*(=|\^=)\s*"((?:[^"\\]|\\.)*)"\s*$/;

// The attributes ListUsers can search on; custom and other attributes cannot be filtered on in Cognito.
const FILTERABLE = ['username', 'email', 'phone_number', 'name', 'given_name', 'family_name', 'preferred_username', 'cognito:user_status', 'status', 'sub'];

function userMatchesFilter(user: StoredUser, filter: string | undefined): boolean {
  if (!filter) return true;
  const m = FILTER.exec(filter);
  if (!m) throw errors.invalidParameter('Error while parsing filter.');
  const [, name, op, value] = m;
  if (!FILTERABLE.includes(name)) throw errors.invalidParameter(`Invalid search attribute: ${name}`);
  const actual = name === 'username' ? user.username : name === 'status' ? (user.enabled ? 'Enabled' : 'Disabled') : name === 'cognito:user_status' ? user.status : user.attributes[name];
  if (actual === undefined) return false;
  return op === '=' ? actual === value : actual.startsWith(value);
}

// Pagination tokens are opaque to callers, as Cognito's are; a forged or stale one is refused rather than guessed at.
const pageToken = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64url');
function pageStart(token: string): number {
  try {
    const { offset } = z.object({ offset: z.number().int().nonnegative() }).parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return offset;
  } catch {
    throw errors.invalidParameter('Invalid pagination token.');
  }
}

/**
 * The administrator API (the app's invite and revoke routes, the dev stack's seeding). Like AWS, these need a request
 * SigV4-signed with valid credentials (server.ts checks it against the configured key); there are no IAM policies.
 */
export function adminOperations(svc: CognitoService): Record<string, Operation> {
  const group = (pool: StoredPool, name: string) => {
    const g = pool.groups[name];
    if (!g) throw errors.groupNotFound();
    return g;
  };

  function setEnabled({ UserPoolId, Username }: z.output<typeof poolUserSchema>, enabled: boolean) {
    const pool = svc.pool(UserPoolId);
    const user = svc.requireUser(pool, Username);
    user.enabled = enabled;
    user.updatedAt = svc.now();
    if (enabled) svc.save();
    else svc.revokeAllSessions(pool, user.username);
    return {};
  }

  function inviteUser(pool: StoredPool, user: StoredUser, temporaryPassword: string | undefined, suppress: boolean) {
    const password = temporaryPassword ?? generateTemporaryPassword(pool.passwordPolicy);
    svc.assertPasswordPolicy(pool, password);
    svc.setPassword(pool, user, password);
    user.status = 'FORCE_CHANGE_PASSWORD';
    user.temporaryPasswordExpiresAt = svc.temporaryPasswordExpiry(pool.passwordPolicy);
    if (!suppress) svc.mail(user.attributes.email, 'invitation', password);
  }

  return {
    AdminCreateUser: adminOp(createUserSchema, ({ UserPoolId, Username, UserAttributes, TemporaryPassword, MessageAction }) => {
      const pool = svc.pool(UserPoolId);
      const existing = svc.findUser(pool, Username);
      if (MessageAction === 'RESEND') {
        if (!existing) throw errors.userNotFound();
        if (existing.status !== 'FORCE_CHANGE_PASSWORD') throw errors.unsupported('Resend not possible. User is not in FORCE_CHANGE_PASSWORD state.');
        inviteUser(pool, existing, TemporaryPassword, false);
        svc.save();
        return { User: userType(existing) };
      }
      if (existing) throw errors.adminUserExists();
      // `sub` may be given here (the local stack seeds demo users with fixed subs); real Cognito always generates it.
      const { sub, ...attributes } = attributesFrom(UserAttributes, { allowSub: true });
      if (sub !== undefined && (!uuidSchema.safeParse(sub).success || Object.values(pool.users).some((u) => u.attributes.sub === sub))) {
        throw errors.invalidParameter('sub must be a UUID not used by another user of this pool.');
      }
      const email = svc.usesEmailAsUsername(pool) ? Username : attributes.email;
      if (!email || !emailSchema.safeParse(email).success) throw errors.invalidParameter('Username should be an email.');
      const user = svc.newUser(pool, email, attributes, sub);
      inviteUser(pool, user, TemporaryPassword, MessageAction === 'SUPPRESS');
      pool.users[user.username] = user;
      svc.save();
      return { User: userType(user) };
    }),

    AdminGetUser: adminOp(poolUserSchema, ({ UserPoolId, Username }) => {
      const user = svc.requireUser(svc.pool(UserPoolId), Username);
      const { Attributes, ...rest } = userType(user);
      return { ...rest, UserAttributes: Attributes, UserMFASettingList: [] };
    }),

    AdminDeleteUser: adminOp(poolUserSchema, ({ UserPoolId, Username }) => {
      const pool = svc.pool(UserPoolId);
      svc.deleteUser(pool, svc.requireUser(pool, Username));
      return {};
    }),

    AdminConfirmSignUp: adminOp(poolUserSchema, ({ UserPoolId, Username }) => {
      const pool = svc.pool(UserPoolId);
      const user = svc.requireUser(pool, Username);
      if (user.status !== 'UNCONFIRMED') throw errors.notAuthorized(`User cannot be confirmed. Current status is ${user.status}`);
      user.status = 'CONFIRMED';
      delete user.confirmationCode;
      user.updatedAt = svc.now();
      svc.save();
      return {};
    }),

    AdminSetUserPassword: adminOp(setPasswordSchema, ({ UserPoolId, Username, Password, Permanent }) => {
      const pool = svc.pool(UserPoolId);
      const user = svc.requireUser(pool, Username);
      svc.assertPasswordPolicy(pool, Password);
      svc.setPassword(pool, user, Password);
      if (Permanent) {
        user.status = 'CONFIRMED';
        delete user.temporaryPasswordExpiresAt;
      } else {
        user.status = 'FORCE_CHANGE_PASSWORD';
        user.temporaryPasswordExpiresAt = svc.temporaryPasswordExpiry(pool.passwordPolicy);
      }
      svc.save();
      return {};
    }),

    // Cognito: a disabled user cannot sign in or refresh, and the tokens already issued are revoked.
    AdminDisableUser: adminOp(poolUserSchema, (input) => setEnabled(input, false)),
    AdminEnableUser: adminOp(poolUserSchema, (input) => setEnabled(input, true)),

    AdminUserGlobalSignOut: adminOp(poolUserSchema, ({ UserPoolId, Username }) => {
      const pool = svc.pool(UserPoolId);
      svc.revokeAllSessions(pool, svc.requireUser(pool, Username).username);
      return {};
    }),

    AdminAddUserToGroup: adminOp(groupMembershipSchema, ({ UserPoolId, Username, GroupName }) => {
      const pool = svc.pool(UserPoolId);
      const user = svc.requireUser(pool, Username);
      group(pool, GroupName);
      if (!user.groups.includes(GroupName)) user.groups.push(GroupName);
      svc.save();
      return {};
    }),

    AdminRemoveUserFromGroup: adminOp(groupMembershipSchema, ({ UserPoolId, Username, GroupName }) => {
      const pool = svc.pool(UserPoolId);
      const user = svc.requireUser(pool, Username);
      group(pool, GroupName);
      user.groups = user.groups.filter((g) => g !== GroupName);
      svc.save();
      return {};
    }),

    AdminListGroupsForUser: adminOp(poolUserSchema, ({ UserPoolId, Username }) => {
      const pool = svc.pool(UserPoolId);
      const user = svc.requireUser(pool, Username);
      return { Groups: svc.groupsOf(pool, user).map((name) => groupType(pool, pool.groups[name])) };
    }),

    ListUsers: adminOp(listUsersSchema, ({ UserPoolId, Filter, Limit, PaginationToken }) => {
      const pool = svc.pool(UserPoolId);
      const matching = Object.values(pool.users)
        .sort((a, b) => a.createdAt - b.createdAt || a.username.localeCompare(b.username))
        .filter((u) => userMatchesFilter(u, Filter));
      const start = PaginationToken === undefined ? 0 : pageStart(PaginationToken);
      const end = start + (Limit || 60);
      return { Users: matching.slice(start, end).map(userType), ...(end < matching.length ? { PaginationToken: pageToken(end) } : {}) };
    }),

    CreateGroup: adminOp(createGroupSchema, ({ UserPoolId, GroupName, Description, Precedence }) => {
      const pool = svc.pool(UserPoolId);
      if (pool.groups[GroupName]) throw errors.groupExists();
      const now = svc.now();
      const created: StoredGroup = { name: GroupName, description: Description, precedence: Precedence, createdAt: now, updatedAt: now };
      pool.groups[GroupName] = created;
      svc.save();
      return { Group: groupType(pool, created) };
    }),

    ListGroups: adminOp(poolIdSchema, ({ UserPoolId }) => {
      const pool = svc.pool(UserPoolId);
      return { Groups: Object.values(pool.groups).map((g) => groupType(pool, g)) };
    }),

    CreateUserPool: adminOp(createPoolSchema, ({ PoolName, Policies }) => {
      const id = `${svc.opts.region}_${randomBytes(6).toString('base64url').replace(/[-_]/g, 'x')}`;
      const pool = newPool(svc, id, PoolName, Policies?.PasswordPolicy);
      svc.store.data.pools[id] = pool;
      svc.save();
      return { UserPool: poolType(pool) };
    }),

    DescribeUserPool: adminOp(poolIdSchema, ({ UserPoolId }) => ({ UserPool: poolType(svc.pool(UserPoolId)) })),

    CreateUserPoolClient: adminOp(createClientSchema, ({ UserPoolId, ClientName, ...validity }) => {
      const pool = svc.pool(UserPoolId);
      const client = newClient(svc, randomId(26), ClientName, validity);
      pool.clients[client.clientId] = client;
      svc.save();
      return { UserPoolClient: clientType(pool, client) };
    }),

    // As Cognito: every setting left out of the request goes back to its default, lifetimes included.
    UpdateUserPoolClient: adminOp(updateClientSchema, ({ UserPoolId, ClientId, ClientName, ...validity }) => {
      const pool = svc.pool(UserPoolId);
      const client = pool.clients[ClientId];
      if (!client) throw errors.clientNotFound(ClientId);
      client.validity = resolveValidity(validity);
      if (ClientName) client.clientName = ClientName;
      client.updatedAt = svc.now();
      svc.save();
      return { UserPoolClient: clientType(pool, client) };
    }),

    DescribeUserPoolClient: adminOp(describeClientSchema, ({ UserPoolId, ClientId }) => {
      const pool = svc.pool(UserPoolId);
      const client = pool.clients[ClientId];
      if (!client) throw errors.clientNotFound(ClientId);
      return { UserPoolClient: clientType(pool, client) };
    }),
  };
}
