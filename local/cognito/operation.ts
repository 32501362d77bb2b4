import { z } from 'zod';
import { errors } from './errors';

/**
 * One `X-Amz-Target` action. Admin actions need SigV4-signed requests (server-side AWS credentials), as on AWS;
 * the others are the unauthenticated public API Amplify calls from the browser.
 */
export interface Operation {
  admin: boolean;
  handle(raw: unknown): unknown;
}

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  // AWS's validation wording, so SDK users recognise it.
  const issues = parsed.error.issues;
  const details = issues
    .slice(0, 3)
    .map((i) => `Value at '${i.path.join('.') || 'input'}' failed to satisfy constraint: ${i.message}`)
    .join('; ');
  throw errors.invalidParameter(`${issues.length} validation error${issues.length === 1 ? '' : 's'} detected: ${details}`);
}

export function publicOp<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => unknown): Operation {
  return { admin: false, handle: (raw) => run(parseInput(schema, raw)) };
}

export function adminOp<S extends z.ZodType>(schema: S, run: (input: z.output<S>) => unknown): Operation {
  return { admin: true, handle: (raw) => run(parseInput(schema, raw)) };
}

// Field shapes shared by several actions.
export const clientIdField = z.string().min(1).max(128);
export const usernameField = z.string().min(1).max(128);
export const poolIdField = z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+');
export const passwordField = z.string().min(1).max(256);
export const codeField = z.string().min(1).max(2048);
export const attributeListField = z.array(z.object({ Name: z.string().min(1).max(32), Value: z.string().max(2048).optional() })).default([]);

/** Attribute list → record; attributes nobody may set (sub) are refused as Cognito refuses them. */
export function attributesFrom(list: { Name: string; Value?: string }[], opts: { allowSub?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { Name, Value } of list) {
    if (Name === 'sub' && !opts.allowSub) throw errors.invalidParameter('Attributes did not conform to the schema: sub: Attribute cannot be updated.');
    out[Name] = Value ?? '';
  }
  return out;
}

export function attributeList(attributes: Record<string, string>): { Name: string; Value: string }[] {
  return Object.entries(attributes).map(([Name, Value]) => ({ Name, Value }));
}
