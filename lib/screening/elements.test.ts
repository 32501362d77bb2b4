import { isIss, isStarlink, parseCatalogNumber, parseElements, parseOmmCsv, parseOmmJson, parseTle, pickNearestSets, tleChecksum } from './elements';
import { prepareSatellite, propagateTeme, type PreparedSatellite } from './satellites';
import { describeWithData, readReference } from './testing/reference-data';

const ISS_2020 = ['ISS (ZARYA)', '1 25544U 98067A   20312.93274306  .00001101  00000-0  27781-4 0  9994', '2 25544  51.6471 357.1945 0001957  93.0945 269.7966 15.49392855254302'];

describe('TLE text', () => {
  it('reads a three-line set with CRLF and a BOM, and its epoch', () => {
    const { sets, issues } = parseTle(`\ufeff${ISS_2020.join('\r\n')}\r\n`);
    expect(issues).toEqual([]);
    expect(sets).toEqual([expect.objectContaining({ norad: 25544, name: 'ISS (ZARYA)', intlDesignator: '1998-067A', epoch: '2020-11-07T22:23:09.000Z', checksumOk: true })]);
  });

  it('reads two-line sets without names, 3LE "0 " names, and skips comments', () => {
    const text = ['# comment', ISS_2020[1], ISS_2020[2], `0 ${ISS_2020[0]}`, ISS_2020[1], ISS_2020[2]].join('\n');
    const { sets, issues } = parseTle(text);
    expect(issues).toEqual([]);
    expect(sets.map((s) => s.name)).toEqual([null, 'ISS (ZARYA)']);
  });

  it('keeps a set with a bad checksum (flagged) and reports damaged sets by line, keeping the rest', () => {
    const badSum = ISS_2020[2].slice(0, 68) + '0';
    const garbled = ISS_2020[2].replace('51.6471', '51.6x71');
    const text = ['A', ISS_2020[1], badSum, 'B', ISS_2020[1], garbled, 'C', ISS_2020[1], 'orphan name', 'D', ISS_2020[1], ISS_2020[2]].join('\n');
    const { sets, issues } = parseTle(text);
    expect(sets.map((s) => [s.name, s.format === 'tle' && s.checksumOk])).toEqual([['A', false], ['D', true]]);
    expect(issues).toEqual([
      { line: 5, message: 'line 2 has a field that is not a number' },
      { line: 8, message: 'element line 1 without its line 2' },
      { line: 9, message: 'name line without element lines' },
    ]);
  });

  it('refuses lines of different objects', () => {
    const other = ISS_2020[2].replace('25544', '25545');
    expect(parseTle([ISS_2020[1], other].join('\n')).issues[0].message).toMatch(/different catalogue numbers/);
  });

  it('checksums, Alpha-5 catalogue numbers', () => {
    expect(tleChecksum(ISS_2020[1])).toBe(4);
    expect(parseCatalogNumber('25544')).toBe(25544);
    expect(parseCatalogNumber('A0001')).toBe(100001);
    expect(parseCatalogNumber('Z9999')).toBe(339999);
    expect(parseCatalogNumber('I0001')).toBeNull();
  });
});

describe('OMM', () => {
  it('reports a bad record by index with its field, keeping the others', () => {
    const good = { OBJECT_NAME: 'X', EPOCH: '2024-05-09T08:48:19.938816', MEAN_MOTION: 15.5, ECCENTRICITY: 0.0003, INCLINATION: 51.6, RA_OF_ASC_NODE: 1, ARG_OF_PERICENTER: 2, MEAN_ANOMALY: 3, NORAD_CAT_ID: 1, BSTAR: 0 };
    const { sets, issues } = parseOmmJson(JSON.stringify([good, { ...good, ECCENTRICITY: 1.5 }, { ...good, EPOCH: 'yesterday' }]));
    expect(sets).toHaveLength(1);
    expect(issues.map((i) => [i.line, i.message.split(':')[0]])).toEqual([[2, 'ECCENTRICITY'], [3, 'EPOCH']]);
  });

  it('says when the body is not JSON, and when a CSV row is short', () => {
    expect(parseOmmJson('[{').issues[0].message).toMatch(/not valid JSON/);
    expect(parseOmmCsv('OBJECT_NAME,NORAD_CAT_ID\nA').issues).toEqual([{ line: 2, message: '1 fields where the header has 2' }]);
  });
});

