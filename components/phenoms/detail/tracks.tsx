import type { PhenomDetailQuery } from '@/graphql/generated/graphql';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { formatCoordinate, formatNumber } from '@/lib/format';
import { formatDateTime } from '@/lib/phenoms/vocabulary';

type Detail = NonNullable<PhenomDetailQuery['phenom_by_pk']>;

export function CoordsTable({ coords, total }: { coords: Detail['coords']; total: number }) {
  return (
    <div className="flex flex-col gap-2">
      <div className="rounded-xl border">
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>Time</TableHead>
              <TableHead>Observer</TableHead>
              <TableHead>Object</TableHead>
              <TableHead className="text-right">Bearing</TableHead>
              <TableHead className="text-right">Elevation</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {coords.map((c) => (
              <TableRow key={c.id}>
                <TableCell className="whitespace-nowrap">{formatDateTime(c.t)}</TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">
                  {formatCoordinate(c.observer_lat, 'lat')}, {formatCoordinate(c.observer_lng, 'lng')}
                  {c.observer_alt_m != null ? ` · ${formatNumber(c.observer_alt_m, ' m')}` : ''}
                </TableCell>
                <TableCell className="whitespace-nowrap tabular-nums">
                  {c.object_lat != null ? `${formatCoordinate(c.object_lat, 'lat')}, ${formatCoordinate(c.object_lng, 'lng')}` : '—'}
                  {c.object_alt_m != null ? ` · ${formatNumber(c.object_alt_m, ' m')}` : ''}
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(c.bearing_deg, '°', 1)}</TableCell>
                <TableCell className="text-right tabular-nums">{formatNumber(c.elevation_deg, '°', 1)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {total > coords.length ? (
        <p className="text-xs text-muted-foreground">
          Showing the first {coords.length} of {total} samples.
        </p>
      ) : null}
    </div>
  );
}

export function ShootsList({ shoots }: { shoots: Detail['shoots'] }) {
  return (
    <ul className="flex flex-col gap-3">
      {shoots.map((s) => (
        <li key={s.id} className="rounded-xl border p-3 text-sm">
          <p className="font-medium">
            {formatDateTime(s.started_at)}
            {s.ended_at ? ` – ${formatDateTime(s.ended_at)}` : ' (no end recorded)'}
          </p>
          <p className="text-muted-foreground">{[s.device && `Device: ${s.device}`, s.operator && `Operator: ${s.operator}`].filter(Boolean).join(' · ') || 'No device or operator recorded'}</p>
          {s.notes ? <p className="mt-1 whitespace-pre-wrap">{s.notes}</p> : null}
        </li>
      ))}
    </ul>
  );
}
