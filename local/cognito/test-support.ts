import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Fetcher } from 'aws-jwt-verify/https';
import { localAdminClient } from './seed';
import { startCognito, type LocalCognito, type StartCognitoOptions } from './server';

/** A local Cognito for one test file: throwaway data dir, a clock tests can move, the SDK admin client, raw calls. */
export interface TestCognito {
  cognito: LocalCognito;
  dataDir: string;
  admin: CognitoIdentityProviderClient;
  /** Moves the server's clock forward (codes, temporary passwords, tokens expire); `resetClock` puts it back. */
  advanceClock(ms: number): void;
  resetClock(): void;
  /** One unsigned JSON-protocol call, as a browser makes it; returns the HTTP status and parsed body. */
  call(operation: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }>;
  /** A confirmed user, made the way an administrator would (invite suppressed, permanent password, groups). */
  createUser(email: string, groups: string[], password: string): Promise<void>;
  stop(): Promise<void>;
}

let emails = 0;
/** An address no other test of this run has used. */
export const freshEmail = (label: string) => `${label}-${++emails}@example.com`;

/** The credentials a test Cognito checks admin signatures against (`admin` signs with them). */
export const TEST_CREDENTIALS = { accessKeyId: 'test-admin-key', secretAccessKey: 'test-admin-secret' };

export async function startTestCognito(options: Partial<StartCognitoOptions> = {}): Promise<TestCognito> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'nest-cognito-'));
  let offset = 0;
  const cognito = await startCognito({ port: 0, credentials: TEST_CREDENTIALS, ...options, dataDir, now: () => Date.now() + offset });
  const admin = localAdminClient(cognito.url, cognito.region, options.credentials ?? TEST_CREDENTIALS);
  return {
    cognito,
    dataDir,
    admin,
    advanceClock: (ms) => {
      offset += ms;
    },
    resetClock: () => {
      offset = 0;
    },
    call: async (operation, body, headers = {}) => {
      const res = await fetch(cognito.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`, ...headers },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    createUser: async (email, groups, password) => {
      const UserPoolId = cognito.poolId;
      await admin.send(new AdminCreateUserCommand({ UserPoolId, Username: email, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email_verified', Value: 'true' }] }));
      await admin.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: email, Password: password, Permanent: true }));
      for (const GroupName of groups) await admin.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName }));
    },
    stop: async () => {
      admin.destroy();
      await cognito.stop();
      if (!options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * aws-jwt-verify's own fetcher only speaks https; the local JWKS is http. `rewrite` maps the URL the verifier
 * derives (e.g. the AWS one, for CognitoJwtVerifier) to where the local server serves the keys.
 */
export function httpJwksFetcher(rewrite: (uri: string) => string = (uri) => uri): Fetcher {
  return {
    fetch: async (uri) => {
      const res = await fetch(rewrite(uri));
      if (!res.ok) throw new Error(`JWKS fetch failed: ${res.status}`);
      return res.arrayBuffer();
    },
  };
}
