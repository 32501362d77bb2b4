import { z } from 'zod';

/**
 * The shapes the orchestrator exchanges with parts written elsewhere (local/seed), checked with zod
 * where they cross into local/stack so a drifted contract fails with a message instead of a half-started stack.
 */
export const mediaObjectSchema = z.object({
  key: z.string().min(1),
  contentType: z.string().min(1),
  body: z.union([z.instanceof(Uint8Array), z.string()]),
});
export type MediaObject = z.infer<typeof mediaObjectSchema>;
