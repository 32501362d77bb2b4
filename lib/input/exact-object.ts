import { z } from 'zod';

/**
 * An object schema that names every key it does not know in its 422 ("colour: is not a field here …") rather than
 * ignoring it: a typo must not look like a success. zod's own strict() reports unknown keys without a path, so the
 * field could not be named.
 */
export function exactObject<S extends z.ZodRawShape>(shape: S) {
  const allowed = Object.keys(shape);
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return;
      for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `is not a field here (allowed: ${allowed.join(', ')})` });
      }
    })
    .pipe(z.object(shape).strict());
}

/** A refinement for PATCH bodies: at least one field must be present. */
export const someField = (fields: readonly string[]) => ({
  check: (value: Record<string, unknown>) => fields.some((f) => value[f] !== undefined),
  error: `Nothing to change: send at least one of ${fields.join(', ')}`,
});

/** users.id is the Cognito `sub` (the column allows 1–128 characters). */
export const userIdSchema = z.string().trim().min(1, { error: 'must be a user id' }).max(128, { error: 'must be a user id (at most 128 characters)' });
