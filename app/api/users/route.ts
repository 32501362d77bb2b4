import { NextResponse } from 'next/server';
import { SearchStaffDocument } from '@/graphql/generated/graphql';
import { parseQuery, withStaff } from '@/lib/auth';
import { hasuraFetch } from '@/lib/hasura';
import { upstreamReply } from '@/lib/upstream-reply';
import { containsPattern, staffSearchQuery } from '@/lib/users/schemas';

/** Staff for pickers (assignee, share with): people with access now, by name or address fragment. */
export const GET = withStaff(async ({ req, idToken }) => {
  const { q, limit } = parseQuery(req, staffSearchQuery);
  const result = await hasuraFetch(SearchStaffDocument, { pattern: containsPattern(q), limit }, { token: idToken });
  if (!result.ok) return upstreamReply('staff search', result.error);
  return NextResponse.json({ users: result.data.users });
});
