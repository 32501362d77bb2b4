import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { Download, Plus, SearchX, Telescope } from 'lucide-react';
import { MyListsDocument, PhenomListDocument, StaffUsersDocument } from '@/graphql/generated/graphql';
import { requireStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { staffQuery } from '@/lib/staff-query';
import { exportHref, filtersHref, hasActiveFilters, parsePhenomFilters, toPagination, toPhenomOrderBy, toPhenomWhere, type PhenomFilters, type SearchParamsRecord } from '@/lib/phenoms/filters';
import { COUNT_CAP, MAX_OFFSET, pageTotal } from '@/lib/phenoms/list-query';
import { PageHeader } from '@/components/layout/page-header';
import { PhenomFilterBar } from '@/components/phenoms/phenom-filters';
import { PhenomTable } from '@/components/phenoms/phenom-table';
import { Pagination } from '@/components/phenoms/pagination';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Phenoms' };

const DESCRIPTION = 'Every reported sighting, newest first. Filters are kept in the address, so a view can be shared.';

function TooDeep({ filters }: { filters: PhenomFilters }) {
  return (
    <>
      <PageHeader title="Phenoms" description={DESCRIPTION} />
      <PhenomFilterBar filters={filters} />
      <EmptyState
        title={`Pages stop after the first ${MAX_OFFSET.toLocaleString('en-GB')} rows`}
        actions={
          <Button asChild variant="outline">
            <AppLink href={filtersHref('/phenoms', filters, { page: 1 })}>Go to the first page</AppLink>
          </Button>
        }
      >
        Narrow the filters or reverse the sort to reach these phenoms.
      </EmptyState>
    </>
  );
}

export default async function PhenomsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const filters = parsePhenomFilters(await searchParams);
  const pagination = toPagination(filters);
  // Offset paging stops at MAX_OFFSET rows (a deeper OFFSET sorts and skips all the rows before it).
  if (pagination.offset > MAX_OFFSET) return <TooDeep filters={filters} />;
  const where = toPhenomWhere(filters);
  // For the bulk actions, asked at the same time as the page: who can be assigned, and the lists this person may add
  // to. Without them the table still works; the actions just offer less.
  const extras = Promise.all([requireStaff(), staffQuery(StaffUsersDocument, {}), staffQuery(MyListsDocument, {})]);
  const result = await staffQuery(PhenomListDocument, {
    where,
    countWhere: where,
    order_by: toPhenomOrderBy(filters),
    ...pagination,
    // As GET /api/phenoms: a text search is not counted (lib/phenoms/list-query.ts).
    countLimit: filters.q ? 0 : COUNT_CAP + 1,
  });
  const [{ user }, staff, lists] = await extras;
  const staffOptions = staff.ok ? staff.data.users.map((u) => ({ id: u.id, label: u.display_name || u.email })) : [];
  const listOptions = lists.ok
    ? lists.data.lists.filter((l) => listAccess({ owner_id: l.owner?.id ?? '', shares: l.shares }, user.sub) !== 'read').map((l) => ({ id: l.id, label: l.name }))
    : [];
  const searched = { searched: Boolean(filters.q), ...pagination };
  const total = result.ok ? pageTotal(searched, result.data.phenom_aggregate.aggregate?.count ?? 0, result.data.phenom.length) : { count: 0, exact: true };

  const actions = (
    <>
      <Button asChild size="sm">
        <AppLink href="/phenoms/new">
          <Plus aria-hidden /> New phenom
        </AppLink>
      </Button>
      <Button asChild variant="outline" size="sm">
        {/* A plain download link: the route streams the CSV, the browser saves it as it arrives. */}
        <a href={exportHref(filters)} download>
          <Download aria-hidden /> Export CSV
        </a>
      </Button>
    </>
  );

  return (
    <>
      <PageHeader title="Phenoms" description={DESCRIPTION} actions={actions} />
      <PhenomFilterBar filters={filters} />
      {!result.ok ? (
        <DataError error={result.error} />
      ) : result.data.phenom.length > 0 ? (
        <>
          <PhenomTable rows={result.data.phenom} filters={filters} staff={staffOptions} lists={listOptions} />
          <Pagination pathname="/phenoms" filters={filters} total={total.count} exact={total.exact} maxOffset={MAX_OFFSET} />
        </>
      ) : filters.page > 1 && total.count > 0 ? (
        <EmptyState
          title="This page is past the end"
          actions={
            <Button asChild variant="outline">
              <AppLink href={filtersHref('/phenoms', filters, { page: 1 })}>Go to the first page</AppLink>
            </Button>
          }
        />
      ) : hasActiveFilters(filters) ? (
        <EmptyState title="No phenoms match these filters" icon={SearchX}>
          Try a broader search or clear some filters.
        </EmptyState>
      ) : (
        <EmptyState title="No phenoms yet" icon={Telescope}>
          Reports appear here as soon as they are submitted or imported.
        </EmptyState>
      )}
    </>
  );
}
