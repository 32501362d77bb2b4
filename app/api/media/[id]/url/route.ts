import { NextResponse } from 'next/server';
import { parseParams, parseQuery, withStaff } from '@/lib/auth';
import { mediaUrl } from '@/lib/media/uploads';
import { mediaParams, mediaUrlQuery } from '@/lib/media/schemas';

/** A presigned GET (15 minutes) for one media row of a phenom the caller may read, offering its original file name. */
export const GET = withStaff<{ id: string }>(async ({ req, params, hasura }) => {
  const { id } = parseParams(params, mediaParams, 'No such media.');
  const { download } = parseQuery(req, mediaUrlQuery);
  return NextResponse.json(await mediaUrl(id, hasura, download === '1'));
});
