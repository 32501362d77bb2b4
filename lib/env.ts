import { z } from 'zod';

// Every setting the app reads, validated once. The same names point the app at the local stack or at real
// AWS/Hasura: nothing else changes between the two. Browser-side config is passed down from the server at
// request time (never NEXT_PUBLIC_*), so one build runs against any environment.
const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);
const optionalUrl = z.preprocess(blankAsUnset, z.string().url().optional());

/**
 * OpenSky (live aircraft, lib/aircraft): the REST API and its OAuth2 token endpoint, real ones by default. With
 * OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET the client authenticates (client credentials); without, it is
 * anonymous (current vectors only, fewer credits) and says so. The local stack points both URLs at local/opensky.
 */
const openskyShape = {
  OPENSKY_API_URL: z.preprocess(blankAsUnset, z.string().url().default('https://opensky-network.org/api')),
  OPENSKY_TOKEN_URL: z.preprocess(blankAsUnset, z.string().url().default('https://auth.opensky-network.org/auth/realms/opensky-network/protocol/openid-connect/token')),
  OPENSKY_CLIENT_ID: z.preprocess(blankAsUnset, z.string().optional()),
  OPENSKY_CLIENT_SECRET: z.preprocess(blankAsUnset, z.string().optional()),
  /** Per upstream request; below the route's own limits so the caller gets a 504 rather than a dropped line. */
  OPENSKY_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(100).max(60_000).default(8_000)),
};
const bothOrNeither = (e: { OPENSKY_CLIENT_ID?: string; OPENSKY_CLIENT_SECRET?: string }) => !e.OPENSKY_CLIENT_ID === !e.OPENSKY_CLIENT_SECRET;
const openskyPairing = { message: 'set OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET together, or neither (anonymous access)', path: ['OPENSKY_CLIENT_ID'] };
const openskyEnvSchema = z.object(openskyShape).refine(bothOrNeither, openskyPairing);
export type OpenSkyEnv = z.infer<typeof openskyEnvSchema>;

/** The OpenSky settings alone (screening scripts need them without the rest of the app's configuration). */
export function openskyEnv(source: Record<string, string | undefined> = process.env): OpenSkyEnv {
  const parsed = openskyEnvSchema.safeParse(source);
  if (!parsed.success) throw new EnvError(`Invalid OpenSky configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const serverEnvSchema = z.object({
  HASURA_GRAPHQL_URL: z.string().url({ message: 'must be the GraphQL endpoint, e.g. http://127.0.0.1:8080/v1/graphql' }),
  COGNITO_REGION: z.string().min(1).default('us-east-1'),
  COGNITO_USER_POOL_ID: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, { message: 'must look like us-east-1_AbC123' }),
  COGNITO_CLIENT_ID: z.string().min(1, { message: 'must be the user pool app client id' }),
  // Set only for a non-AWS Cognito (the local stack): API endpoint, and where its tokens say they come from.
  COGNITO_ENDPOINT: optionalUrl,
  COGNITO_ISSUER: optionalUrl,
  COGNITO_JWKS_URL: optionalUrl,
  S3_BUCKET: z.string().min(1, { message: 'must name the media bucket' }),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ENDPOINT: optionalUrl,
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  MAPBOX_TOKEN: z.string().optional(),
  // Teams from a GitHub organisation through a GitHub App: all three or none (lib/teams/source.ts).
  GITHUB_APP_ID: z.preprocess(blankAsUnset, z.string().regex(/^\d+$|^Iv[\w.]+$/, { message: 'must be the GitHub App id (or client id)' }).optional()),
  GITHUB_APP_PRIVATE_KEY: z.preprocess(
    // One-line env files write the PEM's newlines as \n.
    (v) => (typeof v === 'string' ? blankAsUnset(v.replace(/\\n/g, '\n')) : v),
    z.string().includes('PRIVATE KEY-----', { message: 'must be the GitHub App private key in PEM form' }).optional(),
  ),
  GITHUB_ORG: z.preprocess(blankAsUnset, z.string().regex(/^[A-Za-z0-9-]{1,39}$/, { message: 'must be an organisation login' }).optional()),
  GITHUB_API_URL: optionalUrl,
  // The site's public origin (e.g. https://nest.thephenom.app). State-changing requests must come from it; unset,
  // the origin the request itself was addressed to (Host / X-Forwarded-Host) is the one accepted.
  APP_ORIGIN: optionalUrl,
  // How long a route waits for the GraphQL engine before answering 504 (and aborting the request to it).
  API_UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  // Server-side AWS credentials for S3 and the Cognito admin API. Unset: the SDK's own chain (instance/task role,
  // AWS_PROFILE…). The local stack sets its local ones, which its S3 and Cognito check signatures against.
  AWS_ACCESS_KEY_ID: z.preprocess(blankAsUnset, z.string().optional()),
  AWS_SECRET_ACCESS_KEY: z.preprocess(blankAsUnset, z.string().optional()),
  ...openskyShape,
})
  .refine(bothOrNeither, openskyPairing)
  .refine((e) => [e.GITHUB_APP_ID, e.GITHUB_APP_PRIVATE_KEY, e.GITHUB_ORG].filter(Boolean).length % 3 === 0, {
    message: 'set GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_ORG together, or none of them',
    path: ['GITHUB_APP_ID'],
  })
  .refine((e) => (e.AWS_ACCESS_KEY_ID === undefined) === (e.AWS_SECRET_ACCESS_KEY === undefined), {
    message: 'set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither',
    path: ['AWS_SECRET_ACCESS_KEY'],
  });

export type ServerEnv = z.infer<typeof serverEnvSchema> & {
  cognitoIssuer: string;
  cognitoJwksUrl: string;
  /** Explicit credentials when the environment names them; undefined: the SDK's default chain. */
  awsCredentials?: { accessKeyId: string; secretAccessKey: string };
};

export class EnvError extends Error {}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new EnvError(`Invalid configuration (see .env.example):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const cognitoIssuer = env.COGNITO_ISSUER ?? `https://cognito-idp.${env.COGNITO_REGION}.amazonaws.com/${env.COGNITO_USER_POOL_ID}`;
  const awsCredentials =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? { accessKeyId: env.AWS_ACCESS_KEY_ID, secretAccessKey: env.AWS_SECRET_ACCESS_KEY } : undefined;
  return { ...env, cognitoIssuer, cognitoJwksUrl: env.COGNITO_JWKS_URL ?? `${cognitoIssuer}/.well-known/jwks.json`, awsCredentials };
}

let cached: ServerEnv | undefined;

/** The validated server configuration; throws naming each bad variable on first use. */
export function serverEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