describe('picking the set nearest the report time', () => {
  it('per object, within the age limit', () => {
    const sets = parseTle([ISS_2020[1], ISS_2020[2]].join('\n')).sets;
    expect(pickNearestSets(sets, Date.parse('2020-11-11T12:06:00Z'))).toHaveLength(1);
    expect(pickNearestSets(sets, Date.parse('2020-12-01T00:00:00Z'))).toHaveLength(0);
  });
});

const TRIO = ['tle/celestrak-stations-2024-05-09.tle', 'tle/celestrak-stations-2024-05-09.json', 'tle/celestrak-stations-2024-05-09.csv'];

describeWithData('the 2024 stations trio: TLE, OMM JSON and OMM CSV agree', TRIO, () => {
  const [tle, json, csv] = TRIO.map((f) => parseElements(readReference(f)));

  it('27 satellites each, the same objects, names and epochs (to the millisecond)', () => {
    for (const p of [tle, json, csv]) {
      expect(p.issues).toEqual([]);
      expect(p.sets).toHaveLength(27);
    }
    const key = (p: typeof tle) => p.sets.map((s) => `${s.norad} ${s.name}`).sort();
    expect(key(json)).toEqual(key(tle));
    expect(key(csv)).toEqual(key(tle));
    for (const s of tle.sets) {
      const o = json.sets.find((x) => x.norad === s.norad)!;
      expect(Math.abs(Date.parse(o.epoch) - Date.parse(s.epoch))).toBeLessThanOrEqual(1);
    }
  });

  it('propagate to the same place (within 20 m) a day after epoch', () => {
    const at = Date.parse('2024-05-10T08:00:00Z');
    for (const s of tle.sets) {
      const [a, b, c] = [s, json.sets.find((x) => x.norad === s.norad)!, csv.sets.find((x) => x.norad === s.norad)!].map((x) => propagateTeme(prepareSatellite(x) as PreparedSatellite, at));
      if (!a) continue; // decayed or refused by SGP4 in every format alike
      for (const other of [b, c]) expect(Math.hypot(a[0] - other![0], a[1] - other![1], a[2] - other![2])).toBeLessThan(0.02);
    }
  });

  it('flags the ISS and its modules', () => {
    const flagged = tle.sets.filter(isIss).map((s) => s.name);
    expect(flagged).toEqual(expect.arrayContaining(['ISS (ZARYA)', 'ISS (NAUKA)']));
    expect(tle.sets.filter(isIss).every((s) => s.name?.startsWith('ISS'))).toBe(true);
    expect(tle.sets.some((s) => s.name === 'CSS (TIANHE)' && isIss(s))).toBe(false);
  });
});

describeWithData('real CelesTrak files', ['tle/celestrak-starlink-2021-07-24.tle', 'tle/full-catalog-2022-08-09.tle'], () => {
  it('the Starlink file: every STARLINK-* set flagged, the stray debris and rideshares in it not', () => {
    const { sets, issues } = parseElements(readReference('tle/celestrak-starlink-2021-07-24.tle'));
    expect(issues).toEqual([]);
    expect(sets).toHaveLength(1667);
    // The file's data README says all are Starlink; 11 are FALCON 9 DEB, CAPELLA-6, TYVAK-0130 and the like.
    expect(sets.filter((s) => isStarlink(s))).toHaveLength(1656);
    expect(sets.filter((s) => !isStarlink(s)).every((s) => !s.name?.startsWith('STARLINK'))).toBe(true);
  });

  it('the full catalogue: 25,975 two-line sets behind a BOM, ISS by number', () => {
    const { sets, issues } = parseElements(readReference('tle/full-catalog-2022-08-09.tle'));
    expect(issues).toEqual([]);
    expect(sets).toHaveLength(25_975);
    expect(sets.filter(isIss).map((s) => s.norad)).toEqual([25544]);
    expect(sets.find((s) => s.norad === 44713)?.epoch).toBe(new Date(Date.UTC(2022, 0, 1) + 220.43143782 * 86_400_000).toISOString());
  });
});
