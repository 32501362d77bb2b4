import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { MapFocusDocument, MapTimeRangeDocument } from '@/graphql/generated/graphql';
import { serverEnv } from '@/lib/env';
import { toNumber } from '@/lib/format';
import { staffQuery } from '@/lib/staff-query';
import { monthsBetween } from '@/lib/map/time-range';
import { parseMapView } from '@/lib/map/view';
import { parsePhenomFilters, toSearchParams, type SearchParamsRecord } from '@/lib/phenoms/filters';
import { phenomIdSchema } from '@/lib/phenoms/update-input';
import { PageHeader } from '@/components/layout/page-header';
import { PhenomFilterBar } from '@/components/phenoms/phenom-filters';
import { PhenomMapLoader } from '@/components/map/phenom-map-loader';
import type { MapFocus } from '@/components/map/phenom-map';
import { DataError } from '@/components/states/data-error';
import { Button } from '@/components/ui/button';

export const metadata: Metadata = { title: 'Map' };

/** The phenom "Show on map" names, if it has a position and staff may see it. */
async function loadFocus(id: string | undefined): Promise<MapFocus | undefined> {
  if (!id) return undefined;
  const result = await staffQuery(MapFocusDocument, { id });
  const p = result.ok ? result.data.phenom_by_pk : null;
  const [lat, lng] = [toNumber(p?.latitude), toNumber(p?.longitude)];
  return p && lat !== null && lng !== null ? { id: p.id, title: p.title, status: p.status, occurred_at: p.occurred_at, lat, lng } : undefined;
}

export default async function MapPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const filters = parsePhenomFilters(params);
  const focusId = typeof params.focus === 'string' && phenomIdSchema.safeParse(params.focus).success ? params.focus : undefined;
  // The clusters themselves are asked for by the map, for the box it shows (GET /api/map/clusters).
  const [range, focus] = await Promise.all([staffQuery(MapTimeRangeDocument, {}), loadFocus(focusId)]);
  const listQuery = toSearchParams({ ...filters, page: 1 }).toString();
  const [first, last] = range.ok ? [range.data.first[0]?.occurred_at, range.data.last[0]?.occurred_at] : [];

  return (
    <>
      <PageHeader
        title="Map"
        description="Where phenoms were seen, every one counted. Click a cluster to zoom in, a point to open it."
        actions={
          <Button asChild variant="outline" size="sm">
            <AppLink href={listQuery ? `/phenoms?${listQuery}` : '/phenoms'}>View as list</AppLink>
          </Button>
        }
      />
      <PhenomFilterBar filters={filters} />
      {!range.ok ? (
        <DataError error={range.error} />
      ) : (
        <PhenomMapLoader
          filters={filters}
          mapboxToken={serverEnv().MAPBOX_TOKEN || undefined}
          focus={focus}
          view={parseMapView(params)}
          timeRange={first && last ? monthsBetween(first, last) : undefined}
        />
      )}
    </>
  );
}
