import { z } from 'zod';
import { OUTCOME_CONFIDENCES, PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

/** The screening fields a staff member changes from the detail page (PATCH /api/phenoms/:id). */
export const phenomUpdateSchema = z
  .object({
    status: z.enum(PHENOM_STATUSES).optional(),
    outcome: z.enum(PHENOM_OUTCOMES).optional(),
    outcome_confidence: z.enum(OUTCOME_CONFIDENCES).nullable().optional(),
    // users.id is the Cognito sub; null unassigns.
    assignee_id: z.string().trim().min(1, { error: 'must be a user id, or null to unassign' }).max(128).nullable().optional(),
  })
  // Any other key is named in the 422 rather than silently ignored: a typo must not look like a success.
  .catchall(z.never({ error: 'cannot be changed here (allowed: status, outcome, outcome_confidence, assignee_id)' }))
  .refine((v) => Object.keys(v).length > 0, { error: 'Nothing to change: send at least one of status, outcome, outcome_confidence, assignee_id' })
  .refine((v) => !(v.outcome === 'unknown' && v.outcome_confidence), {
    error: 'cannot be set while the outcome is unknown',
    path: ['outcome_confidence'],
  });

export type PhenomUpdateInput = z.infer<typeof phenomUpdateSchema>;

export const phenomIdSchema = z.uuid();
