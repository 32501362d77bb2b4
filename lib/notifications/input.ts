import { z } from 'zod';

export const notificationParamsSchema = z.object({ id: z.uuid() });

export const NOTIFICATION_PAGE_MAX = 100;

/** GET /api/notifications?limit=&unread=&before= (query strings: every value arrives as text). */
export const notificationListQuerySchema = z
  .object({
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' })
      .max(NOTIFICATION_PAGE_MAX, { error: `must be at most ${NOTIFICATION_PAGE_MAX}` })
      .default(20),
    unread: z.enum(['true', 'false'], { error: 'must be true or false' }).transform((v) => v === 'true').optional(),
    before: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z' }).optional(),
  })
  .strict();
export type NotificationListQuery = z.output<typeof notificationListQuerySchema>;
