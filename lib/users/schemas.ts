import { z } from 'zod';
import { ADMIN_GROUP, STAFF_GROUP } from '@/lib/auth/config';
import { emailSchema } from '@/lib/auth/forms';

/**
 * Input of the people routes (/api/users, /api/me, /api/admin/users), shared with the forms that send it. Every
 * schema is strict: a misspelt field is a 422 naming it, not silently ignored.
 */

/** users.display_name's limit in the schema. */
export const DISPLAY_NAME_MAX = 120;

/** GET /api/users?q=&limit=: the picker's search. An empty q lists everyone (up to limit), by name. */
export const staffSearchQuery = z
  .object({
    q: z.string().trim().max(100, 'must be at most 100 characters').default(''),
    limit: z.coerce.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(50, 'must be at most 50').default(20),
  })
  .strict();

/** `%` and `_` typed into a search box mean themselves, not SQL wildcards. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** An avatar is one of the caller's own objects (avatars/<sub>/<id>); the database checks the prefix too. */
export const avatarKeySchema = z.string().regex(/^avatars\/[\w-]{1,128}\/[0-9a-f-]{36}$/, 'must be a key returned by POST /api/me/avatar');

/** PATCH /api/me: what a person may change about themselves. Email and groups come from Cognito, never from here. */
export const profilePatch = z
  .object({
    display_name: z.string().trim().max(DISPLAY_NAME_MAX, `must be at most ${DISPLAY_NAME_MAX} characters`),
    avatar_key: avatarKeySchema.nullable(),
  })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Send display_name and/or avatar_key.' });

export type ProfilePatch = z.infer<typeof profilePatch>;

/** The groups an admin may grant or revoke through the app; any other group is not ours to manage. */
export const MANAGED_GROUPS = [STAFF_GROUP, ADMIN_GROUP] as const;
export const managedGroup = z.enum(MANAGED_GROUPS, { message: `must be ${MANAGED_GROUPS.join(' or ')}` });
export type ManagedGroup = z.infer<typeof managedGroup>;

/** POST /api/admin/users/:sub/groups */
export const grantInput = z.object({ group: managedGroup }).strict();

/** /api/admin/users/:sub — a Cognito sub is a UUID. */
export const accountParams = z.object({ sub: z.string().uuid() });
/** /api/admin/users/:sub/groups/:group */
export const accountGroupParams = accountParams.extend({ group: managedGroup });

/** GET /api/admin/users?cursor=&email= */
export const poolUsersQuery = z
  .object({
    cursor: z.string().min(1).max(4096, 'is not a cursor this API returned').optional(),
    email: z.string().trim().toLowerCase().min(1).max(254, 'must be at most 254 characters').optional(),
  })
  .strict();

/** POST /api/admin/invite and /api/admin/revoke, and the Access screen's invite form. */
export const staffEmailInput = z.object({ email: emailSchema.transform((e) => e.toLowerCase()) }).strict();
