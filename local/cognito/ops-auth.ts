import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { errors } from './errors';
import { attributeList, clientIdField, passwordField, publicOp, type Operation } from './operation';
import { createServerChallenge, g, modPow, N, parseClientPublicKey, verifyPasswordClaim, type ServerChallenge } from './srp';
import type { CognitoService, SignInResult } from './service';
import type { StoredPool } from './store';

/** Step one of USER_SRP_AUTH, remembered under its SECRET_BLOCK until the client answers (once, within 3 minutes). */
interface PendingSrp {
  poolId: string;
  clientId: string;
  /** Undefined when the user does not exist: the challenge is answered anyway and can never succeed. */
  username?: string;
  userIdForSrp: string;
  A: bigint;
  challenge: ServerChallenge;
  verifier: string;
  expiresAt: number;
}

const SRP_TTL_MS = 3 * 60 * 1000;

const initiateAuthSchema = z.object({
  AuthFlow: z.string().min(1),
  ClientId: clientIdField,
  AuthParameters: z.record(z.string(), z.string()).default({}),
});

const respondSchema = z.object({
  ChallengeName: z.string().min(1),
  ClientId: clientIdField,
  ChallengeResponses: z.record(z.string(), z.string()).default({}),
  Session: z.string().optional(),
});

const refreshSchema = z.object({ ClientId: clientIdField, RefreshToken: z.string().min(1) });
const accessTokenSchema = z.object({ AccessToken: z.string().min(1) });
const revokeSchema = z.object({ ClientId: clientIdField, Token: z.string().min(1) });
const changePasswordSchema = z.object({ AccessToken: z.string().min(1), PreviousPassword: passwordField, ProposedPassword: passwordField });

function required(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (!value) throw errors.invalidParameter(`Missing required parameter ${name}`);
  return value;
}

