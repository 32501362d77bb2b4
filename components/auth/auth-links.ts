/** URLs between the auth screens, carrying the email (so it is not typed twice) and where to go afterwards. */
export function authHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && !(k === 'next' && v === '/')) query.set(k, v);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
