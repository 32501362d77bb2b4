/** Set by middleware on the forwarded request, so a server component can send the user back after sign-in. */
export const PATHNAME_HEADER = 'x-nest-pathname';

/**
 * Where to go after signing in. Only same-site paths are honoured: `next` comes from the URL, and an
 * open redirect to another site would be a phishing aid.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

export function signInPath(next: string | null | undefined): string {
  const target = safeNextPath(next);
  return target === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(target)}`;
}

/**
 * A path packed into one opaque query value. Next decodes a rewrite's query once more than it encoded it, which
 * would split a `next` holding `&`; base64url has nothing to decode. Paths are ASCII (already URL-encoded).
 */
export function packPath(path: string): string {
  return btoa(path).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function unpackPath(packed: string | null): string | undefined {
  if (!packed || !/^[\w-]*$/.test(packed)) return undefined;
  try {
    return atob(packed.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}
