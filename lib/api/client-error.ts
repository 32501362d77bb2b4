import { z } from 'zod';

const apiErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) });

/** What a failed /api call says, for a client component to show: its sentence and the field it names. */
export async function readApiError(res: Response): Promise<{ message: string; field?: string }> {
  if (res.status === 401) return { message: 'Your session has expired. Reload the page to sign in again.' };
  const parsed = apiErrorSchema.safeParse(await res.json().catch(() => null));
  return parsed.success ? { message: parsed.data.error.message, field: parsed.data.error.field } : { message: `The server answered HTTP ${res.status}.` };
}

/** fetch with a JSON body that never throws: a network failure becomes a Response-like refusal with a sentence. */
export async function sendJson(url: string, method: string, body?: unknown): Promise<{ ok: true; data: unknown } | { ok: false; message: string; field?: string }> {
  let res: Response;
  try {
    res = await fetch(url, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { ok: false, message: 'Could not reach the server. Check your connection and try again.' };
  }
  if (res.ok) return { ok: true, data: await res.json().catch(() => null) };
  return { ok: false, ...(await readApiError(res)) };
}
