import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { SearchX, Telescope } from 'lucide-react';
import { PhenomListDocument } from '@/graphql/generated/graphql';
import { staffQuery } from '@/lib/staff-query';
import { filtersHref, hasActiveFilters, parsePhenomFilters, toPagination, toPhenomOrderBy, toPhenomWhere, type SearchParamsRecord } from '@/lib/phenoms/filters';
import { PageHeader } from '@/components/layout/page-header';
import { PhenomFilterBar } from '@/components/phenoms/phenom-filters';
import { PhenomTable } from '@/components/phenoms/phenom-table';
import { Pagination } from '@/components/phenoms/pagination';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Phenoms' };

export default async function PhenomsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const filters = parsePhenomFilters(await searchParams);
  const result = await staffQuery(PhenomListDocument, {
    where: toPhenomWhere(filters),
    order_by: toPhenomOrderBy(filters),
    ...toPagination(filters),
  });

  return (
    <>
      <PageHeader title="Phenoms" description="Every reported sighting, newest first. Filters are kept in the address, so a view can be shared." />
      <PhenomFilterBar filters={filters} />
      {!result.ok ? (
        <DataError error={result.error} />
      ) : result.data.phenom.length > 0 ? (
        <>
          <PhenomTable rows={result.data.phenom} filters={filters} />
          <Pagination pathname="/phenoms" filters={filters} total={result.data.phenom_aggregate.aggregate?.count ?? 0} />
        </>
      ) : filters.page > 1 && (result.data.phenom_aggregate.aggregate?.count ?? 0) > 0 ? (
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
