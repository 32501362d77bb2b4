/**
 * @jest-environment jsdom
 */
import { act, render, screen } from '@testing-library/react';
import { AIRCRAFT_REFRESH_MS, type AircraftView } from '@/lib/map/aircraft';
import { AircraftControl } from './aircraft-control';
import { useAircraftFeed } from './use-aircraft-feed';

// The overlay's polling and what it tells the user, with the API answered by a fake fetch.
const UAL421 = { icao24: 'ab1644', callsign: 'UAL421', origin_country: 'United States', lat: 42.5, lon: -71.2, baro_altitude_m: 2217, geo_altitude_m: 2194, on_ground: false, velocity_ms: 137.8, track_deg: 342, vertical_rate_ms: 13, squawk: null, category: 4, category_label: 'large', position_source: 'ADS-B', position_at: null, last_contact: '2026-12-02T12:00:00.000Z' };
const body = (extra: { note?: string | null; credits?: number | null } = {}) => ({
  aircraft: [UAL421],
  time: '2026-12-02T12:00:00.000Z',
  bbox: [-72, 42, -70, 43.5],
  source: { service: 'OpenSky Network', access: extra.note ? 'anonymous' : 'oauth', note: extra.note ?? null, credits_remaining: extra.credits === undefined ? 3987 : extra.credits, fetched_at: '2026-12-02T12:00:00.000Z', cached: false },
});
const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => ({ ok: status < 300, status, headers: { get: (k: string) => headers[k.toLowerCase()] ?? null }, json: async () => json });

let fetchMock: jest.Mock;
let visibility: DocumentVisibilityState = 'visible';
beforeAll(() => Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility }));
beforeEach(() => {
  jest.useFakeTimers();
  visibility = 'visible';
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
});
afterEach(() => jest.useRealTimers());

function Harness({ view }: { view: AircraftView }) {
  const feed = useAircraftFeed('bbox' in view ? view.bbox : null);
  return <AircraftControl enabled onToggle={() => undefined} view={view} feed={feed} />;
}

/** Lets the fake fetch's promises settle, then moves the clock. */
async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

const BOX = { bbox: '-72,42,-70,43.5' };

describe('live aircraft overlay control', () => {
  it('shows the aircraft count and credits, and asks again every 10 s', async () => {
    fetchMock.mockResolvedValue(answer(200, body()));
    render(<Harness view={BOX} />);
    await advance(0);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/aircraft?bbox=-72%2C42%2C-70%2C43.5');
    expect(screen.getByRole('status').textContent).toContain('1 aircraft · OpenSky Network · 3,987 credits left');
    expect(screen.getByRole('list', { name: 'Aircraft in view' }).textContent).toBe('UAL421 · 7,200 ft · 268 kn · 42.500° N, 71.200° W');
    await advance(AIRCRAFT_REFRESH_MS - 100);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await advance(100);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('asks nothing while the page is hidden, and at once when it is shown again', async () => {
    fetchMock.mockResolvedValue(answer(200, body()));
    render(<Harness view={BOX} />);
    await advance(0);
    visibility = 'hidden';
    await advance(AIRCRAFT_REFRESH_MS * 3);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    visibility = 'visible';
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await advance(0);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('says plainly when OpenSky’s limit is used up, and waits the Retry-After before asking again', async () => {
    const message = "OpenSky's limit for live aircraft is used up for now. Aircraft can be shown again in 42 s.";
    fetchMock.mockResolvedValueOnce(answer(429, { error: { code: 'too_many_requests', message } }, { 'retry-after': '42' })).mockResolvedValue(answer(200, body()));
    render(<Harness view={BOX} />);
    await advance(0);
    expect(screen.getByRole('status').textContent).toBe(message);
    await advance(41_000);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    await advance(1_000);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('status').textContent).toContain('1 aircraft');
  });

  it('is off at world zoom (asks nothing, says to zoom in) and says when access is anonymous', async () => {
    fetchMock.mockResolvedValue(answer(200, body({ note: 'Anonymous OpenSky access: current positions only.', credits: null })));
    const { rerender } = render(<Harness view={{ off: 'zoom' }} />);
    await advance(AIRCRAFT_REFRESH_MS);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByText('Zoom in to see live aircraft.')).toBeTruthy();
    rerender(<Harness view={BOX} />);
    await advance(0);
    expect(screen.getByRole('status').textContent).toContain('Anonymous OpenSky access: current positions only.');
    expect(screen.getByRole('status').textContent).not.toContain('credits left');
  });

  it('shows a server failure in words and keeps trying', async () => {
    fetchMock.mockResolvedValueOnce(answer(502, { error: { code: 'upstream_unavailable', message: 'The OpenSky Network is unreachable. Try again shortly.' } })).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    render(<Harness view={BOX} />);
    await advance(0);
    expect(screen.getByRole('status').textContent).toBe('The OpenSky Network is unreachable. Try again shortly.');
    await advance(AIRCRAFT_REFRESH_MS);
    expect(screen.getByRole('status').textContent).toContain('server is unreachable');
  });
});
