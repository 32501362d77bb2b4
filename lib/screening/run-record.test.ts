import { bodiesProvider } from './bodies';
import { parseElements } from './elements';
import { screen } from './engine';
import { ProviderError } from './provider-error';
import { prepareCatalogue, satelliteProvider } from './satellite-provider';
import { describeWithData, readReference } from './testing/reference-data';
import { compareRuns, outcomeFor, providersFromRun, requestFromInputs, runInsert, STORED_CANDIDATES } from './run-record';

const TLE = 'tle/celestrak-iss-25544-2020-11-07.tle';

describeWithData('a stored run replays to the same answer', [TLE, 'tle/celestrak-visual-2021-07-24.tle'], () => {
  it('Tulsa: through JSON (as the database keeps it), the providers rebuilt from raw data give the same candidates', async () => {
    const sets = parseElements(readReference(TLE)).sets;
    const request = { observer: { latDeg: 36.154, lonDeg: -95.993, heightM: 200 }, atMs: Date.parse('2020-11-11T12:06:00Z'), direction: { azDeg: 225, elDeg: 25 } };
    const original = await screen(request, [satelliteProvider(prepareCatalogue({ source: TLE, fetchedAt: '2020-11-09T00:00:00Z', sets })), bodiesProvider()]);
    const stored = JSON.parse(JSON.stringify(runInsert('p1', request, original, 'manual')));
    expect(stored.candidates.data[0]).toMatchObject({ rank: 1, kind: 'satellite', object_id: '25544', verdict: 'certain' });
    expect(stored.providers[0].raw).toMatchObject({ provider: 'satellites', source: TLE, fetchedAt: '2020-11-09T00:00:00Z' });
    expect(stored.providers[0].raw.data.sets).toEqual([expect.objectContaining({ norad: 25544, epoch: '2020-11-07T22:23:09.000Z', lines: sets[0].format === 'tle' ? [sets[0].line1, sets[0].line2] : [] })]);

    const replayed = await screen(requestFromInputs(stored.inputs), providersFromRun(stored.providers));
    expect(replayed.candidates).toEqual(original.candidates);
  });

  it('keeps at most the best candidates; a failed provider replays as failed, with its error', async () => {
    const sets = parseElements(readReference('tle/celestrak-visual-2021-07-24.tle')).sets;
    const request = { observer: { latDeg: 51.5, lonDeg: 0, heightM: 0 }, atMs: Date.parse('2021-07-24T21:30:00Z') };
    const broken = { name: 'aircraft', sky: () => Promise.reject(new ProviderError('OpenSky answered 503', 'upstream')) };
    const original = await screen(request, [satelliteProvider(prepareCatalogue({ source: 'v', fetchedAt: null, sets })), broken]);
    const stored = JSON.parse(JSON.stringify(runInsert('p1', request, original, 'bulk')));
    expect(stored.candidates.data.length).toBe(Math.min(STORED_CANDIDATES, original.candidates.length));
    expect(stored.failed_providers).toBe(1);
    const replayed = await screen(requestFromInputs(stored.inputs), providersFromRun(stored.providers));
    expect(replayed.providers[1]).toMatchObject({ provider: 'aircraft', ok: false, error: 'OpenSky answered 503' });
    expect(replayed.candidates).toEqual(original.candidates);
  });
});

describe('what a re-screening changed', () => {
  const c = (kind: string, object_id: string | null, name: string, verdict: string | null, rank = 1) => ({ kind, object_id, name, verdict, rank });
  it('new, gone and re-judged candidates, matched by kind and object', () => {
    const before = [c('satellite', '25544', 'ISS (ZARYA)', 'probable'), c('planet', 'venus', 'Venus', 'possible'), c('aircraft', 'ab1644', 'UAL421', null)];
    const after = [c('satellite', '25544', 'ISS (ZARYA)', 'certain'), c('planet', 'venus', 'Venus', 'possible'), c('satellite', '44713', 'STARLINK-1007', 'possible')];
    const changes = compareRuns(before, after);
    expect(changes.added.map((x) => x.name)).toEqual(['STARLINK-1007']);
    expect(changes.removed.map((x) => x.name)).toEqual(['UAL421']);
    expect(changes.verdictChanged).toEqual([{ candidate: after[0], from: 'probable', to: 'certain' }]);
    expect(compareRuns(after, after)).toEqual({ added: [], removed: [], verdictChanged: [] });
  });

  it('the outcome a candidate explains the phenom as', () => {
    expect(outcomeFor({ kind: 'satellite', flags: ['iss'] })).toBe('satellite');
    expect(outcomeFor({ kind: 'satellite', flags: ['starlink'] })).toBe('starlink');
    expect(['sun', 'moon', 'planet'].map((kind) => outcomeFor({ kind, flags: [] }))).toEqual(['planet_star', 'planet_star', 'planet_star']);
    expect(outcomeFor({ kind: 'aircraft', flags: [] })).toBe('aircraft');
    expect(outcomeFor({ kind: 'balloon', flags: [] })).toBe('balloon');
    expect(outcomeFor({ kind: 'launch', flags: [] })).toBe('other');
  });
});
