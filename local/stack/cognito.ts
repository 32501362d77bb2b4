import { startCognito } from '../cognito';
import { ensureLocalCognito } from '../cognito/seed';
import type { DemoUser } from '../seed/demo-users';
import type { AwsCredentials } from '../cognito/seed';
import type { TokenValidityInput } from '../cognito/token-validity';
import type { Log } from './processes';

/** Everything the app and the engine need to know about a user pool. */
export interface CognitoSettings {
  region: string;
  userPoolId: string;
  clientId: string;
  /** Set for the local Cognito only. */
  endpoint?: string;
  issuer: string;
  jwksUrl: string;
}

export interface StartCognitoPartOptions {
  port: number;
  dataDir: string;
  demoUsers: readonly DemoUser[];
  /** Admin calls must be signed with these (the app's admin client gets them as AWS_ACCESS_KEY_ID / _SECRET_). */
  credentials: AwsCredentials;
  /** The app client's token lifetimes (CreateUserPoolClient's fields); default Cognito's. */
  tokenValidity?: TokenValidityInput;
  log: Log;
}

/**
 * Starts the local Cognito (local/cognito: it creates its pool and app client itself) and, through its admin API,
 * makes sure the groups and the demo users exist, each with the sub the seeded users rows use.
 */
export async function startCognitoPart(opts: StartCognitoPartOptions): Promise<{ settings: CognitoSettings; stop: () => Promise<void> }> {
  const cognito = await startCognito({ port: opts.port, host: '127.0.0.1', dataDir: opts.dataDir, credentials: opts.credentials, clientTokenValidity: opts.tokenValidity });
  try {
    await ensureLocalCognito({
      endpoint: cognito.url,
      region: cognito.region,
      userPoolId: cognito.poolId,
      clientId: cognito.clientId,
      credentials: opts.credentials,
      users: opts.demoUsers.map((u) => ({ email: u.email, password: u.password, sub: u.id, groups: [...u.groups] })),
    });
  } catch (err) {
    await cognito.stop();
    throw err;
  }
  return {
    settings: {
      region: cognito.region,
      userPoolId: cognito.poolId,
      clientId: cognito.clientId,
      endpoint: cognito.url,
      issuer: cognito.issuer,
      jwksUrl: cognito.jwksUrl,
    },
    stop: () => cognito.stop(),
  };
}
