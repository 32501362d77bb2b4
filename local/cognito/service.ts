import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { errors } from './errors';
import { deliver, type MailKind } from './mailbox';
import { assertPasswordMeetsPolicy, hashPassword, passwordMatches, type PasswordPolicy } from './password';
import { createVerifier } from './srp';
import { PoolStore, type StoredClient, type StoredCode, type StoredPool, type StoredSession, type StoredUser } from './store';
import { DEFAULT_VALIDITY, validitySeconds } from './token-validity';
import { signJwt, verifiedPayload, type SigningKeys } from './tokens';

export interface ServiceOptions {
  dataDir: string;
  /** Tokens say `iss: <issuerBase>/<poolId>`. */
  issuerBase: string;
  region: string;
  signUpCodeTtlSeconds: number;
  resetCodeTtlSeconds: number;
  /** Wrong codes accepted before LimitExceededException. */
  maxCodeAttempts: number;
  /** Milliseconds since the epoch; tests move it to expire codes and temporary passwords without waiting. */
  now: () => number;
}

/** How long a sign-in may sit between its steps (Cognito's default authentication session validity). */
const CHALLENGE_TTL_MS = 3 * 60 * 1000;

export type Attributes = Record<string, string>;

export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

export interface SignInResult {
  ChallengeName?: string;
  ChallengeParameters: Record<string, string>;
  Session?: string;
  AuthenticationResult?: AuthenticationResult;
}

/** A sign-in waiting for the user's new password (NEW_PASSWORD_REQUIRED); lives in memory like Cognito's 3-minute session. */
interface PendingNewPassword {
  poolId: string;
  clientId: string;
  username: string;
  expiresAt: number;
}

const accessClaimsSchema = z.object({
  token_use: z.literal('access'),
  iss: z.string(),
  exp: z.number(),
  origin_jti: z.string(),
  username: z.string(),
  client_id: z.string(),
});

/** State and rules shared by every operation: pools, users, codes, sessions and tokens. */
export class CognitoService {
  readonly store: PoolStore;
  private readonly pendingNewPassword = new Map<string, PendingNewPassword>();

  constructor(
    readonly opts: ServiceOptions,
    readonly keys: SigningKeys,
  ) {
    this.store = new PoolStore(opts.dataDir);
  }

  now(): number {
    return this.opts.now();
  }

  save(): void {
    this.store.save();
  }

  issuer(poolId: string): string {
    return `${this.opts.issuerBase}/${poolId}`;
  }

  /** The pool name SRP hashes into every verifier: the part of the pool id after the region. */
  srpPoolName(pool: StoredPool): string {
    return pool.id.split('_')[1] ?? '';
  }

  /** A stable pseudo-random hex string derived from the server secret (same input, same output, across restarts). */
  derive(purpose: string, input: string): string {
    return createHmac('sha256', this.keys.secret).update(`${purpose}\0${input}`).digest('hex');
  }

  // ---- pools, clients, users -------------------------------------------------------------------------------------

  pool(poolId: string): StoredPool {
    const pool = this.store.data.pools[poolId];
    if (!pool) throw errors.poolNotFound(poolId);
    return pool;
  }

  client(clientId: string): { pool: StoredPool; client: StoredClient } {
    for (const pool of Object.values(this.store.data.pools)) {
      const client = pool.clients[clientId];
      if (client) return { pool, client };
    }
    throw errors.clientNotFound(clientId);
  }

  usesEmailAsUsername(pool: StoredPool): boolean {
    return pool.usernameAttributes.includes('email');
  }

  /** By username, or by email in pools where people sign in with their email. Case-insensitive, as Cognito is by default. */
  findUser(pool: StoredPool, name: string): StoredUser | undefined {
    const wanted = name.trim().toLowerCase();
    const byUsername = Object.values(pool.users).find((u) => u.username.toLowerCase() === wanted);
    if (byUsername || !this.usesEmailAsUsername(pool)) return byUsername;
    return Object.values(pool.users).find((u) => u.attributes.email?.toLowerCase() === wanted);
  }

  requireUser(pool: StoredPool, name: string): StoredUser {
    const user = this.findUser(pool, name);
    if (!user) throw errors.userNotFound();
    return user;
  }

  assertPasswordPolicy(pool: StoredPool, password: string): void {
    assertPasswordMeetsPolicy(password, pool.passwordPolicy);
  }

  /** Stores what both sign-in flows need: a scrypt hash (USER_PASSWORD_AUTH) and an SRP verifier (USER_SRP_AUTH). */
  setPassword(pool: StoredPool, user: StoredUser, password: string): void {
    const { salt: srpSalt, verifier: srpVerifier } = createVerifier(this.srpPoolName(pool), user.username, password);
    user.password = { ...hashPassword(password), srpSalt, srpVerifier };
    user.updatedAt = this.now();
  }

  passwordMatches(user: StoredUser | undefined, password: string): boolean {
    // An unknown user costs the same scrypt as a known one, so timing does not tell them apart either.
    const stored = user?.password ?? { hash: 'AAAA', salt: 'AAAA' };
    return passwordMatches(password, stored) && user !== undefined;
  }

