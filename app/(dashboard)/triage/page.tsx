import type { Metadata } from 'next';
import { CircleCheck } from 'lucide-react';
import { TriageQueueDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { staffQuery } from '@/lib/staff-query';
import { TRIAGE_COUNT_LIMIT, TRIAGE_PAGE, triageWhere } from '@/lib/triage/queue';
import { PageHeader } from '@/components/layout/page-header';
import { AppLink } from '@/components/navigation/app-link';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { TriageQueue } from '@/components/triage/triage-queue';

export const metadata: Metadata = { title: 'Triage' };

const DESCRIPTION = 'Open reports nobody has taken yet (new or in triage, unassigned), the longest waiting first.';

export default async function TriagePage() {
  const [{ user }, result] = await Promise.all([requireStaff(), staffQuery(TriageQueueDocument, { where: triageWhere(), limit: TRIAGE_PAGE, countLimit: TRIAGE_COUNT_LIMIT })]);
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Triage" description={DESCRIPTION} />
        <DataError error={result.error} />
      </>
    );
  }
  const total = result.data.phenom_aggregate.aggregate?.count ?? 0;
  return (
    <>
      <PageHeader title="Triage" description={DESCRIPTION} />
      {result.data.phenom.length === 0 ? (
        <EmptyState
          title="Nothing waiting"
          icon={CircleCheck}
          actions={
            <Button asChild variant="outline">
              <AppLink href="/drops">Review drops</AppLink>
            </Button>
          }
        >
          Every open report has someone on it. Public submissions become reports once promoted on the Drops page.
        </EmptyState>
      ) : (
        <TriageQueue rows={result.data.phenom} total={total} me={user.sub} now={new Date().toISOString()} />
      )}
    </>
  );
}
