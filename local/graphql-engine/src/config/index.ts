import { z } from 'zod';

// Engine settings from Hasura's own environment variable names (plus a few limits of this engine).

const boolFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v === 'true'));
const positiveInt = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n <= 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a positive integer' });
        return z.NEVER;
      }
      return n;
    });

/** Seconds (fractions allowed); 0 switches the setting off; unset: undefined (the caller's default). */
const optionalSeconds = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: 'must be a number of seconds (0 = no timeout)' });
      return z.NEVER;
    }
    return n;
  });

const envSchema = z.object({
  HASURA_GRAPHQL_DATABASE_URL: z.string({ message: 'is required: the PostgreSQL URL to serve' }).min(1, { message: 'is required' }),
  HASURA_GRAPHQL_METADATA_DIR: z.string().min(1).default('hasura/metadata'),
  HASURA_GRAPHQL_SERVER_HOST: z.string().min(1).default('127.0.0.1'),
  HASURA_GRAPHQL_SERVER_PORT: positiveInt(8080),
  /**
   * Hasura's --stringify-numeric-types: bigint, numeric, double precision and money leave as JSON strings.
   * Off by default, as in Hasura (its own test-suite, our conformance run, switches it on).
   */
  HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: boolFlag(false),
  HASURA_GRAPHQL_PG_CONNECTIONS: positiveInt(10),
  /** Limits of this engine (Hasura has none by these names). */
  HASURA_GRAPHQL_MAX_BODY_BYTES: positiveInt(1_048_576),
  HASURA_GRAPHQL_MAX_QUERY_DEPTH: positiveInt(25),
  HASURA_GRAPHQL_PLAN_CACHE_SIZE: positiveInt(1000),
  /**
   * PostgreSQL's statement_timeout for the engine's connections, in seconds (0: none). Unset: a few seconds above
   * the longest time_limit in api_limits.yaml (30 s without one), so a statement whose cancellation never
   * arrived still ends. Real Hasura has no such setting: there, set it on the database role Hasura connects as.
   */
  HASURA_GRAPHQL_PG_STATEMENT_TIMEOUT: optionalSeconds,
});

/** How far statement_timeout lies above the longest time limit: cancelling at the time limit comes first. */
export const STATEMENT_TIMEOUT_MARGIN_SECONDS = 5;
export const STATEMENT_TIMEOUT_WITHOUT_LIMITS_SECONDS = 30;

/** statement_timeout in milliseconds (0: none) for a configured value and the longest API time limit. */
export function statementTimeoutMs(configured: number | undefined, longestTimeLimitSeconds: number | null): number {
  const seconds = configured ?? (longestTimeLimitSeconds === null ? STATEMENT_TIMEOUT_WITHOUT_LIMITS_SECONDS : longestTimeLimitSeconds + STATEMENT_TIMEOUT_MARGIN_SECONDS);
  return Math.round(seconds * 1000);
}

export type EngineConfig = z.infer<typeof envSchema>;

export function loadEngineConfig(env: Record<string, string | undefined>): EngineConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid graphql-engine configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
