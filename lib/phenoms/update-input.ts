import { z } from 'zod';
import { bothCoordinatesOrNeither, reportFields } from '@/lib/phenoms/report-fields';
import { OUTCOME_CONFIDENCES, PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

const fields = z.object({
  // Screening (the detail page's form).
  status: z.enum(PHENOM_STATUSES).optional(),
  outcome: z.enum(PHENOM_OUTCOMES).optional(),
  outcome_confidence: z.enum(OUTCOME_CONFIDENCES).nullable().optional(),
  // users.id is the Cognito sub; null unassigns.
  assignee_id: z.string().trim().min(1, { error: 'must be a user id, or null to unassign' }).max(128).nullable().optional(),
  // The report's content: title, description, place and time with its precision.
  title: reportFields.title.optional(),
  description: reportFields.description.optional(),
  occurred_at: reportFields.occurred_at.optional(),
  occurred_at_precision: reportFields.occurred_at_precision.optional(),
  latitude: reportFields.latitude.optional(),
  longitude: reportFields.longitude.optional(),
  location_name: reportFields.location_name.optional(),
  country: reportFields.country.optional(),
});

const CHANGEABLE = Object.keys(fields.shape);

/**
 * What a staff member may change on a phenom (PATCH /api/phenoms/:id): exactly the columns their screens edit,
 * which are also the only ones the update permission lets through. Any other key is a 422 naming it (lib/api/parse
 * reports strict()'s unknown keys by name): a typo must not look like a success.
 */
export const phenomUpdateSchema = fields
  .strict()
  .superRefine(bothCoordinatesOrNeither)
  .refine((v) => Object.keys(v).length > 0, { error: `Nothing to change: send at least one of ${CHANGEABLE.join(', ')}` })
  .refine((v) => !(v.outcome === 'unknown' && v.outcome_confidence), {
    error: 'cannot be set while the outcome is unknown',
    path: ['outcome_confidence'],
  });

export type PhenomUpdateInput = z.output<typeof phenomUpdateSchema>;

export const phenomIdSchema = z.uuid();
export const phenomParamsSchema = z.object({ id: phenomIdSchema });
