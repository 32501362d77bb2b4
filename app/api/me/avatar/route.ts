import { NextResponse } from 'next/server';
import { parseJson, withStaff } from '@/lib/auth';
import { avatarUpload } from '@/lib/users/avatar';
import { avatarUploadInput } from '@/lib/media/schemas';

/**
 * A presigned PUT for a new avatar under the caller's own prefix; then PATCH /api/me { avatar_key } to use it. The
 * key is the server's choice, and the database refuses an avatar_key outside avatars/<own sub>/.
 */
export const POST = withStaff(async ({ req, user }) => {
  const input = await parseJson(req, avatarUploadInput);
  return NextResponse.json(await avatarUpload(user.sub, input), { status: 201 });
});
