import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { MapPinOff } from 'lucide-react';
import { PhenomMapPointsDocument } from '@/graphql/generated/graphql';
import { serverEnv } from '@/lib/env';
import { staffQuery } from '@/lib/staff-query';
import { toPointCollection } from '@/lib/map/points';
import { hasActiveFilters, parsePhenomFilters, toPhenomWhere, toSearchParams, type SearchParamsRecord } from '@/lib/phenoms/filters';
import { phenomIdSchema } from '@/lib/phenoms/update-input';
import { PageHeader } from '@/components/layout/page-header';
import { PhenomFilterBar } from '@/components/phenoms/phenom-filters';
import { PhenomMapLoader } from '@/components/map/phenom-map-loader';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Map' };

/** Enough for a dense picture; beyond this the newest are shown and the page says so. */
const MAP_POINT_LIMIT = 10_000;

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const filters = parsePhenomFilters(params);
  const focus = typeof params.focus === 'string' && phenomIdSchema.safeParse(params.focus).success ? params.focus : undefined;
  const where = { ...toPhenomWhere(filters), latitude: { _is_null: false }, longitude: { _is_null: false } };
  const result = await staffQuery(PhenomMapPointsDocument, { where, limit: MAP_POINT_LIMIT });
  const listQuery = toSearchParams({ ...filters, page: 1 }).toString();

  return (
    <>
      <PageHeader
        title="Map"
        description="Where phenoms were seen. Click a cluster to zoom in, a point to open it."
        actions={
          <Button asChild variant="outline" size="sm">
            <AppLink href={listQuery ? `/phenoms?${listQuery}` : '/phenoms'}>View as list</AppLink>
          </Button>
        }
      />
      <PhenomFilterBar filters={filters} />
      {!result.ok ? (
        <DataError error={result.error} />
      ) : result.data.phenom.length === 0 ? (
        <EmptyState title={hasActiveFilters(filters) ? 'No positioned phenoms match these filters' : 'No phenoms with a position yet'} icon={MapPinOff}>
          Only reports with coordinates appear on the map.
        </EmptyState>
      ) : (
        <>
          {(result.data.phenom_aggregate.aggregate?.count ?? 0) > result.data.phenom.length ? (
            <p className="mb-2 text-sm text-muted-foreground">
              Showing the {result.data.phenom.length.toLocaleString('en-GB')} most recent of {(result.data.phenom_aggregate.aggregate?.count ?? 0).toLocaleString('en-GB')}{' '}
              positioned phenoms. Narrow the filters to see the rest.
            </p>
          ) : null}
          <PhenomMapLoader points={toPointCollection(result.data.phenom)} mapboxToken={serverEnv().MAPBOX_TOKEN || undefined} focusId={focus} />
        </>
      )}
    </>
  );
}
