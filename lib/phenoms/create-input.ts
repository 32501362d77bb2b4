import { z } from 'zod';
import { bothCoordinatesOrNeither, newReportShape, reportFields } from '@/lib/phenoms/report-fields';

/** Manual intake by staff (POST /api/phenoms). Screening starts from the defaults (new, outcome unknown). */
export const phenomCreateSchema = z
  .object({
    ...newReportShape,
    altitude_m: reportFields.altitude_m.optional(),
    duration_s: reportFields.duration_s.optional(),
    // Where the report came from (phone, email, a partner…); 'staff' when the person typed it in themselves.
    source: z.string({ error: 'must be text' }).trim().regex(/^[a-z][a-z0-9_-]{0,39}$/, { error: 'must be a short lower-case word, e.g. phone' }).default('staff'),
  })
  .strict()
  .superRefine(bothCoordinatesOrNeither);

export type PhenomCreateInput = z.output<typeof phenomCreateSchema>;