  temporaryPasswordExpiry(policy: PasswordPolicy): number {
    return this.now() + policy.TemporaryPasswordValidityDays * 24 * 3600 * 1000;
  }

  newUser(pool: StoredPool, email: string, attributes: Attributes, sub: string = randomUUID()): StoredUser {
    const now = this.now();
    return {
      username: this.usesEmailAsUsername(pool) ? sub : email,
      attributes: { ...attributes, sub, email },
      status: 'UNCONFIRMED',
      enabled: true,
      createdAt: now,
      updatedAt: now,
      password: { hash: '', salt: '', srpSalt: '', srpVerifier: '' },
      groups: [],
    };
  }

  // ---- codes -----------------------------------------------------------------------------------------------------

  sendCode(user: StoredUser, kind: Exclude<MailKind, 'invitation'>): StoredCode {
    const ttl = kind === 'confirm-sign-up' ? this.opts.signUpCodeTtlSeconds : this.opts.resetCodeTtlSeconds;
    const code: StoredCode = { code: String(randomInt(0, 1_000_000)).padStart(6, '0'), expiresAt: this.now() + ttl * 1000, failedAttempts: 0 };
    this.mail(user.attributes.email, kind, code.code);
    return code;
  }

  mail(to: string, kind: MailKind, code: string): void {
    deliver(this.opts.dataDir, { to, kind, code, at: new Date(this.now()).toISOString() });
  }

  /** Checks a code the way Cognito does: a few wrong tries, then LimitExceeded until a new code is sent. Saves the count. */
  checkCode(stored: StoredCode | undefined, given: string): void {
    if (!stored) throw errors.codeMismatch();
    if (stored.failedAttempts >= this.opts.maxCodeAttempts) throw errors.attemptLimit();
    if (this.now() > stored.expiresAt) throw errors.codeExpired();
    const a = Buffer.from(stored.code);
    const b = Buffer.from(given);
    if (a.length !== b.length || !timingSafeEqual(a, b)) {
      stored.failedAttempts += 1;
      this.save();
      throw errors.codeMismatch();
    }
  }

  codeDeliveryDetails(email: string): { Destination: string; DeliveryMedium: 'EMAIL'; AttributeName: 'email' } {
    return { Destination: maskEmail(email), DeliveryMedium: 'EMAIL', AttributeName: 'email' };
  }

  // ---- sign-in completion and tokens -----------------------------------------------------------------------------

  /** After the password has been proven: the user's state decides between tokens, a challenge or a refusal. */
  completeSignIn(pool: StoredPool, clientId: string, user: StoredUser): SignInResult {
    if (!user.enabled) throw errors.userDisabled();
    if (user.status === 'UNCONFIRMED') throw errors.notConfirmed();
    if (user.status === 'RESET_REQUIRED') throw errors.resetRequired();
    if (user.status === 'FORCE_CHANGE_PASSWORD') {
      if (user.temporaryPasswordExpiresAt !== undefined && this.now() > user.temporaryPasswordExpiresAt) throw errors.temporaryPasswordExpired();
      const session = randomBytes(96).toString('base64url');
      this.pendingNewPassword.set(session, { poolId: pool.id, clientId, username: user.username, expiresAt: this.now() + CHALLENGE_TTL_MS });
      const { sub: _sub, ...visible } = user.attributes;
      return {
        ChallengeName: 'NEW_PASSWORD_REQUIRED',
        Session: session,
        ChallengeParameters: { USER_ID_FOR_SRP: user.username, requiredAttributes: '[]', userAttributes: JSON.stringify(visible) },
      };
    }
    return { ChallengeParameters: {}, AuthenticationResult: this.startSession(pool, clientId, user) };
  }

  takePendingNewPassword(session: string, clientId: string): PendingNewPassword {
    const pending = this.pendingNewPassword.get(session);
    if (!pending || pending.clientId !== clientId || this.now() > pending.expiresAt) {
      this.pendingNewPassword.delete(session);
      throw errors.sessionExpired();
    }
    return pending;
  }

  forgetPendingNewPassword(session: string): void {
    this.pendingNewPassword.delete(session);
  }

  private startSession(pool: StoredPool, clientId: string, user: StoredUser): AuthenticationResult {
    const refreshToken = randomBytes(96).toString('base64url');
    const now = this.now();
    const session: StoredSession = {
      originJti: randomUUID(),
      username: user.username,
      clientId,
      refreshTokenHash: hashToken(refreshToken),
      eventId: randomUUID(),
      authTime: Math.floor(now / 1000),
      expiresAt: now + this.lifetimes(pool, clientId).refresh * 1000,
      revoked: false,
    };
    pool.sessions[session.originJti] = session;
    this.save();
    return { ...this.tokensFor(pool, user, session), RefreshToken: refreshToken };
  }

