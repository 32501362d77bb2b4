import { z } from 'zod';
import type { DropPromoteInput } from '@/lib/drops/input';

/**
 * What a drop's payload (JSON from the public app, stored as sent) is read as on the Drops page. Every field is
 * optional and a field of the wrong type is dropped, not fatal: one odd submission must not break the queue.
 */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const dropPayloadSchema = z
  .object({
    title: optional(z.string()),
    description: optional(z.string()),
    occurred_at: optional(z.iso.datetime({ offset: true })),
    latitude: optional(z.number().min(-90).max(90)),
    longitude: optional(z.number().min(-180).max(180)),
    location_name: optional(z.string()),
    media_count: optional(z.number().int().min(0)),
    device: optional(z.string()),
  })
  .catch({});
export type DropPayload = z.infer<typeof dropPayloadSchema>;

export const readDropPayload = (raw: unknown): DropPayload => dropPayloadSchema.parse(raw ?? {});

const TITLE_MAX = 80;

/** A title to start from: the submitter's own, else the first sentence of the description, shortened. */
export function suggestedTitle(p: DropPayload): string {
  const source = (p.title ?? p.description ?? '').trim();
  const sentence = source.split(/(?<=[.!?])\s/)[0] ?? '';
  if (!sentence) return 'Untitled drop';
  return sentence.length <= TITLE_MAX ? sentence : `${sentence.slice(0, TITLE_MAX - 1).trimEnd()}…`;
}

/**
 * The body of POST /api/drops/:id/promote for a drop and the title staff settled on; the report time falls back
 * to when the drop was submitted (the route requires one).
 */
export function promoteBody(p: DropPayload, title: string, submittedAt: string): DropPromoteInput {
  const body: DropPromoteInput = { title: title.trim(), occurred_at: p.occurred_at ?? submittedAt };
  if (p.description) body.description = p.description;
  if (p.latitude !== undefined && p.longitude !== undefined) Object.assign(body, { latitude: p.latitude, longitude: p.longitude });
  if (p.location_name) body.location_name = p.location_name;
  return body;
}
