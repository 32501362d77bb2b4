import { NextResponse, type NextRequest } from 'next/server';
import { globalSignOut } from '@/lib/auth/cognito-admin';
import { tokenVerifierConfig } from '@/lib/auth/config';
import { isAmplifyCookie, readAmplifyCookies } from '@/lib/auth/cookies';
import { ApiError, errorResponse, NO_STORE } from '@/lib/api/errors';
import { guardStateChange } from '@/lib/auth/with-staff';

/**
 * The server half of sign-out: clears every Amplify auth cookie of this app client and, if the browser's global
 * sign-out did not already clear the tokens, revokes the session in Cognito itself. Works with a dead or
 * revoked session, which is why it is not behind withStaff or the middleware; it still takes withStaff's CSRF
 * gate, so no other site can sign a person out.
 */
export async function POST(req: NextRequest) {
  try {
    guardStateChange(req);
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(err);
    throw err;
  }
  const { clientId } = tokenVerifierConfig();
  const { accessToken } = readAmplifyCookies((name) => req.cookies.get(name)?.value, clientId);
  if (accessToken) {
    await globalSignOut(accessToken).catch(() => {
      // Already revoked or expired: nothing left to end.
    });
  }
  const res = NextResponse.json({ signedOut: true }, { headers: { 'Cache-Control': NO_STORE } });
  for (const { name } of req.cookies.getAll()) {
    if (isAmplifyCookie(name, clientId)) res.cookies.set({ name, value: '', path: '/', maxAge: 0 });
  }
  return res;
}
