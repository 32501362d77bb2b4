import { z } from 'zod';
import { TIME_PRECISIONS } from '@/lib/phenoms/vocabulary';

/**
 * The report's own fields (what was seen, when, where), shared by manual intake (POST /api/phenoms), the
 * content edit (PATCH /api/phenoms/:id), promoting a drop and, later, their forms. Limits mirror the database's
 * CHECKs, so a bad value is a 422 naming the field here rather than a constraint error there.
 */
const text = (max: number) => z.string({ error: 'must be text' }).trim().max(max, { error: `must be at most ${max} characters` });

export const reportFields = {
  title: text(200).min(1, { error: 'must not be empty' }),
  description: text(20_000),
  // An instant with its offset: a bare local time would be read in the server's zone.
  occurred_at: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-05-01T21:30:00Z' })
    .refine((v) => Date.parse(v) <= Date.now() + 24 * 3600_000, { error: 'cannot be in the future' })
    .refine((v) => Date.parse(v) >= Date.UTC(1900, 0, 1), { error: 'must be after 1900' }),
  occurred_at_precision: z.enum(TIME_PRECISIONS),
  latitude: z.number({ error: 'must be a number' }).min(-90).max(90).nullable(),
  longitude: z.number({ error: 'must be a number' }).min(-180).max(180).nullable(),
  altitude_m: z.number({ error: 'must be a number' }).min(-500).max(1_000_000).nullable(),
  location_name: text(200).nullable(),
  country: z.string({ error: 'must be text' }).regex(/^[A-Z]{2}$/, { error: 'must be a two-letter ISO country code, e.g. GB' }).nullable(),
  shape: text(40).nullable(),
  duration_s: z.number({ error: 'must be a number' }).int({ error: 'must be whole seconds' }).min(0).max(10_000_000).nullable(),
} as const;

/** A new report (manual intake, a promoted drop): what was seen and when, the rest optional. */
export const newReportShape = {
  title: reportFields.title,
  occurred_at: reportFields.occurred_at,
  description: reportFields.description.optional(),
  occurred_at_precision: reportFields.occurred_at_precision.optional(),
  latitude: reportFields.latitude.optional(),
  longitude: reportFields.longitude.optional(),
  location_name: reportFields.location_name.optional(),
  country: reportFields.country.optional(),
  shape: reportFields.shape.optional(),
} as const;

/** A position is both coordinates or neither (the database's phenom_lat_lng_together). */
export function bothCoordinatesOrNeither(v: { latitude?: number | null; longitude?: number | null }, ctx: z.RefinementCtx) {
  const has = (x: number | null | undefined) => x !== undefined && x !== null;
  if ('latitude' in v !== 'longitude' in v || has(v.latitude) !== has(v.longitude)) {
    ctx.addIssue({ code: 'custom', path: [has(v.latitude) || 'latitude' in v ? 'longitude' : 'latitude'], message: 'must be given together with the other coordinate' });
  }
}
