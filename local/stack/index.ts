import fs from 'node:fs';
import path from 'node:path';
import { parseServerEnv } from '../../lib/env';
import { migrate } from '../db/migrate';
import { startS3 } from '../s3/server';
import { startCelestrakPart } from './celestrak';
import { startGitHubPart } from './github';
import { startOpenSkyPart } from './opensky';
import { startRadarBoxPart } from './radarbox';
import { startCognitoPart, type CognitoSettings } from './cognito';
import { externalParts, LOCAL, type Env, type StackPorts } from './config';
import { startEngine } from './engine';
import { uploadMedia, type S3Target } from './media';
import { startNext, type NextMode } from './next';
import { NotBuiltYet } from './optional';
import { startPostgres } from './postgres';
import type { Log, ManagedChild } from './processes';
import { seedDemoData } from './seed';
import { DEMO_USERS, type DemoUser } from '../seed/demo-users';
import type { TokenValidityInput } from '../cognito/token-validity';

export interface StackOptions {
  /** Holds postgres/, s3/, cognito/ and the first-run marker. */
  dataRoot: string;
  /** Keep data between runs (dev); the test stack passes false and a fresh directory. */
  persistent: boolean;
  ports: StackPorts;
  next: false | { mode: NextMode; build?: boolean; distDir?: string };
  /** Where overrides come from (process.env plus .env): a part configured here is not started locally. */
  environment: Env;
  log: Log;
  /** Token lifetimes of the local Cognito's app client (e.g. short ones for a test stack); default Cognito's own. */
  cognitoTokenValidity?: TokenValidityInput;
  /** Aborting (Ctrl-C during start-up) stops what has started and rejects. */
  signal?: AbortSignal;
}

export type PartStatus = 'local' | 'external' | 'not built';

export interface PartReport {
  part: string;
  status: PartStatus;
  detail: string;
}

export interface RunningStack {
  appUrl?: string;
  /** The app's environment (lib/env.ts names), as given to Next. */
  appEnv: Env;
  demoUsers: readonly DemoUser[];
  parts: PartReport[];
  /** Settles with a message if a child process exits while the stack runs. */
  crashed: Promise<string>;
  /** Stops everything started, newest first. Safe to call twice. */
  stop(): Promise<void>;
}

const SEEDED_MARKER = '.seeded';

/**
 * Brings the stack up in dependency order: PostgreSQL and migrations, S3, Cognito, first-run seed, GraphQL engine,
 * then Next. Shared by `npm run dev` and the Playwright test stack so both run exactly the same parts.
 */
