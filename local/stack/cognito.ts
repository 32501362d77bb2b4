import type { DemoUser } from '../seed/demo-users';
import { exportedFunction, importPart } from './optional';
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
  log: Log;
}

const COGNITO_MODULE = 'local/cognito';

/** Starts the local Cognito (local/cognito) and makes sure the pool, app client, groups and demo users exist. */
export async function startCognitoPart(_opts: StartCognitoPartOptions): Promise<{ settings: CognitoSettings; stop: () => Promise<void> }> {
  const mod = await importPart('Cognito', COGNITO_MODULE);
  const startCognito = exportedFunction<(o: { port: number; host: string; dataDir: string }) => Promise<unknown>>('Cognito', mod, COGNITO_MODULE, 'startCognito');
  void startCognito;
  throw new Error('local/cognito landed: wire its API into local/stack/cognito.ts');
}
