import { z } from 'zod';
import { errors } from './errors';

/**
 * Token lifetimes of an app client, as Cognito's CreateUserPoolClient / UpdateUserPoolClient take them: a number per
 * token (IdTokenValidity, AccessTokenValidity, RefreshTokenValidity) in the unit TokenValidityUnits names for it
 * (default hours for ID and access, days for refresh). ID and access tokens may live 5 minutes to 1 day, refresh
 * tokens 60 minutes to 10 years; Cognito's defaults are 1 hour and 30 days.
 */
const unitSchema = z.enum(['seconds', 'minutes', 'hours', 'days']);
type Unit = z.infer<typeof unitSchema>;

export const tokenValidityInputSchema = z.object({
  IdTokenValidity: z.number().int().positive().optional(),
  AccessTokenValidity: z.number().int().positive().optional(),
  RefreshTokenValidity: z.number().int().nonnegative().optional(),
  TokenValidityUnits: z.object({ IdToken: unitSchema.optional(), AccessToken: unitSchema.optional(), RefreshToken: unitSchema.optional() }).optional(),
});
export type TokenValidityInput = z.infer<typeof tokenValidityInputSchema>;

/** What a client stores: every value with its unit, so DescribeUserPoolClient shows them as they were set. */
export const storedValiditySchema = z.object({
  IdTokenValidity: z.number(),
  AccessTokenValidity: z.number(),
  RefreshTokenValidity: z.number(),
  TokenValidityUnits: z.object({ IdToken: unitSchema, AccessToken: unitSchema, RefreshToken: unitSchema }),
});
export type StoredValidity = z.infer<typeof storedValiditySchema>;

const SECONDS: Record<Unit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };
const MINUTE = 60;
const DAY = 86400;

export const DEFAULT_VALIDITY: StoredValidity = {
  IdTokenValidity: 1,
  AccessTokenValidity: 1,
  RefreshTokenValidity: 30,
  TokenValidityUnits: { IdToken: 'hours', AccessToken: 'hours', RefreshToken: 'days' },
};

function inRange(name: string, seconds: number, min: number, max: number, range: string): void {
  if (seconds < min || seconds > max) throw errors.invalidParameter(`${name} must be between ${range}.`);
}

/** The request's lifetimes over `base` (Cognito's defaults for a new client), checked against Cognito's ranges. */
export function resolveValidity(input: TokenValidityInput, base: StoredValidity = DEFAULT_VALIDITY): StoredValidity {
  const units = { ...base.TokenValidityUnits, ...input.TokenValidityUnits };
  const out: StoredValidity = {
    IdTokenValidity: input.IdTokenValidity ?? base.IdTokenValidity,
    AccessTokenValidity: input.AccessTokenValidity ?? base.AccessTokenValidity,
    // Cognito reads a RefreshTokenValidity of 0 as "the default".
    RefreshTokenValidity: input.RefreshTokenValidity || base.RefreshTokenValidity,
    TokenValidityUnits: units,
  };
  const s = validitySeconds(out);
  inRange('IdTokenValidity', s.id, 5 * MINUTE, DAY, '5 minutes and 1 day');
  inRange('AccessTokenValidity', s.access, 5 * MINUTE, DAY, '5 minutes and 1 day');
  inRange('RefreshTokenValidity', s.refresh, 60 * MINUTE, 3650 * DAY, '60 minutes and 3650 days');
  return out;
}

export function validitySeconds(v: StoredValidity): { id: number; access: number; refresh: number } {
  return {
    id: v.IdTokenValidity * SECONDS[v.TokenValidityUnits.IdToken],
    access: v.AccessTokenValidity * SECONDS[v.TokenValidityUnits.AccessToken],
    refresh: v.RefreshTokenValidity * SECONDS[v.TokenValidityUnits.RefreshToken],
  };
}
