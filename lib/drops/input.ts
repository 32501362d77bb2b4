import { z } from 'zod';
import { bothCoordinatesOrNeither, newReportShape } from '@/lib/phenoms/report-fields';

/** Drops (public submissions) as staff triage them: list by status, attach, promote, reject. */
export const DROP_STATUSES = ['pending', 'accepted', 'rejected', 'duplicate'] as const;
export const MAX_DROP_LIMIT = 200;

export const dropParamsSchema = z.object({ id: z.uuid() });

export const dropListQuerySchema = z
  .object({
    status: z.string({ error: 'must be given once' }).pipe(z.enum(DROP_STATUSES)).default('pending'),
    limit: z
      .string({ error: 'must be given once, as a whole number' })
      .regex(/^-?\d{1,9}$/, { error: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().int().min(1).max(MAX_DROP_LIMIT))
      .default(50),
    offset: z
      .string({ error: 'must be given once, as a whole number' })
      .regex(/^-?\d{1,9}$/, { error: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().int().min(0).max(10_000))
      .default(0),
  })
  .strict();

/** Attach to an existing phenom: as its evidence (accepted) or as a report of the same thing (duplicate). */
export const dropAttachSchema = z
  .object({
    phenom_id: z.uuid({ error: 'must be the id (UUID) of a phenom' }),
    as: z.enum(['accepted', 'duplicate']).default('accepted'),
  })
  .strict();

/** Promote to a new phenom: the report fields staff settled on while reading the drop. */
export const dropPromoteSchema = z
  .object(newReportShape)
  .strict()
  .superRefine(bothCoordinatesOrNeither);

export const dropRejectSchema = z.object({}).strict();

export type DropPromoteInput = z.output<typeof dropPromoteSchema>;
