import type { Metadata } from 'next';
import { AppLink } from '@/components/navigation/app-link';
import { notFound } from 'next/navigation';
import { ArrowLeft, Camera, Clapperboard, MapPin } from 'lucide-react';
import { LatestAircraftCorrelationDocument, MyListsDocument, PhenomActivityDocument, PhenomDetailDocument, StaffUsersDocument } from '@/graphql/generated/graphql';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { listAccess } from '@/lib/lists/access';
import { toFormValues } from '@/lib/phenoms/report-form';
import { loadSkyView } from '@/lib/screening/sky-view-data';
import { staffQuery } from '@/lib/staff-query';
import { presignMediaUrls } from '@/lib/s3';
import { phenomIdSchema } from '@/lib/phenoms/update-input';
import { formatDuration, formatNumber } from '@/lib/format';
import { formatDateTime, formatOccurredAt } from '@/lib/phenoms/vocabulary';
import { PageHeader } from '@/components/layout/page-header';
import { OutcomeBadge, StatusBadge } from '@/components/phenoms/badges';
import { ScreeningForm } from '@/components/phenoms/detail/screening-form';
import { MediaList } from '@/components/phenoms/detail/media-list';
import { MediaUpload } from '@/components/phenoms/detail/media-upload';
import { ReportEditor } from '@/components/phenoms/detail/report-editor';
import { AddToList, AdminDelete } from '@/components/phenoms/detail/side-actions';
import { AttachedDrops } from '@/components/phenoms/detail/attached-drops';
import { PhenomActivity } from '@/components/phenoms/detail/activity';
import { CoordsTable, ShootsList } from '@/components/phenoms/detail/tracks';
import { SkyView } from '@/components/screening/sky-view';
import { AircraftCorrelation, PossibleAircraftBadge } from '@/components/correlation/aircraft-correlation';
import { DataError } from '@/components/states/data-error';
import { EmptyState } from '@/components/states/empty-state';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Phenom' };

