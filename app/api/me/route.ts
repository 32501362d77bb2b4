import { NextResponse } from 'next/server';
import { httpError, parseJson, parseNoInput, withStaff } from '@/lib/auth';
import { readMe, updateMe } from '@/lib/users/profile';
import { avatarObjectProblem } from '@/lib/users/avatar';
import { profilePatch } from '@/lib/users/schemas';

/** The signed-in person: profile row, Cognito groups (from the token), a presigned avatar URL. */
export const GET = withStaff(async ({ req, user, hasura }) => {
  await parseNoInput(req);
  return NextResponse.json(await readMe(user, hasura));
});

/** Changes one's own display name or avatar. Email and groups are Cognito's: not fields here (422 if sent). */
export const PATCH = withStaff(async ({ req, user, idToken, hasura }) => {
  const patch = await parseJson(req, profilePatch);
  if (patch.avatar_key) {
    const problem = await avatarObjectProblem(user.sub, patch.avatar_key);
    if (problem) throw httpError.invalid('avatar_key', problem);
  }
  return NextResponse.json(await updateMe(user, idToken, hasura, patch));
});
