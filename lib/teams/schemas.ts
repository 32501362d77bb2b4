import { z } from 'zod';

/** Input of the team routes, shared with the admin forms. Names are unique (the database says so: 409). */
const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
const description = z.string().trim().max(2000, 'must be at most 2000 characters');

export const teamInput = z.object({ name, description: description.default('') }).strict();

export const teamPatch = z
  .object({ name, description })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: 'Send name and/or description.' });

/** PUT /api/teams/:id/members/:userId */
export const memberInput = z.object({ is_lead: z.boolean({ message: 'must be true or false' }).default(false) }).strict();

export const teamParams = z.object({ id: z.string().uuid() });
/** userId is a users.id: the Cognito sub. */
export const memberParams = teamParams.extend({ userId: z.string().min(1).max(128) });
