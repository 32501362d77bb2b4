import { NextResponse } from 'next/server';
import { apiError, parseJson, withStaff } from '@/lib/auth';
import { upstreamReply } from '@/lib/upstream-reply';
import { readMe, updateMe } from '@/lib/users/profile';
import { avatarObjectProblem } from '@/lib/users/avatar';
import { profilePatch } from '@/lib/users/schemas';

/** The signed-in person: profile row, Cognito groups (from the token), a presigned avatar URL. */
export const GET = withStaff(async ({ user, idToken }) => {
  const result = await readMe(user, idToken);
  return result.ok ? NextResponse.json(result.data) : upstreamReply('read profile', result.error);
});

/** Changes one's own display name or avatar. Email and groups are Cognito's: not fields here (422 if sent). */
export const PATCH = withStaff(async ({ req, user, idToken }) => {
  const patch = await parseJson(req, profilePatch);
  if (patch.avatar_key) {
    const problem = await avatarObjectProblem(user.sub, patch.avatar_key);
    if (problem) return apiError(422, 'invalid_input', `avatar_key: ${problem}`, { field: 'avatar_key' });
  }
  const result = await updateMe(user, idToken, patch);
  return result.ok ? NextResponse.json(result.data) : upstreamReply('update profile', result.error);
});
