import type { NextRequest } from 'next/server';
import type { z } from 'zod';

/** Bad client input; withStaff() turns it into a 400/422 naming the field, never a 500. */
export class InputError extends Error {
  constructor(
    readonly status: 400 | 422,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Validates anything (query, params, body) against a zod schema; throws InputError naming the first bad field. */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  const message = field ? `${field}: ${issue.message}` : (issue?.message ?? 'Invalid input');
  throw new InputError(422, 'invalid_input', message, field);
}

export async function parseJson<S extends z.ZodType>(req: NextRequest, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new InputError(400, 'invalid_json', 'The request body must be JSON.');
  }
  return parseInput(schema, body);
}

export function parseQuery<S extends z.ZodType>(req: NextRequest, schema: S): z.infer<S> {
  return parseInput(schema, Object.fromEntries(req.nextUrl.searchParams));
}
