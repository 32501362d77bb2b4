import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { NextResponse } from 'next/server';
import { apiError } from '@/lib/api/errors';
import { serverEnv, type ServerEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

type ServiceState = 'up' | 'down';

const CHECK_TIMEOUT_MS = 2_000;
const NO_STORE = { 'Cache-Control': 'no-store' };

async function answers(check: (signal: AbortSignal) => Promise<boolean>): Promise<ServiceState> {
  try {
    return (await check(AbortSignal.timeout(CHECK_TIMEOUT_MS))) ? 'up' : 'down';
  } catch {
    return 'down';
  }
}

// Hasura serves /healthz beside /v1/graphql; so does the local engine.
const graphql = (env: ServerEnv) => answers(async (signal) => (await fetch(new URL('/healthz', env.HASURA_GRAPHQL_URL), { signal, cache: 'no-store' })).ok);

const cognito = (env: ServerEnv) => answers(async (signal) => (await fetch(env.cognitoJwksUrl, { signal, cache: 'no-store' })).ok);

const s3 = (env: ServerEnv) =>
  answers(async (abortSignal) => {
    const client = new S3Client({ region: env.S3_REGION, endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE });
    try {
      await client.send(new HeadBucketCommand({ Bucket: env.S3_BUCKET }), { abortSignal });
      return true;
    } finally {
      client.destroy();
    }
  });

/**
 * Liveness of the app plus which backing services answer it, for the test stack's readiness wait and for whoever
 * runs the deployment. Public, so it says only up or down: no addresses, no error text.
 */
export async function GET() {
  let env: ServerEnv;
  try {
    env = serverEnv();
  } catch (err) {
    console.error(`[api/health] ${err instanceof Error ? err.message : String(err)}`);
    // The same error body as every other route; which variable is wrong is in the server log, not here.
    return apiError(503, 'misconfigured', 'The app is not configured correctly. See the server log.');
  }
  const [g, c, s] = await Promise.all([graphql(env), cognito(env), s3(env)]);
  return NextResponse.json({ ok: true, services: { graphql: g, cognito: c, s3: s } }, { headers: NO_STORE });
}
