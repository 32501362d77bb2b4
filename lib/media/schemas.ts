import { z } from 'zod';

/**
 * What may be uploaded as evidence, and how big: the types the detail page can show or play, each with a limit that
 * fits what phones and recorders produce. Shared by the upload form and the routes.
 */
const MiB = 1024 * 1024;
export const MEDIA_TYPES = {
  'image/jpeg': 50 * MiB,
  'image/png': 50 * MiB,
  'image/webp': 50 * MiB,
  'image/heic': 50 * MiB,
  'audio/wav': 200 * MiB,
  'audio/mpeg': 200 * MiB,
  'audio/mp4': 200 * MiB,
  'audio/ogg': 200 * MiB,
  'video/mp4': 1024 * MiB,
  'video/quicktime': 1024 * MiB,
  'video/webm': 1024 * MiB,
} as const satisfies Record<string, number>;
export type MediaType = keyof typeof MEDIA_TYPES;

/** Avatars: small pictures only. */
export const AVATAR_TYPES = { 'image/jpeg': 2 * MiB, 'image/png': 2 * MiB, 'image/webp': 2 * MiB } as const satisfies Record<string, number>;

const typeSchema = <T extends Record<string, number>>(types: T) =>
  z.enum(Object.keys(types) as [keyof T & string, ...(keyof T & string)[]], { message: `must be one of ${Object.keys(types).join(', ')}` });

const bytesSchema = z.number({ message: 'must be a number of bytes' }).int('must be a whole number of bytes').positive('must be more than 0');

/** A file's own name as the uploader's device knew it: offered again when the file is downloaded. */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .refine((n) => !/[/\\\x00-\x1f\x7f]/.test(n), 'must be a file name, without slashes or control characters');

/** The size check is the type's limit; a bigger file gets 413 (see sizeLimitError), not a generic 422. */
export const mediaUploadInput = z
  .object({
    phenom_id: z.string().uuid('must be a phenom id'),
    file_name: fileNameSchema,
    content_type: typeSchema(MEDIA_TYPES),
    bytes: bytesSchema,
  })
  .strict();
export type MediaUploadInput = z.infer<typeof mediaUploadInput>;

export const avatarUploadInput = z.object({ content_type: typeSchema(AVATAR_TYPES), bytes: bytesSchema }).strict();
export type AvatarUploadInput = z.infer<typeof avatarUploadInput>;

/** The limit for a declared type and size, or null when it fits. */
export function sizeLimit(types: Record<string, number>, contentType: string, bytes: number): number | null {
  const limit = types[contentType];
  return limit !== undefined && bytes > limit ? limit : null;
}

/** POST /api/media: register an upload once the object is in the bucket; the optional facts are the client's reading. */
export const mediaRegisterInput = z
  .object({
    upload_id: z.string().uuid('must be the upload id POST /api/media/uploads returned'),
    width: z.number().int().positive().max(100_000).optional(),
    height: z.number().int().positive().max(100_000).optional(),
    duration_s: z.number().nonnegative().max(7 * 86_400).optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lower-case hex digits').optional(),
    captured_at: z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time with an offset' }).optional(),
  })
  .strict();
export type MediaRegisterInput = z.infer<typeof mediaRegisterInput>;

/** GET /api/media/:id/url?download=1 */
export const mediaUrlQuery = z.object({ download: z.enum(['0', '1'], { message: 'must be 0 or 1' }).optional() }).strict();

export const mediaParams = z.object({ id: z.string().uuid() });
