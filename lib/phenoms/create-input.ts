import { z } from 'zod';
import { bothCoordinatesOrNeither, reportFields } from '@/lib/phenoms/report-fields';

/** Manual intake by staff (POST /api/phenoms). Screening starts from the defaults (new, outcome unknown). */
export const phenomCreateSchema = z
  .object({
    title: reportFields.title,
    occurred_at: reportFields.occurred_at,
    description: reportFields.description.optional(),
    occurred_at_precision: reportFields.occurred_at_precision.optional(),
    latitude: reportFields.latitude.optional(),
    longitude: reportFields.longitude.optional(),
    altitude_m: reportFields.altitude_m.optional(),
    location_name: reportFields.location_name.optional(),
    country: reportFields.country.optional(),
    shape: reportFields.shape.optional(),
    duration_s: reportFields.duration_s.optional(),
    // Where the report came from (phone, email, a partner…); 'staff' when the person typed it in themselves.
    source: z.string({ error: 'must be text' }).trim().regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: 'must be a short lower-case word, e.g. phone' }).default('staff'),
  })
  .strict()
  .superRefine(bothCoordinatesOrNeither);

export type PhenomCreateInput = z.output<typeof phenomCreateSchema>;
