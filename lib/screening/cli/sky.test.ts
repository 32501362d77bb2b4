import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describeWithData, referencePath } from '../testing/reference-data';
import { skyCommand } from './sky';

const TLE = 'tle/celestrak-iss-25544-2020-11-07.tle';
const ROOT = path.resolve(__dirname, '..', '..', '..');

describeWithData('screen:sky', [TLE], () => {
  const base = ['--lat', '36.154', '--lon', '-95.993', '--height', '200', '--at', '2020-11-11T12:06:00Z'];

  it('prints the objects above the horizon as JSON: the sunlit ISS in the SW, the Moon, Venus', async () => {
    const rows = JSON.parse(await skyCommand([...base, '--elements', referencePath(TLE), '--bodies', '--json']));
    const iss = rows.find((r: { id: unknown }) => r.id === 25544);
    expect(iss).toMatchObject({ kind: 'satellite', name: 'ISS (ZARYA)', sunlit: true, visible: true });
    expect(Object.keys(iss)).toEqual(['kind', 'name', 'id', 'az', 'el', 'range_km', 'sunlit', 'visible', 'magnitude', 'flags']);
    expect(iss.az).toBeGreaterThan(202);
    expect(iss.az).toBeLessThan(248);
    expect(rows.map((r: { kind: string }) => r.kind)).toEqual(expect.arrayContaining(['moon', 'planet', 'satellite']));
    expect(rows.every((r: { el: number }) => r.el > 0)).toBe(true);
  });

  it('without --bodies only satellites; in shadow at 12:03 the ISS is listed but not visible', async () => {
    const rows = JSON.parse(await skyCommand([...base.slice(0, -1), '2020-11-11T12:03:00Z', '--elements', referencePath(TLE), '--json']));
    expect(rows).toEqual([expect.objectContaining({ id: 25544, sunlit: false, visible: false })]);
  });

  it('runs as an npm script', () => {
    const out = execFileSync('npm', ['run', '--silent', 'screen:sky', '--', ...base, '--bodies', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out).map((r: { name: string }) => r.name)).toContain('Moon');
  });
});

describe('screen:sky arguments', () => {
  const ok = ['--lat', '36', '--lon', '-96', '--at', '2020-11-11T12:06:00Z', '--bodies'];
  it.each([
    [['--lat', '91', ...ok.slice(2)], /^--lat: .*90/],
    [[...ok.slice(0, 4), '--at', 'yesterday', '--bodies'], /^--at: /],
    [ok.slice(0, 6), /^--elements: give --elements <file>, --bodies, or both/],
    [[...ok, '--colour', 'red'], /^unknown option --colour/],
    [[...ok, '--lat', '1'], /^--lat given twice/],
    [[...ok, '--elements', '/nonexistent/file.tle'], /^--elements: cannot read \/nonexistent\/file.tle \(ENOENT\)/],
    [['--lat'], /^--lat needs a value/],
  ])('%j → %s', async (argv, message) => {
    await expect(skyCommand(argv as string[])).rejects.toThrow(message);
  });

  it('exits 2 with one line on stderr, no stack trace', () => {
    const r = spawnSync('npm', ['run', '--silent', 'screen:sky', '--', '--lat', 'north'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^screen:sky: --lat: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
