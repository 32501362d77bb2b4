import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config';
import { NotBuiltYet } from './optional';
import { freePort, spawnChild, waitForHttp, type Log, type ManagedChild } from './processes';

export interface CognitoJwtSource {
  issuer: string;
  jwksUrl: string;
  /** The app client id: Cognito ID tokens carry it as `aud`. */
  clientId: string;
}

/**
 * HASURA_GRAPHQL_JWT_SECRET for this pool: hasura/jwt-secret.cognito.json (what real Hasura is given) with the pool's
 * addresses filled in, so the local engine and production share one claims_map.
 */
export function hasuraJwtSecret(src: CognitoJwtSource): string {
  const template = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'hasura/jwt-secret.cognito.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify({ ...template, jwk_url: src.jwksUrl, issuer: src.issuer, audience: src.clientId });
}

export interface StartEngineOptions {
  databaseUrl: string;
  /** A free port when omitted. */
  port?: number;
  adminSecret: string;
  /** Omitted: no JWT mode; only admin-secret requests are served (enough for tests that introspect as admin). */
  jwt?: CognitoJwtSource;
  /** hasura/metadata when omitted; tests point it at their own fixtures. */
  metadataDir?: string;
  log: Log;
  signal?: AbortSignal;
}

export interface LocalEngine {
  /** HASURA_GRAPHQL_URL for the app. */
  graphqlUrl: string;
  child: ManagedChild;
}

const ENGINE_ENTRY = 'local/graphql-engine/src/main.ts';

/** Runs `npm run graphql-engine` with Hasura's own variables, so the same settings would drive real Hasura. */
export async function startEngine(opts: StartEngineOptions): Promise<LocalEngine> {
  if (!fs.existsSync(path.join(REPO_ROOT, ENGINE_ENTRY))) throw new NotBuiltYet('GraphQL engine', ENGINE_ENTRY);
  const port = opts.port ?? (await freePort());
  const child = spawnChild({
    name: 'graphql-engine',
    command: 'npm',
    args: ['run', '--silent', 'graphql-engine'],
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HASURA_GRAPHQL_DATABASE_URL: opts.databaseUrl,
      HASURA_GRAPHQL_METADATA_DIR: opts.metadataDir ?? path.join(REPO_ROOT, 'hasura/metadata'),
      HASURA_GRAPHQL_ADMIN_SECRET: opts.adminSecret,
      ...(opts.jwt ? { HASURA_GRAPHQL_JWT_SECRET: hasuraJwtSecret(opts.jwt) } : {}),
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: String(port),
    },
    log: opts.log,
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, 'the GraphQL engine', { timeoutMs: 120_000, child, ready: (s) => s === 200, signal: opts.signal });
  } catch (err) {
    await child.stop();
    throw err;
  }
  return { graphqlUrl: `${base}/v1/graphql`, child };
}
