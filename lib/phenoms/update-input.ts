import { z } from 'zod';
import { OUTCOME_CONFIDENCES, PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

const fields = z.object({
  status: z.enum(PHENOM_STATUSES).optional(),
  outcome: z.enum(PHENOM_OUTCOMES).optional(),
  outcome_confidence: z.enum(OUTCOME_CONFIDENCES).nullable().optional(),
  // users.id is the Cognito sub; null unassigns.
  assignee_id: z.string().trim().min(1, { error: 'must be a user id, or null to unassign' }).max(128).nullable().optional(),
});

const CHANGEABLE = Object.keys(fields.shape);

/**
 * The screening fields a staff member changes from the detail page (PATCH /api/phenoms/:id). Any other key is
 * a 422 naming it (lib/api/parse reports strict()'s unknown keys by name): a typo must not look like a success.
 */
export const phenomUpdateSchema = fields
  .strict()
  .refine((v) => Object.keys(v).length > 0, { error: `Nothing to change: send at least one of ${CHANGEABLE.join(', ')}` })
  .refine((v) => !(v.outcome === 'unknown' && v.outcome_confidence), {
    error: 'cannot be set while the outcome is unknown',
    path: ['outcome_confidence'],
  });

export type PhenomUpdateInput = z.output<typeof phenomUpdateSchema>;

export const phenomIdSchema = z.uuid();
export const phenomParamsSchema = z.object({ id: phenomIdSchema });