export default async function PhenomDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { run } = await searchParams;
  if (!phenomIdSchema.safeParse(id).success) notFound();

  const { user } = await requireStaff();
  const isAdmin = user.groups.includes(ADMIN_GROUP);
  const [detail, staff, screening, correlation, lists, activity] = await Promise.all([
    staffQuery(PhenomDetailDocument, { id }),
    staffQuery(StaffUsersDocument, {}),
    loadSkyView(id, typeof run === 'string' ? run : undefined),
    staffQuery(LatestAircraftCorrelationDocument, { phenomId: id }),
    staffQuery(MyListsDocument, {}),
    // The audit log is readable by admins only (hasura/metadata): staff get no activity card rather than an error.
    isAdmin ? staffQuery(PhenomActivityDocument, { id }, { role: 'nest-admin' }) : null,
  ]);
  const latestCorrelation = correlation.ok ? (correlation.data.aircraft_correlation[0] ?? null) : null;
  const back = (
    <Button asChild variant="ghost" size="sm" className="mb-2 -ml-2">
      <AppLink href="/phenoms">
        <ArrowLeft aria-hidden /> All phenoms
      </AppLink>
    </Button>
  );
  if (!detail.ok) {
    return (
      <>
        {back}
        <DataError error={detail.error} />
      </>
    );
  }
  const phenom = detail.data.phenom_by_pk;
  if (!phenom) notFound();

  const urls = await presignMediaUrls(phenom.media.map((m) => ({ key: m.s3_key, fileName: m.file_name })));
  // Without the staff list the form still works; it just cannot offer other assignees.
  const staffOptions = (staff.ok ? staff.data.users : phenom.assignee ? [phenom.assignee] : []).map((u) => ({ id: u.id, label: u.display_name || u.email }));
  const place = [phenom.location_name, phenom.country].filter(Boolean).join(', ');
  const drawnRuns = screening.ok ? [screening.shown, screening.compared?.run] : [];
  const acceptedKey = drawnRuns.flatMap((r) => r?.candidates.filter((c) => c.accepted_at).map((c) => c.id) ?? []).join(',') || 'none';
  const coordsTotal = phenom.coords_aggregate.aggregate?.count ?? phenom.coords.length;
  const editableLists = lists.ok
    ? lists.data.lists.filter((l) => listAccess({ owner_id: l.owner?.id ?? '', shares: l.shares }, user.sub) !== 'read').map((l) => ({ id: l.id, label: l.name }))
    : [];

  return (
    <>
      {back}
      <PageHeader
        title={phenom.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge status={phenom.status} />
            <OutcomeBadge outcome={phenom.outcome} confidence={phenom.outcome_confidence} />
            <PossibleAircraftBadge correlation={latestCorrelation} />
            <span>{formatOccurredAt(phenom.occurred_at, phenom.occurred_at_precision)}</span>
            {place ? <span>· {place}</span> : null}
          </span>
        }
      />

      <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Report</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              {/* Not keyed on updated_at: its own save refreshes the page, and a remount would drop the Undo toast. */}
              <ReportEditor phenomId={phenom.id} initial={toFormValues(phenom)} />
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-3">
                <Fact label="Reported">{formatDateTime(phenom.reported_at)}</Fact>
                <Fact label="Duration">{phenom.duration_s != null ? formatDuration(phenom.duration_s) : '—'}</Fact>
                <Fact label="Altitude">{formatNumber(phenom.altitude_m, ' m')}</Fact>
                <Fact label="Shape">{phenom.shape || '—'}</Fact>
                <Fact label="Source">{phenom.source}</Fact>
                <Fact label="Created by">{phenom.creator?.display_name || phenom.creator?.email || '—'}</Fact>
                <Fact label="Last updated">{formatDateTime(phenom.updated_at)}</Fact>
              </dl>
              {phenom.latitude != null ? (
                <Button asChild variant="outline" size="sm" className="self-start">
                  <AppLink href={`/map?focus=${phenom.id}`}>
                    <MapPin aria-hidden /> Show on map
                  </AppLink>
                </Button>
              ) : null}
            </CardContent>
          </Card>

          <Card role="region" aria-label="Sky at the time">
            <CardHeader>
              <CardTitle>Sky at the time</CardTitle>
            </CardHeader>
            <CardContent>
              {screening.ok ? <SkyView phenomId={phenom.id} history={screening.history} shown={screening.shown} compared={screening.compared} notes={screening.notes} /> : <DataError error={screening.error} />}
            </CardContent>
          </Card>

          <Card role="region" aria-label="Aircraft near the report">
            <CardHeader>
              <CardTitle>Aircraft near the report</CardTitle>
            </CardHeader>
            <CardContent>{correlation.ok ? <AircraftCorrelation phenomId={phenom.id} correlation={latestCorrelation} /> : <DataError error={correlation.error} />}</CardContent>
          </Card>

        </div>

        <aside className="flex flex-col gap-6">
          <Card>
            <CardHeader>
              <CardTitle>Screening</CardTitle>
            </CardHeader>
            <CardContent>
              <ScreeningForm
                // Accepting a screening candidate changes the outcome on the server: start the form from it again
                // then (and only then: the form's own saves must not remount it under the person's hands).
                key={acceptedKey}
                phenomId={phenom.id}
                initial={{ status: phenom.status, outcome: phenom.outcome, outcome_confidence: phenom.outcome_confidence, assignee_id: phenom.assignee?.id ?? null }}
                staff={staffOptions}
              />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Lists</CardTitle>
            </CardHeader>
            <CardContent>
              <AddToList phenomId={phenom.id} lists={editableLists} />
            </CardContent>
          </Card>
          <AttachedDrops drops={phenom.drops} />
          {activity?.ok ? <PhenomActivity rows={activity.data.audit_log} names={new Map(staffOptions.map((o) => [o.id, o.label]))} /> : null}
          {isAdmin ? (
            <Card>
              <CardHeader>
                <CardTitle>Admin</CardTitle>
              </CardHeader>
              <CardContent>
                <AdminDelete phenomId={phenom.id} />
              </CardContent>
            </Card>
          ) : null}
        </aside>
      </div>

      {/* Full width below both columns: the coordinates table needs the room (it was clipped beside an empty column). */}
      <div className="mt-6">
        <Tabs defaultValue="media">
          <TabsList>
            <TabsTrigger value="media">Media ({phenom.media.length})</TabsTrigger>
            <TabsTrigger value="coords">Coordinates ({coordsTotal})</TabsTrigger>
            <TabsTrigger value="shoots">Shoots ({phenom.shoots.length})</TabsTrigger>
          </TabsList>
          <TabsContent value="media">
            <MediaUpload phenomId={phenom.id} />
            {phenom.media.length ? <MediaList media={phenom.media} urls={urls} /> : <EmptyState title="No media" icon={Camera}>Nobody has attached photos, video or audio yet.</EmptyState>}
          </TabsContent>
          <TabsContent value="coords">
            {phenom.coords.length ? <CoordsTable coords={phenom.coords} total={coordsTotal} /> : <EmptyState title="No coordinate track" icon={MapPin}>No observer or object positions were recorded.</EmptyState>}
          </TabsContent>
          <TabsContent value="shoots">
            {phenom.shoots.length ? <ShootsList shoots={phenom.shoots} /> : <EmptyState title="No shoots" icon={Clapperboard}>No recording sessions are linked to this phenom.</EmptyState>}
          </TabsContent>
        </Tabs>
      </div>
    </>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="mt-0.5">{children}</dd>
    </div>
  );
}
