/**
 * @jest-environment jsdom
 */
import { render, screen, within } from '@testing-library/react';
import type { ScreeningRunFieldsFragment } from '@/graphql/generated/graphql';
import type { RunSummaryRow } from '@/lib/screening/sky-view-data';
import { providerNotesOf } from '@/lib/screening/provider-notes';
import { SkyView } from './sky-view';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }) }));

const PHENOM = 'p1';
const summary = (id: string, created_at: string, trigger: string, replay_of: string | null, top: { name: string; verdict: string | null } | null): RunSummaryRow => ({
  id,
  created_at,
  trigger,
  replay_of,
  failed_providers: 0,
  creator: { display_name: 'Dana', email: 'dana@example.org' },
  candidates: top ? [top] : [],
});
const iss = { id: 'c1', rank: 1, kind: 'satellite', object_id: '25544', name: 'ISS (ZARYA)', flags: ['iss'], az: 225, el: 25, range_km: 600, time_offset_s: 0, sunlit: true, visible: true, magnitude: -3, separation_deg: 1, verdict: 'certain', reasons: 'ISS, el 25°', track: [], accepted_at: null };
const run = (id: string, created_at: string, candidates = [iss]): ScreeningRunFieldsFragment => ({
  id,
  created_at,
  trigger: 'manual',
  replay_of: null,
  engine_version: 'nest-screening/1',
  inputs: { observer: { latDeg: 36.154, lonDeg: -95.993, heightM: 200 }, at: '2020-11-11T12:06:00.000Z', direction: { azDeg: 225, elDeg: 25 }, windowS: 300 },
  sun: { az: 110, el: -8, darkness: 'civil twilight' },
  failed_providers: 0,
  creator: { display_name: 'Dana', email: 'dana@example.org' },
  candidates: candidates.map((c) => ({ ...c, id: `${id}-${c.id}` })),
});

const history = [
  summary('r3', '2026-12-02T10:00:00Z', 'replay', 'r1', { name: 'ISS (ZARYA)', verdict: 'certain' }),
  summary('r2', '2026-12-01T09:00:00Z', 'intake', null, null),
  summary('r1', '2026-11-30T08:00:00Z', 'manual', null, { name: 'ISS (ZARYA)', verdict: 'certain' }),
];

describe('the list of runs on the sky view', () => {
  it('lists every run with how and by whom it was made; each one not shown links to itself, the newest to the page', () => {
    render(<SkyView phenomId={PHENOM} history={history} shown={run('r2', '2026-12-01T09:00:00Z', [])} compared={null} />);
    const items = within(screen.getByRole('navigation', { name: 'Screening runs' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '2026-12-02 10:00 UTC: Replay of 2026-11-30 08:00 UTC by Dana · ISS (ZARYA) (certain)',
      '2026-12-01 09:00 UTC: At intake by Dana · no candidate (shown)',
      '2026-11-30 08:00 UTC: Screened by Dana · ISS (ZARYA) (certain)',
    ]);
    expect(within(items[0]).getByRole('link').getAttribute('href')).toBe('/phenoms/p1');
    expect(within(items[1]).queryByRole('link')).toBeNull();
    expect(within(items[2]).getByRole('link').getAttribute('href')).toBe('/phenoms/p1?run=r1');
  });

  it('a replay is compared with its original: identical, or what differs', () => {
    const { rerender } = render(<SkyView phenomId={PHENOM} history={history} shown={run('r3', '2026-12-02T10:00:00Z')} compared={{ run: run('r1', '2026-11-30T08:00:00Z'), as: 'original' }} />);
    expect(screen.getByTestId('screening-changes').textContent).toBe(
      'Replay of the run of 2026-11-30 08:00 UTC from its stored data: identical: the same 1 candidate(s), in the same order, with the same verdicts.',
    );
    rerender(<SkyView phenomId={PHENOM} history={history} shown={run('r3', '2026-12-02T10:00:00Z', [{ ...iss, verdict: 'probable' }])} compared={{ run: run('r1', '2026-11-30T08:00:00Z'), as: 'original' }} />);
    expect(screen.getByTestId('screening-changes').textContent).toBe('Replay of the run of 2026-11-30 08:00 UTC from its stored data: ISS (ZARYA): certain → probable.');
  });

  it('another run is compared with the one before it; a single run has no list', () => {
    const { rerender } = render(<SkyView phenomId={PHENOM} history={history} shown={run('r2', '2026-12-01T09:00:00Z', [])} compared={{ run: run('r1', '2026-11-30T08:00:00Z'), as: 'previous' }} />);
    expect(screen.getByTestId('screening-changes').textContent).toBe('Since the previous run (2026-11-30 08:00 UTC): gone: ISS (ZARYA).');
    rerender(<SkyView phenomId={PHENOM} history={history.slice(2)} shown={run('r1', '2026-11-30T08:00:00Z')} compared={null} />);
    expect(screen.queryByRole('navigation', { name: 'Screening runs' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Replay this run' })).toBeTruthy();
  });
});

describe('what the sources said', () => {
  it('shows the aircraft provider\'s note and a failed provider\'s error with the run, and nothing for a quiet one', () => {
    const notes = providerNotesOf({
      provider0: 'satellites', note0: null, error0: null,
      provider1: 'aircraft', note1: 'Aircraft not checked: OpenSky keeps state vectors for one hour only, and this report is 3 hours old.', error1: null,
      provider2: 'local-objects', note2: null, error2: 'Balloons and launches could not be checked: the local objects file could not be read (the details are in the server log).',
    });
    render(<SkyView phenomId={PHENOM} history={history} shown={run('r1', '2026-11-30T08:00:00Z')} compared={null} notes={notes} />);
    const said = screen.getAllByTestId('provider-note');
    expect(said.map((li) => li.textContent)).toEqual([
      'Aircraft not checked: OpenSky keeps state vectors for one hour only, and this report is 3 hours old.',
      'Balloons and launches could not be checked: the local objects file could not be read (the details are in the server log).',
    ]);
    expect(said[1].className).toContain('text-destructive');
  });
});
