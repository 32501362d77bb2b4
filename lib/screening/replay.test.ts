import { compareReplay, replayPlan, shownRuns } from './replay';
import { ENGINE_VERSION } from './run-record';

const c = (rank: number, name: string, verdict: string | null, object_id: string | null = null) => ({ rank, kind: 'satellite', object_id, name, verdict });

describe('which runs the sky view draws', () => {
  const history = [
    { id: 'r4', replay_of: 'r2' },
    { id: 'r3', replay_of: null },
    { id: 'r2', replay_of: null },
    { id: 'r1', replay_of: 'gone' },
  ];

  it('nothing before the first screening', () => {
    expect(shownRuns([], undefined)).toBeNull();
  });

  it('the newest by default; a replay is compared with its original, not with the run before it', () => {
    expect(shownRuns(history, undefined)).toEqual({ shown: 'r4', compared: { id: 'r2', as: 'original' } });
  });

  it('a chosen run is compared with the run before it', () => {
    expect(shownRuns(history, 'r3')).toEqual({ shown: 'r3', compared: { id: 'r2', as: 'previous' } });
    expect(shownRuns(history, 'r2')).toEqual({ shown: 'r2', compared: { id: 'r1', as: 'previous' } });
  });

  it('the oldest has nothing before it; a replay whose original is not listed falls back to that', () => {
    expect(shownRuns(history, 'r1')).toEqual({ shown: 'r1', compared: null });
    expect(shownRuns([{ id: 'a', replay_of: 'old' }, { id: 'b', replay_of: null }], undefined)).toEqual({ shown: 'a', compared: { id: 'b', as: 'previous' } });
  });

  it('an id that is not one of this phenom’s runs shows the newest', () => {
    expect(shownRuns(history, 'someone-elses-run')?.shown).toBe('r4');
  });
});

describe('a replay against its original', () => {
  const original = [c(1, 'ISS', 'certain', '25544'), c(2, 'Venus', 'possible')];

  it('identical: the same candidates in the same order with the same verdicts', () => {
    expect(compareReplay(original, original.map((x) => ({ ...x })))).toEqual({ added: [], removed: [], verdictChanged: [], identical: true });
  });

  it('another verdict, a candidate more, or another order is not identical', () => {
    expect(compareReplay(original, [c(1, 'ISS', 'probable', '25544'), c(2, 'Venus', 'possible')])).toMatchObject({ identical: false, verdictChanged: [{ from: 'certain', to: 'probable' }] });
    expect(compareReplay(original, [...original, c(3, 'Jupiter', null)])).toMatchObject({ identical: false, added: [{ name: 'Jupiter' }] });
    expect(compareReplay(original, [original[1], original[0]])).toEqual({ added: [], removed: [], verdictChanged: [], identical: false });
  });
});

describe('replaying a stored run', () => {
  const inputs = { observer: { latDeg: 36.154, lonDeg: -95.993, heightM: 200 }, at: '2020-11-11T12:06:00.000Z', direction: null, windowS: 300 };

  it('the request comes from the stored inputs; the engine version is compared with this one', () => {
    const plan = replayPlan({ inputs, providers: [], engine_version: 'nest-screening/0' });
    expect(plan).toMatchObject({ ok: true, request: { atMs: Date.parse(inputs.at), observer: inputs.observer }, providers: [], engineChanged: true });
    expect(replayPlan({ inputs, providers: [], engine_version: ENGINE_VERSION })).toMatchObject({ ok: true, engineChanged: false });
  });

  it('a run whose inputs or provider data cannot be read says which, instead of replaying something else', () => {
    expect(replayPlan({ inputs: {}, providers: [], engine_version: ENGINE_VERSION })).toEqual({ ok: false, message: expect.stringMatching(/inputs/) });
    expect(replayPlan({ inputs, providers: [{ provider: 'satellites' }], engine_version: ENGINE_VERSION })).toEqual({ ok: false, message: expect.stringMatching(/provider data/) });
    const badSet = [{ provider: 'satellites', ok: true, error: null, objectCount: 1, raw: { provider: 'satellites', source: 'x', fetchedAt: null, data: { sets: [{ format: 'tle', norad: 1, name: null, epoch: 'x', lines: ['junk', 'junk'] }] } } }];
    expect(replayPlan({ inputs, providers: badSet, engine_version: ENGINE_VERSION })).toEqual({ ok: false, message: expect.stringMatching(/provider data/) });
  });
});
