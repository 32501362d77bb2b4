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

/** The screening fields a staff member changes from the detail page (PATCH /api/phenoms/:id). */
export const phenomUpdateSchema = z
  .unknown()
  // Any other key is named in the 422 rather than silently ignored: a typo must not look like a success.
  // (zod's own strict() reports unknown keys without a path, so the field could not be named.)
  .superRefine((value, ctx) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    for (const key of Object.keys(value)) {
      if (!CHANGEABLE.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `cannot be changed here (allowed: ${CHANGEABLE.join(', ')})` });
    }
  })
  .pipe(
    fields
      .strict()
      .refine((v) => Object.keys(v).length > 0, { error: `Nothing to change: send at least one of ${CHANGEABLE.join(', ')}` })
      .refine((v) => !(v.outcome === 'unknown' && v.outcome_confidence), {
        error: 'cannot be set while the outcome is unknown',
        path: ['outcome_confidence'],
      }),
  );

export type PhenomUpdateInput = z.output<typeof phenomUpdateSchema>;

export const phenomIdSchema = z.uuid();
