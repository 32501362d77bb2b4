import { NextResponse } from 'next/server';
import { SearchStaffDocument } from '@/graphql/generated/graphql';
import { parseQuery, withStaff } from '@/lib/auth';
import { containsPattern, staffSearchQuery } from '@/lib/users/schemas';

/** Staff for pickers (assignee, share with): people with access now, by name or address fragment. */
export const GET = withStaff(async ({ req, hasura }) => {
  const { q, limit } = parseQuery(req, staffSearchQuery);
  const data = await hasura(SearchStaffDocument, { pattern: containsPattern(q), limit });
  return NextResponse.json({ users: data.users });
});
