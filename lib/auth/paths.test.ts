import { GENUINE_TARGETS, HOSTILE_TARGETS } from '@/lib/testing/redirect-targets';
import { safeNextPath, signInPath } from './paths';

const ORIGIN = 'http://127.0.0.1:3000';

/** Where a browser actually goes with this Location: it drops tabs/CR/LF first, then resolves against the page. */
function browserDestination(location: string, origin = ORIGIN): URL {
  return new URL(location.replace(/[\t\n\r]/g, ''), `${origin}/sign-in`);
}

describe('safeNextPath (the one safe-redirect decision)', () => {
  it.each(HOSTILE_TARGETS.map((t) => [JSON.stringify(t).slice(0, 60), t]))('keeps %s on the app origin', (_label, target) => {
    for (const origin of [ORIGIN, undefined]) {
      const path = safeNextPath(target, origin);
      expect(path).toMatch(/^\/(?![/\\])/);
      expect(path).not.toMatch(/[\u0000-\u001f\u007f\\]/);
      expect(browserDestination(path).origin).toBe(ORIGIN);
    }
  });

  it('sends the obviously off-site and script targets to /', () => {
    for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example', '/\t/evil.example', '/\r\n/evil.example', 'javascript:alert(1)', '/.//evil.example']) {
      expect({ target, path: safeNextPath(target, ORIGIN) }).toEqual({ target, path: '/' });
    }
  });

  it.each(GENUINE_TARGETS)('keeps the genuine destination %s', (target, expected) => {
    expect(safeNextPath(target, ORIGIN)).toBe(expected);
  });

  it("accepts an absolute URL only when it names the app's own origin", () => {
    expect(safeNextPath(`${ORIGIN}/phenoms?page=2`, ORIGIN)).toBe('/phenoms?page=2');
    expect(safeNextPath('http://127.0.0.1:3001/phenoms', ORIGIN)).toBe('/');
    expect(safeNextPath(`${ORIGIN}/phenoms`)).toBe('/');
  });

  it('returns a path that is safe to put in a Location header (ASCII, percent-encoded)', () => {
    const path = safeNextPath('/phenoms?q=Lichter über Zürich', ORIGIN);
    expect(path).toBe('/phenoms?q=Lichter%20%C3%BCber%20Z%C3%BCrich');
    expect(() => new Headers({ Location: path })).not.toThrow();
  });
});

describe('signInPath', () => {
  it('carries only a safe next', () => {
    expect(signInPath('/phenoms?status=new')).toBe('/sign-in?next=%2Fphenoms%3Fstatus%3Dnew');
    expect(signInPath('/\t/evil.example')).toBe('/sign-in');
  });
});
