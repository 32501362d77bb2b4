import { z } from 'zod';

// The browser's side of /api/*: one call that turns every answer, failure and network error into a typed result
// with a sentence to show, so no form has to parse the error body (lib/api/errors.ts) itself.

const errorBodySchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

export type ApiResult = { ok: true; status: number; body: unknown } | { ok: false; status: number; code: string; message: string; field?: string };

export const UNREACHABLE = 'The server could not be reached. Check the connection and try again.';

export async function callApi(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<ApiResult> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { ok: false, status: 0, code: 'network', message: UNREACHABLE };
  }
  const json: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, body: json };
  const parsed = errorBodySchema.safeParse(json);
  if (parsed.success) return { ok: false, status: res.status, ...parsed.data.error };
  return { ok: false, status: res.status, code: 'unexpected', message: `The server answered ${res.status}. Try again.` };
}

/** A successful answer's body read with `schema`; a body of another shape is a failure, never a crash. */
export async function callApiAs<T>(schema: z.ZodType<T>, method: Parameters<typeof callApi>[0], url: string, body?: unknown): Promise<{ ok: true; data: T } | Extract<ApiResult, { ok: false }>> {
  const result = await callApi(method, url, body);
  if (!result.ok) return result;
  const parsed = schema.safeParse(result.body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, status: result.status, code: 'unexpected', message: 'The server’s answer could not be read. Reload the page.' };
}
