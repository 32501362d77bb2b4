import type { Metadata } from 'next';
import { ScrollText } from 'lucide-react';
import { AuditLogDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { AUDIT_PAGE_SIZE, auditHref, auditWhere, parseAuditFilters } from '@/lib/audit/filters';
import { staffQuery } from '@/lib/staff-query';
import { AdminOnly } from '@/components/access/admin-only';
import { AuditEntries } from '@/components/audit/audit-entries';
import { AuditFilterForm } from '@/components/audit/audit-filters';
import { PageHeader } from '@/components/layout/page-header';
import { AppLink } from '@/components/navigation/app-link';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { personName } from '@/lib/users/display';

export const metadata: Metadata = { title: 'Audit log' };

const TITLE = 'Audit log';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user } = await requireStaff();
  if (!user.groups.includes(ADMIN_GROUP)) return <AdminOnly title={TITLE} />;
  const filters = parseAuditFilters(await searchParams);
  // One more than a page: whether there is an older page, without counting the whole log.
  const result = await staffQuery(AuditLogDocument, { where: auditWhere(filters), limit: AUDIT_PAGE_SIZE + 1 }, { role: 'nest-admin' });
  const header = <PageHeader title={TITLE} description="Every insert, update and delete in the database, written by the database itself in the same transaction." />;
  if (!result.ok) {
    return (
      <>
        {header}
        <DataError error={result.error} />
      </>
    );
  }
  const entries = result.data.audit_log.slice(0, AUDIT_PAGE_SIZE);
  const older = result.data.audit_log.length > AUDIT_PAGE_SIZE ? entries[entries.length - 1] : null;
  const names = new Map(result.data.users.map((u) => [u.id, personName(u)]));
  const filtered = Object.keys(filters).some((k) => k !== 'before');
  return (
    <>
      {header}
      <AuditFilterForm filters={filters} people={result.data.users} />
      {entries.length === 0 ? (
        <EmptyState
          title={filtered ? 'No changes match these filters' : 'No changes recorded yet'}
          icon={ScrollText}
          actions={
            filtered ? (
              <Button asChild variant="outline">
                <AppLink href="/audit">Show every change</AppLink>
              </Button>
            ) : undefined
          }
        >
          {filtered ? 'Widen the dates or pick “Anyone”, “Any table” or “Any action”.' : 'Changes appear here as soon as anyone creates, edits or deletes something.'}
        </EmptyState>
      ) : (
        <>
          <AuditEntries entries={entries} names={names} />
          <nav aria-label="Older entries" className="mt-4 flex gap-2">
            {filters.before ? (
              <Button asChild variant="outline">
                <AppLink href={auditHref({ ...filters, before: undefined })}>Newest</AppLink>
              </Button>
            ) : null}
            {older ? (
              <Button asChild variant="outline">
                <AppLink href={auditHref({ ...filters, before: Number(older.id) })}>Older</AppLink>
              </Button>
            ) : null}
          </nav>
        </>
      )}
    </>
  );
}
