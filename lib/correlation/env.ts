import { z } from 'zod';

/**
 * Correlation settings, from the environment (zod-parsed once per call; a bad value is an error naming it).
 * - RadarBox: used for reports older than OpenSky's hour of history, only when RADARBOX_API_KEY is set (the real
 *   service at RADARBOX_API_URL, by default https://api.radarbox.com/v2; the local stack points it at local/radarbox).
 * - Tolerances: an aircraft makes a phenom "possible aircraft" when, within CORRELATION_MAX_TIME_OFFSET_S of the
 *   report time, it was within CORRELATION_MAX_SEPARATION_DEG of the reported direction. They are deployment
 *   settings, not a settings row: they change how every phenom is judged, so they change with a deploy (reviewed),
 *   not with a click, and every stored correlation records the tolerances it was judged with.
 */

const blankAsUnset = (v: unknown) => (v === '' ? undefined : v);

const correlationEnvSchema = z.object({
  RADARBOX_API_URL: z.preprocess(blankAsUnset, z.url().default('https://api.radarbox.com/v2')),
  RADARBOX_API_KEY: z.preprocess(blankAsUnset, z.string().min(8, 'must be the RadarBox API key').optional()),
  RADARBOX_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(100).max(60_000).default(10_000)),
  CORRELATION_MAX_SEPARATION_DEG: z.preprocess(blankAsUnset, z.coerce.number().gt(0).max(90).default(10)),
  CORRELATION_MAX_TIME_OFFSET_S: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(1800).default(120)),
  CORRELATION_RADIUS_KM: z.preprocess(blankAsUnset, z.coerce.number().gt(0).max(250).default(100)),
});
export type CorrelationEnv = z.infer<typeof correlationEnvSchema>;

export class CorrelationEnvError extends Error {}

export function correlationEnv(source: Record<string, string | undefined> = process.env): CorrelationEnv {
  const parsed = correlationEnvSchema.safeParse(source);
  if (!parsed.success) throw new CorrelationEnvError(`Invalid correlation configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export interface Tolerances {
  maxSeparationDeg: number;
  maxTimeOffsetS: number;
}

export const tolerancesOf = (env: CorrelationEnv): Tolerances => ({ maxSeparationDeg: env.CORRELATION_MAX_SEPARATION_DEG, maxTimeOffsetS: env.CORRELATION_MAX_TIME_OFFSET_S });
