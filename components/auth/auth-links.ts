import { useSearchParams } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/paths';

/** URLs between the auth screens, carrying the email (so it is not typed twice) and where to go afterwards. */
export function authHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v && !(k === 'next' && v === '/')) query.set(k, v);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * An auth screen's query string, with `next` already made safe: every screen passes it on or goes there, so
 * none can be turned into an open redirect by forgetting the check.
 */
export function useAuthQuery() {
  const params = useSearchParams();
  return { params, next: safeNextPath(params.get('next')) };
}
