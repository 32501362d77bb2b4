import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Environment variables as read from process.env or .env. */
export type Env = Record<string, string | undefined>;

/** The repository root (local/stack/ is two levels down). */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Fixed ports of `npm run dev` (docs/local-stack.md). The test stack picks free ones instead. */
export interface StackPorts {
  postgres: number;
  s3: number;
  cognito: number;
  engine: number;
  next: number;
}

export const DEV_PORTS: StackPorts = { postgres: 54320, s3: 4569, cognito: 9229, engine: 8080, next: 3000 };

/**
 * Credentials of the local stand-ins. They guard services bound to 127.0.0.1 that hold demo data only, so they are
 * constants rather than secrets; real deployments set their own through the environment.
 */
export const LOCAL = {
  region: 'us-east-1',
  /** Signs for the local S3 and the local Cognito's admin API, as one set of AWS credentials would for both. */
  accessKeyId: 'nest-local',
  secretAccessKey: 'nest-local-secret',
  s3Bucket: 'nest-media',
  hasuraAdminSecret: 'nest-local-admin-secret',
  openskyClientId: 'nest-local',
  openskyClientSecret: 'nest-local-opensky-secret',
  radarboxApiKey: 'nest-local-radarbox-key',
} as const;

const present = z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v : undefined), z.string().optional());

const overridesSchema = z.object({
  DATABASE_URL: present,
  HASURA_GRAPHQL_URL: present,
  COGNITO_USER_POOL_ID: present,
  COGNITO_CLIENT_ID: present,
  S3_ENDPOINT: present,
  S3_BUCKET: present,
});

/** Which parts the environment already provides; those are not started locally. */
export interface ExternalParts {
  database: boolean;
  engine: boolean;
  cognito: boolean;
  s3: boolean;
}

export function externalParts(env: Env): ExternalParts {
  const o = overridesSchema.parse(env);
  return {
    database: o.DATABASE_URL !== undefined,
    engine: o.HASURA_GRAPHQL_URL !== undefined,
    cognito: o.COGNITO_USER_POOL_ID !== undefined && o.COGNITO_CLIENT_ID !== undefined,
    // Real S3 needs no endpoint, only a bucket; either one means "not the local S3".
    s3: o.S3_ENDPOINT !== undefined || o.S3_BUCKET !== undefined,
  };
}

/**
 * process.env plus the repository's .env (process.env wins, as with Next.js), so one file can point any part of
 * the stack at a real service.
 */
export function loadEnvironment(envFile = path.join(REPO_ROOT, '.env')): Env {
  const env: Env = {};
  if (fs.existsSync(envFile)) {
    for (const line of fs.readFileSync(envFile, 'utf8').split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!m) continue;
      const raw = m[2];
      const quoted = /^(['"])(.*)\1$/.exec(raw);
      env[m[1]] = quoted ? quoted[2] : raw.replace(/\s+#.*$/, '');
    }
  }
  return { ...env, ...process.env };
}
