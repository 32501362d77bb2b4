import { NextResponse } from 'next/server';
import { parseJson, withStaff } from '@/lib/auth';
import { registerUpload } from '@/lib/media/uploads';
import { mediaReply } from '@/lib/media/replies';
import { mediaRegisterInput } from '@/lib/media/schemas';

/** Step 2 of an upload: once the file is in the bucket, the media row is registered from the upload. */
export const POST = withStaff(async ({ req, idToken }) => {
  const input = await parseJson(req, mediaRegisterInput);
  const registered = await registerUpload(input, idToken);
  return registered.ok ? NextResponse.json({ media: registered.value }, { status: 201 }) : mediaReply('register media', registered);
});
