'use client';

import { Plane } from 'lucide-react';
import type { AircraftView } from '@/lib/map/aircraft';
import { aircraftLabel, OFF_REASONS } from '@/lib/map/aircraft';
import type { AircraftFeedState } from './use-aircraft-feed';

/** The overlay's switch and what it is showing (or why not), over the map. */
export function AircraftControl({ enabled, onToggle, view, feed }: { enabled: boolean; onToggle: (on: boolean) => void; view: AircraftView | null; feed: AircraftFeedState }) {
  return (
    <div className="flex max-w-72 flex-col gap-1 rounded-md bg-background/90 px-2 py-1.5 text-xs shadow">
      <label className="flex items-center gap-2 font-medium">
        <input type="checkbox" checked={enabled} onChange={(e) => onToggle(e.target.checked)} />
        <Plane aria-hidden className="size-3.5" />
        Live aircraft
      </label>
      {enabled ? <AircraftStatus view={view} feed={feed} /> : null}
    </div>
  );
}

const position = (lat: number, lon: number) => `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;

function AircraftStatus({ view, feed }: { view: AircraftView | null; feed: AircraftFeedState }) {
  if (view && 'off' in view) return <p className="text-muted-foreground">{OFF_REASONS[view.off]}</p>;
  switch (feed.status) {
    case 'off':
    case 'loading':
      return <p className="text-muted-foreground">Loading aircraft…</p>;
    case 'limited':
    case 'error':
      return (
        <p role="status" className="text-destructive">
          {feed.message}
        </p>
      );
    case 'ok': {
      const { aircraft, source } = feed.body;
      return (
        <div role="status" className="flex flex-col gap-0.5 text-muted-foreground">
          <p>
            {aircraft.length === 1 ? '1 aircraft' : `${aircraft.length} aircraft`} · OpenSky Network
            {source.credits_remaining !== null ? ` · ${source.credits_remaining.toLocaleString('en-US')} credits left` : ''}
          </p>
          {source.note ? <p>{source.note}</p> : null}
          {/* The map in words, for screen readers: what a sighted user reads off the icons and their labels. */}
          <ul aria-label="Aircraft in view" className="sr-only">
            {aircraft.map((a) => (
              <li key={a.icao24}>
                {aircraftLabel(a)} · {position(a.lat, a.lon)}
              </li>
            ))}
          </ul>
        </div>
      );
    }
  }
}
