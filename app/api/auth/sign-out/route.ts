import { NextResponse, type NextRequest } from 'next/server';
import { ApiError, errorResponse, NO_STORE } from '@/lib/api/errors';
import { globalSignOut } from '@/lib/auth/cognito-admin';
import { tokenVerifierConfig } from '@/lib/auth/config';
import { isAmplifyCookie, readAmplifyCookies } from '@/lib/auth/cookies';
import { recordSessionCutoff } from '@/lib/auth/revocation';
import { verifyStaffToken } from '@/lib/auth/verify';
import { guardStateChange } from '@/lib/auth/with-staff';

/**
 * Sign-out, everywhere: records the person's session cut-off (so the app refuses every ID token they hold, on any
 * device, although Cognito cannot recall those), revokes their refresh tokens in Cognito (GlobalSignOut: no
 * device can renew), and clears every Amplify auth cookie of this app client. Works with a dead or revoked
 * session, which is why it is not behind withStaff or the middleware; it still takes withStaff's CSRF gate, so no
 * other site can sign a person out. `everywhere: false` says the cut-off could not be recorded (data service
 * down, token already expired): this browser is signed out, other devices only once their token expires.
 */
export async function POST(req: NextRequest) {
  try {
    guardStateChange(req);
  } catch (err) {
    if (err instanceof ApiError) return errorResponse(err);
    throw err;
  }
  const config = tokenVerifierConfig();
  const { idToken, accessToken } = readAmplifyCookies((name) => req.cookies.get(name)?.value, config.clientId);
  const everywhere = await endSessions(idToken, config);
  if (accessToken) {
    await globalSignOut(accessToken).catch(() => {
      // Already revoked or expired: nothing left to end.
    });
  }
  const res = NextResponse.json({ signedOut: true, everywhere }, { headers: { 'Cache-Control': NO_STORE } });
  for (const { name } of req.cookies.getAll()) {
    if (isAmplifyCookie(name, config.clientId)) res.cookies.set({ name, value: '', path: '/', maxAge: 0 });
  }
  return res;
}

async function endSessions(idToken: string | undefined, config: ReturnType<typeof tokenVerifierConfig>): Promise<boolean> {
  const check = await verifyStaffToken(idToken, { config });
  // Only staff have sessions the app would honour (and a Hasura role to write with).
  if (!check.ok) return false;
  const cutoff = await recordSessionCutoff(check.user.sub, 'sign_out', { token: check.idToken });
  if (!cutoff.ok) console.error(`[auth] sign-out of ${check.user.sub}: session cut-off not recorded: ${cutoff.error.kind}/${cutoff.error.code}`);
  return cutoff.ok;
}