export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const { log, ports, environment: env } = opts;
  const ext = externalParts(env);
  const parts: PartReport[] = [];
  const stoppers: { name: string; stop: () => Promise<void> }[] = [];
  const children: ManagedChild[] = [];
  let stopping = false;
  let stopped: Promise<void> | undefined;

  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      for (const s of [...stoppers].reverse()) {
        try {
          await s.stop();
        } catch (err) {
          log(`! could not stop ${s.name}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    })());

  let reportCrash: (msg: string) => void = () => {};
  const crashed = new Promise<string>((resolve) => (reportCrash = resolve));
  const watch = (child: ManagedChild) => {
    children.push(child);
    stoppers.push({ name: child.name, stop: () => child.stop() });
    void child.exited.then((code) => {
      if (!stopping) reportCrash(`${child.name} exited unexpectedly (code ${code})`);
    });
  };
  const notBuilt = (err: unknown, part: string): boolean => {
    if (!(err instanceof NotBuiltYet)) return false;
    log(`- ${err.message}`);
    parts.push({ part, status: 'not built', detail: err.missing });
    return true;
  };

  fs.mkdirSync(opts.dataRoot, { recursive: true });
  // The embedded PostgreSQL runs as an unprivileged OS user when we are root; it must reach its data directory.
  fs.chmodSync(opts.dataRoot, 0o755);
  const firstRun = !fs.existsSync(path.join(opts.dataRoot, SEEDED_MARKER));
  const checkpoint = () => opts.signal?.throwIfAborted();

  try {
    // PostgreSQL: needed by the local engine, and by migrations/seed when DATABASE_URL names a real one.
    let databaseUrl = env.DATABASE_URL;
    if (!ext.database && !ext.engine) {
      const dataDir = path.join(opts.dataRoot, 'postgres');
      const pg = await startPostgres({ dataDir, port: ports.postgres, persistent: opts.persistent });
      stoppers.push({ name: 'PostgreSQL', stop: () => pg.stop() });
      databaseUrl = pg.url;
      parts.push({ part: 'PostgreSQL', status: 'local', detail: `${pg.url} (data in ${dataDir})` });
    } else if (ext.database) {
      parts.push({ part: 'PostgreSQL', status: 'external', detail: 'DATABASE_URL' });
    }
    if (databaseUrl) {
      const applied = await migrate(databaseUrl, { log: (l) => log(`  migrate: ${l}`) });
      log(`✓ migrations: ${applied.length === 0 ? 'up to date' : `${applied.length} applied`}`);
    }

    // One set of AWS credentials signs for S3 and for the Cognito admin API, as in a deployment: the local ones while
    // the local S3 runs; with a real S3 and the local Cognito, the ones the environment gives the app.
    const awsCredentials =
      ext.s3 && env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
        ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY }
        : { accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey };
    const awsEnv: Env = { AWS_ACCESS_KEY_ID: awsCredentials.accessKeyId, AWS_SECRET_ACCESS_KEY: awsCredentials.secretAccessKey };

    checkpoint();
    // S3
    let s3: S3Target;
    const localAwsEnv: Env = {};
    if (!ext.s3) {
      const dataDir = path.join(opts.dataRoot, 's3');
      const origins = [`http://127.0.0.1:${ports.next}`, `http://localhost:${ports.next}`];
      const local = await startS3({
        port: ports.s3,
        dataDir,
        accessKeyId: LOCAL.accessKeyId,
        secretAccessKey: LOCAL.secretAccessKey,
        region: LOCAL.region,
        buckets: [LOCAL.s3Bucket],
        // What the app needs from the bucket's CORS rule: the browser GETs and PUTs presigned URLs and reads ETag.
        cors: [{ allowedOrigins: origins, allowedMethods: ['GET', 'PUT', 'HEAD', 'POST'], allowedHeaders: ['*'], exposeHeaders: ['ETag'], maxAgeSeconds: 3000 }],
      });
      stoppers.push({ name: 'S3', stop: () => local.stop() });
      s3 = {
        bucket: LOCAL.s3Bucket,
        region: LOCAL.region,
        endpoint: local.endpoint,
        forcePathStyle: true,
        credentials: { accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey },
      };
      Object.assign(localAwsEnv, {
        S3_ENDPOINT: local.endpoint,
        S3_REGION: LOCAL.region,
        S3_BUCKET: LOCAL.s3Bucket,
        S3_FORCE_PATH_STYLE: 'true',
        ...awsEnv,
      });
      parts.push({ part: 'S3', status: 'local', detail: `${local.endpoint} bucket ${LOCAL.s3Bucket} (data in ${dataDir})` });
    } else {
      s3 = {
        bucket: env.S3_BUCKET ?? LOCAL.s3Bucket,
        region: env.S3_REGION ?? LOCAL.region,
        endpoint: env.S3_ENDPOINT || undefined,
        forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      };
      parts.push({ part: 'S3', status: 'external', detail: env.S3_ENDPOINT ? `S3_ENDPOINT ${env.S3_ENDPOINT}` : `AWS bucket ${s3.bucket}` });
    }

    checkpoint();
    // Cognito. Demo accounts exist only in the local one; a real pool has real people.
    let demoUsers: readonly DemoUser[] = [];
    let cognito: CognitoSettings;
    if (!ext.cognito) {
      const local = await startCognitoPart({ port: ports.cognito, dataDir: path.join(opts.dataRoot, 'cognito'), demoUsers: DEMO_USERS, credentials: awsCredentials, tokenValidity: opts.cognitoTokenValidity, log });
      Object.assign(localAwsEnv, awsEnv);
      stoppers.push({ name: 'Cognito', stop: local.stop });
      demoUsers = DEMO_USERS;
      cognito = local.settings;
      parts.push({ part: 'Cognito', status: 'local', detail: `${local.settings.endpoint} pool ${local.settings.userPoolId}` });
    } else {
      const region = env.COGNITO_REGION || LOCAL.region;
      const issuer = env.COGNITO_ISSUER || `https://cognito-idp.${region}.amazonaws.com/${env.COGNITO_USER_POOL_ID}`;
      cognito = {
        region,
        userPoolId: env.COGNITO_USER_POOL_ID!,
        clientId: env.COGNITO_CLIENT_ID!,
        endpoint: env.COGNITO_ENDPOINT || undefined,
        issuer,
        jwksUrl: env.COGNITO_JWKS_URL || `${issuer}/.well-known/jwks.json`,
      };
      parts.push({ part: 'Cognito', status: 'external', detail: `pool ${cognito.userPoolId}` });
    }

    checkpoint();
    // Seed: first run of a local database only; a real database is seeded on purpose with `npm run seed`.
    if (databaseUrl && !ext.database && firstRun) {
      const media = await seedDemoData(databaseUrl, log);
      const started = Date.now();
      const uploaded = await uploadMedia(s3, media);
      log(`  seed: ${uploaded} media objects uploaded to ${s3.bucket} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      fs.writeFileSync(path.join(opts.dataRoot, SEEDED_MARKER), `${new Date().toISOString()}\n`);
      log('✓ demo data seeded');
    }

    checkpoint();
    // GraphQL engine
    const engineEnv: Env = {};
    if (!ext.engine) {
      try {
        const engine = await startEngine({
          databaseUrl: databaseUrl!,
          port: ports.engine,
          adminSecret: env.HASURA_GRAPHQL_ADMIN_SECRET || LOCAL.hasuraAdminSecret,
          jwt: { issuer: cognito.issuer, jwksUrl: cognito.jwksUrl, clientId: cognito.clientId },
          log,
          signal: opts.signal,
        });
        watch(engine.child);
        engineEnv.HASURA_GRAPHQL_URL = engine.graphqlUrl;
        parts.push({ part: 'GraphQL engine', status: 'local', detail: engine.graphqlUrl });
      } catch (err) {
        if (!notBuilt(err, 'GraphQL engine')) throw err;
      }
    } else {
      parts.push({ part: 'GraphQL engine', status: 'external', detail: `HASURA_GRAPHQL_URL ${env.HASURA_GRAPHQL_URL}` });
    }

    // The app: only what lib/env.ts reads. The database URL and the engine's admin secret stay out of it on purpose.
    // Element sets for screening: the local CelesTrak stand-in unless CELESTRAK_URL names the real one.
    const celestrak = await startCelestrakPart(env, opts.dataRoot);
    if (celestrak.stop) stoppers.push({ name: 'CelesTrak', stop: celestrak.stop });
    parts.push(celestrak.report);
    // Live aircraft: the local OpenSky stand-in unless OPENSKY_API_URL / OPENSKY_CLIENT_ID name the real one.
    const opensky = await startOpenSkyPart(env);
    if (opensky.stop) stoppers.push({ name: 'OpenSky', stop: opensky.stop });
    parts.push(opensky.report);
    // Aircraft of older reports (correlation): the local RadarBox stand-in unless RADARBOX_API_KEY names an account.
    const radarbox = await startRadarBoxPart(env);
    if (radarbox.stop) stoppers.push({ name: 'RadarBox', stop: radarbox.stop });
    parts.push(radarbox.report);
    // Teams: from our tables unless GITHUB_* name an organisation, or NEST_LOCAL_GITHUB=1 asks for the stand-in.
    const github = await startGitHubPart(env, opts.dataRoot);
    if (github.stop) stoppers.push({ name: 'GitHub', stop: github.stop });
    if (github.report) parts.push(github.report);

    const appEnv: Env = { ...env, ...localAwsEnv, ...engineEnv, ...cognitoEnv(cognito), ...celestrak.env, ...opensky.env, ...radarbox.env, ...github.env };
    delete appEnv.NEST_LOCAL_GITHUB;
    delete appEnv.DATABASE_URL;
    delete appEnv.HASURA_GRAPHQL_ADMIN_SECRET;
    if (!engineEnv.HASURA_GRAPHQL_URL && !ext.engine) appEnv.HASURA_GRAPHQL_URL = `http://127.0.0.1:${ports.engine}/v1/graphql`;
    try {
      parseServerEnv(appEnv);
    } catch (err) {
      // With every part built this is a real configuration error; while parts are missing the app starts anyway.
      if (!parts.some((p) => p.status === 'not built')) throw err;
      log(`- app configuration incomplete while parts are not built:\n${err instanceof Error ? err.message : String(err)}`);
    }

    checkpoint();
    let appUrl: string | undefined;
    if (opts.next) {
      const next = await startNext({ mode: opts.next.mode, build: opts.next.build, distDir: opts.next.distDir, port: ports.next, env: appEnv, log, signal: opts.signal });
      watch(next.child);
      appUrl = next.url;
      parts.push({ part: 'Next.js', status: 'local', detail: appUrl });
    }
    return { appUrl, appEnv, demoUsers, parts, crashed, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function cognitoEnv(c: CognitoSettings): Env {
  return {
    COGNITO_REGION: c.region,
    COGNITO_USER_POOL_ID: c.userPoolId,
    COGNITO_CLIENT_ID: c.clientId,
    ...(c.endpoint ? { COGNITO_ENDPOINT: c.endpoint } : {}),
    COGNITO_ISSUER: c.issuer,
    COGNITO_JWKS_URL: c.jwksUrl,
  };
}
