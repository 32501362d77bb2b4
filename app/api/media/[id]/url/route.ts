import { NextResponse } from 'next/server';
import { apiError, parseQuery, withStaff } from '@/lib/auth';
import { mediaUrl } from '@/lib/media/uploads';
import { mediaReply } from '@/lib/media/replies';
import { mediaIdSchema, mediaUrlQuery } from '@/lib/media/schemas';

/** A presigned GET (15 minutes) for one media row of a phenom the caller may read, offering its original file name. */
export const GET = withStaff<{ id: string }>(async ({ req, idToken, params }) => {
  if (!mediaIdSchema.safeParse(params.id).success) return apiError(404, 'not_found', 'No such media.');
  const { download } = parseQuery(req, mediaUrlQuery);
  const signed = await mediaUrl(params.id, idToken, download === '1');
  return signed.ok ? NextResponse.json(signed.value) : mediaReply('presign media', signed);
});
