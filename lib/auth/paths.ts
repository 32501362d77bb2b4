/** Set by middleware on the forwarded request, so a server component can send the user back after sign-in. */
export const PATHNAME_HEADER = 'x-nest-pathname';

/**
 * The origin relative targets are resolved against when the caller has no better one (the browser-side auth
 * screens, server components). `.invalid` can never be a real host, so an absolute URL only ever passes when the
 * caller names the app's actual origin.
 */
const PLACEHOLDER_ORIGIN = 'https://nest.invalid';

/** Longer than any real path of the app; a longer `next` is an attack or an accident, never a destination. */
const MAX_TARGET_LENGTH = 2048;

/**
 * Browsers silently drop tabs and CR/LF from URLs (so `/\t/evil.example` becomes `//evil.example`, another
 * site), read `\` as `/`, and a CR/LF in a Location header makes the response itself fail. None of them belongs
 * in a path we send anyone to, so any of them disqualifies the whole target.
 */
const DISQUALIFYING = /[\u0000-\u001f\u007f\\]/;

/**
 * THE decision whether a `next`/`to` target is safe to send a browser to: it is resolved with the URL parser
 * against the app's origin and must stay on that origin; what comes back is the normalised path (percent-encoded,
 * dot segments resolved), never the raw input. Anything else — another origin, `javascript:`, `//host`, `/\host`,
 * control characters, an absurd length — yields `/`. Never throws, so no target can turn into a 500.
 */
export function safeNextPath(target: string | null | undefined, origin: string = PLACEHOLDER_ORIGIN): string {
  if (!target || target.length > MAX_TARGET_LENGTH || DISQUALIFYING.test(target)) return '/';
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser would read as another host.
  if (!path.startsWith('/') || path.startsWith('//')) return '/';
  return path;
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
