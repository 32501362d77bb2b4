import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { CircleCheck, Inbox, Search, Telescope } from 'lucide-react';
import { DashboardStatsDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { dashboardCounts } from '@/lib/dashboard';
import { DEFAULT_FILTERS, filtersHref } from '@/lib/phenoms/filters';
import { OUTCOME_LABELS, PHENOM_OUTCOMES, PHENOM_STATUSES, STATUS_COLORS, STATUS_LABELS } from '@/lib/phenoms/vocabulary';
import { PageHeader } from '@/components/layout/page-header';
import { BreakdownBars, StatCard } from '@/components/dashboard/stat-card';
import { PhenomMiniList } from '@/components/phenoms/phenom-mini-list';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

export const metadata: Metadata = { title: 'Dashboard' };

const listHref = (change: Parameters<typeof filtersHref>[2]) => filtersHref('/phenoms', DEFAULT_FILTERS, change);

/** "Explained" is every outcome but unknown: the card links to exactly the phenoms it counts. */
const EXPLAINED_OUTCOMES = PHENOM_OUTCOMES.filter((o) => o !== 'unknown');

export default async function DashboardPage() {
  const result = await staffQuery(DashboardStatsDocument, { recentLimit: 8, queueLimit: 8 });
  if (!result.ok) {
    return (
      <>
        <PageHeader title="Dashboard" />
        <DataError error={result.error} />
      </>
    );
  }
  const { total, byStatus, byOutcome } = dashboardCounts(result.data);
  const explained = byOutcome.filter((o) => o.outcome !== 'unknown').reduce((sum, o) => sum + o.count, 0);

  return (
    <>
      <PageHeader title="Dashboard" description="Where the screening stands today." />
      {total === 0 ? (
        <EmptyState title="No phenoms yet" icon={Telescope}>
          Reports appear here as soon as they are submitted or imported.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          <section aria-label="Key figures" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
            <StatCard label="All phenoms" value={total} href="/phenoms" icon={Telescope} />
            <StatCard label="Unscreened" value={byStatus.new} hint="Status new" href={listHref({ status: ['new'] })} icon={Inbox} />
            <StatCard
              label="In progress"
              value={byStatus.triage + byStatus.investigating}
              hint="Triage and investigating"
              href={listHref({ status: ['triage', 'investigating'] })}
              icon={Search}
            />
            <StatCard label="Explained" value={explained} hint="Outcome other than unknown" href={listHref({ outcome: EXPLAINED_OUTCOMES })} icon={CircleCheck} />
          </section>

          {/* grid-cols-1 is minmax(0, 1fr): a long title or date must not widen the page on a tablet. */}
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader>
                <CardTitle>By status</CardTitle>
              </CardHeader>
              <CardContent>
                <BreakdownBars
                  label="By status"
                  total={total}
                  rows={PHENOM_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], count: byStatus[s], color: STATUS_COLORS[s], href: listHref({ status: [s] }) }))}
                />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>By outcome</CardTitle>
              </CardHeader>
              <CardContent>
                <BreakdownBars
                  label="By outcome"
                  total={total}
                  rows={byOutcome.map(({ outcome, count }) => ({ key: outcome, label: OUTCOME_LABELS[outcome], count, href: listHref({ outcome: [outcome] }) }))}
                />
              </CardContent>
            </Card>
          </div>

          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <Card>
              <CardHeader className="flex-row items-start justify-between">
                <div>
                  <CardTitle>Unscreened queue</CardTitle>
                  <CardDescription>Oldest reports first.</CardDescription>
                </div>
                <Button asChild variant="outline" size="sm">
                  <AppLink href={filtersHref('/phenoms', DEFAULT_FILTERS, { status: ['new'], sort: 'reported_at', dir: 'asc' })}>View all</AppLink>
                </Button>
              </CardHeader>
              <CardContent>
                <PhenomMiniList phenoms={result.data.unscreened} empty="Nothing waiting: every report has been looked at." />
              </CardContent>
            </Card>
            <Card>
              <CardHeader className="flex-row items-start justify-between">
                <div>
                  <CardTitle>Recently reported</CardTitle>
                  <CardDescription>Newest reports first.</CardDescription>
                </div>
                <Button asChild variant="outline" size="sm">
                  <AppLink href={filtersHref('/phenoms', DEFAULT_FILTERS, { sort: 'reported_at', dir: 'desc' })}>View all</AppLink>
                </Button>
              </CardHeader>
              <CardContent>
                <PhenomMiniList phenoms={result.data.recent} empty="No reports yet." />
              </CardContent>
            </Card>
          </div>
        </div>
      )}
    </>
  );
}
