import type { Metadata } from 'next';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { PageHeader } from '@/components/layout/page-header';
import { AccessManager } from '@/components/access/access-manager';
import { AdminOnly } from '@/components/access/admin-only';

export const metadata: Metadata = { title: 'Access' };

/** Admins manage who may sign in (nest-access) and who administers (nest-admin); Cognito's groups are the truth. */
export default async function AccessPage() {
  const { user } = await requireStaff();
  if (!user.groups.includes(ADMIN_GROUP)) return <AdminOnly title="Access" />;
  return (
    <>
      <PageHeader title="Access" description="Everyone in the user pool, with their groups and status. Changes apply from the person’s next token; revoking signs them out everywhere." />
      <AccessManager me={user.sub} />
    </>
  );
}
