import { NextResponse } from 'next/server';
import { parseJson, withStaff } from '@/lib/auth';
import { registerUpload } from '@/lib/media/uploads';
import { mediaRegisterInput } from '@/lib/media/schemas';

/** Step 2 of an upload: once the file is in the bucket, the media row is registered from the upload. */
export const POST = withStaff(async ({ req, hasura }) => {
  const input = await parseJson(req, mediaRegisterInput);
  return NextResponse.json({ media: await registerUpload(input, hasura) }, { status: 201 });
});