  /** New ID and access tokens from a refresh token; groups are read again, so membership changes show up here. */
  refresh(clientId: string, refreshToken: string): AuthenticationResult {
    const { pool } = this.client(clientId);
    const hash = hashToken(refreshToken);
    const session = Object.values(pool.sessions).find((s) => s.refreshTokenHash === hash);
    if (!session || session.clientId !== clientId) throw errors.invalidRefreshToken();
    const user = pool.users[session.username];
    if (!user) throw errors.invalidRefreshToken();
    // Disabling revokes the user's sessions too; the refusal says why.
    if (!user.enabled) throw errors.userDisabled();
    if (session.revoked) throw errors.refreshTokenRevoked();
    if (this.now() > session.expiresAt) throw errors.refreshTokenExpired();
    return this.tokensFor(pool, user, session);
  }

  private tokensFor(pool: StoredPool, user: StoredUser, session: StoredSession): AuthenticationResult {
    const iat = Math.floor(this.now() / 1000);
    const lifetimes = this.lifetimes(pool, session.clientId);
    const groups = this.groupsOf(pool, user);
    const common = {
      sub: user.attributes.sub,
      ...(groups.length > 0 ? { 'cognito:groups': groups } : {}),
      iss: this.issuer(pool.id),
      origin_jti: session.originJti,
      event_id: session.eventId,
      auth_time: session.authTime,
      iat,
    };
    const { sub: _sub, ...attributes } = user.attributes;
    const idToken = signJwt(this.keys, {
      ...idTokenAttributes(attributes),
      ...common,
      aud: session.clientId,
      token_use: 'id',
      'cognito:username': user.username,
      exp: iat + lifetimes.id,
      jti: randomUUID(),
    });
    const accessToken = signJwt(this.keys, {
      ...common,
      client_id: session.clientId,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin',
      username: user.username,
      exp: iat + lifetimes.access,
      jti: randomUUID(),
    });
    return { AccessToken: accessToken, IdToken: idToken, ExpiresIn: lifetimes.access, TokenType: 'Bearer' };
  }

  /** The app client's token lifetimes in seconds (Cognito's defaults when it has none set). */
  lifetimes(pool: StoredPool, clientId: string): { id: number; access: number; refresh: number } {
    return validitySeconds(pool.clients[clientId]?.validity ?? DEFAULT_VALIDITY);
  }

  /** Group names by precedence (lowest first, as Cognito orders them), then name. */
  groupsOf(pool: StoredPool, user: StoredUser): string[] {
    return user.groups
      .filter((name) => pool.groups[name])
      .sort((a, b) => (pool.groups[a].precedence ?? Infinity) - (pool.groups[b].precedence ?? Infinity) || a.localeCompare(b));
  }

  /** The user behind an access token, refusing forged, expired and revoked ones with Cognito's messages. */
  authenticate(accessToken: string): { pool: StoredPool; user: StoredUser; session: StoredSession } {
    const claims = accessClaimsSchema.safeParse(verifiedPayload(this.keys, accessToken));
    if (!claims.success) throw errors.invalidAccessToken();
    const pool = Object.values(this.store.data.pools).find((p) => this.issuer(p.id) === claims.data.iss);
    if (!pool) throw errors.invalidAccessToken();
    if (Math.floor(this.now() / 1000) >= claims.data.exp) throw errors.accessTokenExpired();
    const session = pool.sessions[claims.data.origin_jti];
    if (!session || session.revoked) throw errors.accessTokenRevoked();
    const user = pool.users[claims.data.username];
    if (!user) throw errors.userNotFound();
    return { pool, user, session };
  }

  /** Global sign-out: every refresh token of the user stops working, and so do access tokens issued from them. */
  revokeAllSessions(pool: StoredPool, username: string): void {
    for (const session of Object.values(pool.sessions)) {
      if (session.username === username) session.revoked = true;
    }
    this.save();
  }

  /** RevokeToken: one refresh token and the access tokens it produced. Unknown tokens are ignored, as Cognito does. */
  revokeRefreshToken(clientId: string, refreshToken: string): void {
    const { pool } = this.client(clientId);
    const hash = hashToken(refreshToken);
    const session = Object.values(pool.sessions).find((s) => s.refreshTokenHash === hash && s.clientId === clientId);
    if (session) {
      session.revoked = true;
      this.save();
    }
  }

  deleteUser(pool: StoredPool, user: StoredUser): void {
    delete pool.users[user.username];
    for (const [id, session] of Object.entries(pool.sessions)) if (session.username === user.username) delete pool.sessions[id];
    this.save();
  }
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Cognito puts verification flags in the ID token as booleans and everything else as strings. */
function idTokenAttributes(attributes: Attributes): Record<string, string | boolean> {
  const out: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(attributes)) {
    out[name] = name === 'email_verified' || name === 'phone_number_verified' ? value === 'true' : value;
  }
  return out;
}

/** "a***@e***", as Cognito shows where a code went without revealing the address. */
export function maskEmail(email: string): string {
  const [local, domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain.slice(0, 1)}***`;
}
