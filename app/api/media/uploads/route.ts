import { NextResponse } from 'next/server';
import { ApiError, parseJson, withStaff } from '@/lib/auth';
import { startUpload } from '@/lib/media/uploads';
import { MEDIA_TYPES, mediaUploadInput, sizeLimit } from '@/lib/media/schemas';

/** Step 1 of an upload: a pending upload for a live phenom and a presigned PUT for the key the server chose. */
export const POST = withStaff(async ({ req, hasura }) => {
  const input = await parseJson(req, mediaUploadInput);
  const limit = sizeLimit(MEDIA_TYPES, input.content_type, input.bytes);
  if (limit) throw new ApiError(413, 'file_too_large', `bytes: ${input.content_type} files may be at most ${limit / 1024 / 1024} MiB.`, 'bytes');
  return NextResponse.json(await startUpload(input, hasura), { status: 201 });
});
