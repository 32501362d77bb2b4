/**
 * Where Amplify (ssr: true) keeps the Cognito session: one cookie per item, named
 * `CognitoIdentityServiceProvider.<clientId>.<username>.<item>`, with `…<clientId>.LastAuthUser` naming the user.
 * The browser writes them with js-cookie, which percent-encodes names; we look them up the same way.
 */
const KEY_PREFIX = 'CognitoIdentityServiceProvider';

export type CookieReader = (name: string) => string | undefined;

export interface AmplifySessionCookies {
  username?: string;
  idToken?: string;
  accessToken?: string;
  refreshToken?: string;
}

/** js-cookie's name encoding (the characters it leaves readable), so lookups match what the browser wrote. */
export function encodeCookieName(name: string): string {
  return encodeURIComponent(name).replace(/%(2[346B]|5E|60|7C)/g, decodeURIComponent);
}

export function amplifyKeyPrefix(clientId: string): string {
  return `${KEY_PREFIX}.${clientId}.`;
}

export function readAmplifyCookies(get: CookieReader, clientId: string): AmplifySessionCookies {
  const prefix = amplifyKeyPrefix(clientId);
  const username = get(encodeCookieName(`${prefix}LastAuthUser`));
  if (!username) return {};
  const item = (name: string) => get(encodeCookieName(`${prefix}${username}.${name}`)) || undefined;
  return { username, idToken: item('idToken'), accessToken: item('accessToken'), refreshToken: item('refreshToken') };
}

/** Every Amplify auth cookie for this app client, so sign-out can clear them all (including stale users'). */
export function isAmplifyCookie(name: string, clientId: string): boolean {
  return name.startsWith(encodeCookieName(amplifyKeyPrefix(clientId)));
}

/** `Authorization: Bearer <jwt>` for API callers that are not a browser holding the cookies. */
export function bearerToken(authorization: string | null): string | undefined {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}