export function authOperations(svc: CognitoService): Record<string, Operation> {
  const pendingSrp = new Map<string, PendingSrp>();

  /**
   * Unknown users get a challenge too, with a salt, verifier and user id derived from the name, so the answer looks
   * the same as for a real user and the failure comes only after the password step ("Incorrect username or password.").
   */
  function startSrp(pool: StoredPool, clientId: string, name: string, srpA: string): SignInResult {
    const A = parseClientPublicKey(srpA);
    if (A === undefined) throw errors.invalidParameter('SRP_A is not a valid SRP public value.');
    const user = svc.findUser(pool, name);
    const fake = (purpose: string) => svc.derive(purpose, `${pool.id}/${name.toLowerCase()}`);
    const userIdForSrp = user?.username ?? (svc.usesEmailAsUsername(pool) ? uuidFromHex(fake('user-id')) : name);
    const salt = user?.password.srpSalt || fake('salt').slice(0, 32);
    const verifier = user?.password.srpVerifier || modPow(g, BigInt(`0x${fake('verifier')}`), N).toString(16);
    const challenge = createServerChallenge(verifier);
    const secretBlock = randomBytes(384).toString('base64');
    for (const [key, p] of pendingSrp) if (svc.now() > p.expiresAt) pendingSrp.delete(key);
    pendingSrp.set(secretBlock, {
      poolId: pool.id,
      clientId,
      username: user?.username,
      userIdForSrp,
      A,
      challenge,
      verifier,
      expiresAt: svc.now() + SRP_TTL_MS,
    });
    return {
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: { SALT: salt, SECRET_BLOCK: secretBlock, SRP_B: challenge.B, USERNAME: userIdForSrp, USER_ID_FOR_SRP: userIdForSrp },
    };
  }

  function answerPasswordVerifier(pool: StoredPool, clientId: string, responses: Record<string, string>): SignInResult {
    const secretBlock = required(responses, 'PASSWORD_CLAIM_SECRET_BLOCK');
    const pending = pendingSrp.get(secretBlock);
    pendingSrp.delete(secretBlock);
    if (!pending || pending.poolId !== pool.id || pending.clientId !== clientId || svc.now() > pending.expiresAt) throw errors.sessionExpired();
    const username = required(responses, 'USERNAME');
    const proven =
      username === pending.userIdForSrp &&
      verifyPasswordClaim({
        poolName: svc.srpPoolName(pool),
        username: pending.userIdForSrp,
        A: pending.A,
        challenge: pending.challenge,
        verifierHex: pending.verifier,
        secretBlock,
        timestamp: required(responses, 'TIMESTAMP'),
        signature: required(responses, 'PASSWORD_CLAIM_SIGNATURE'),
      });
    const user = pending.username ? pool.users[pending.username] : undefined;
    if (!proven || !user) throw errors.badCredentials();
    return svc.completeSignIn(pool, clientId, user);
  }

  function answerNewPassword(pool: StoredPool, clientId: string, responses: Record<string, string>, session: string | undefined): SignInResult {
    if (!session) throw errors.invalidParameter('Missing required parameter Session');
    const pending = svc.takePendingNewPassword(session, clientId);
    const user = pool.users[pending.username];
    const named = svc.findUser(pool, required(responses, 'USERNAME'));
    if (!user || named !== user || user.status !== 'FORCE_CHANGE_PASSWORD') throw errors.sessionExpired();
    const password = required(responses, 'NEW_PASSWORD');
    // A policy failure keeps the session, so the user can try another password in the same sign-in.
    svc.assertPasswordPolicy(pool, password);
    for (const [key, value] of Object.entries(responses)) {
      const name = key.startsWith('userAttributes.') ? key.slice('userAttributes.'.length) : undefined;
      if (name && name !== 'sub' && name !== 'email') user.attributes[name] = value;
    }
    svc.setPassword(pool, user, password);
    user.status = 'CONFIRMED';
    delete user.temporaryPasswordExpiresAt;
    svc.forgetPendingNewPassword(session);
    svc.save();
    return svc.completeSignIn(pool, clientId, user);
  }

  return {
    InitiateAuth: publicOp(initiateAuthSchema, ({ AuthFlow, ClientId, AuthParameters }) => {
      const { pool } = svc.client(ClientId);
      switch (AuthFlow) {
        case 'USER_SRP_AUTH':
          return startSrp(pool, ClientId, required(AuthParameters, 'USERNAME'), required(AuthParameters, 'SRP_A'));
        case 'USER_PASSWORD_AUTH': {
          const user = svc.findUser(pool, required(AuthParameters, 'USERNAME'));
          if (!svc.passwordMatches(user, required(AuthParameters, 'PASSWORD')) || !user) throw errors.badCredentials();
          return svc.completeSignIn(pool, ClientId, user);
        }
        case 'REFRESH_TOKEN_AUTH':
        case 'REFRESH_TOKEN':
          return { ChallengeParameters: {}, AuthenticationResult: svc.refresh(ClientId, required(AuthParameters, 'REFRESH_TOKEN')) };
        default:
          throw errors.invalidParameter(`${AuthFlow} flow not enabled for this client`);
      }
    }),

    RespondToAuthChallenge: publicOp(respondSchema, ({ ChallengeName, ClientId, ChallengeResponses, Session }) => {
      const { pool } = svc.client(ClientId);
      switch (ChallengeName) {
        case 'PASSWORD_VERIFIER':
          return answerPasswordVerifier(pool, ClientId, ChallengeResponses);
        case 'NEW_PASSWORD_REQUIRED':
          return answerNewPassword(pool, ClientId, ChallengeResponses, Session);
        default:
          throw errors.invalidParameter(`The local Cognito does not issue the ${ChallengeName} challenge.`);
      }
    }),

    // What Amplify 6.21+ calls to refresh. Without refresh-token rotation, no new refresh token is returned.
    GetTokensFromRefreshToken: publicOp(refreshSchema, ({ ClientId, RefreshToken }) => ({ AuthenticationResult: svc.refresh(ClientId, RefreshToken) })),

    GlobalSignOut: publicOp(accessTokenSchema, ({ AccessToken }) => {
      const { pool, user } = svc.authenticate(AccessToken);
      svc.revokeAllSessions(pool, user.username);
      return {};
    }),

    RevokeToken: publicOp(revokeSchema, ({ ClientId, Token }) => {
      svc.revokeRefreshToken(ClientId, Token);
      return {};
    }),

    GetUser: publicOp(accessTokenSchema, ({ AccessToken }) => {
      const { user } = svc.authenticate(AccessToken);
      return { Username: user.username, UserAttributes: attributeList(user.attributes), UserMFASettingList: [] };
    }),

    ChangePassword: publicOp(changePasswordSchema, ({ AccessToken, PreviousPassword, ProposedPassword }) => {
      const { pool, user } = svc.authenticate(AccessToken);
      if (!svc.passwordMatches(user, PreviousPassword)) throw errors.badCredentials();
      svc.assertPasswordPolicy(pool, ProposedPassword);
      svc.setPassword(pool, user, ProposedPassword);
      svc.save();
      return {};
    }),
  };
}

function uuidFromHex(hex: string): string {
  const h = hex.slice(0, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16], 16) % 4];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
