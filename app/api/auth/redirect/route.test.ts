import { NextRequest } from 'next/server';
import { packPath } from '@/lib/auth/paths';
import { GENUINE_TARGETS, HOSTILE_TARGETS } from '@/lib/testing/redirect-targets';
import { GET } from './route';

const ORIGIN = 'http://127.0.0.1:3000';

/** btoa takes Latin-1 only; the route unpacks to a byte string either way. */
const pack = (to: string) => packPath(Buffer.from(to, 'utf8').toString('latin1'));

function redirect(query: string) {
  return GET(new NextRequest(`${ORIGIN}/api/auth/redirect?${query}`));
}

describe('/api/auth/redirect', () => {
  it('redirects to a same-site path, relative to the host the browser used', () => {
    const res = redirect(`to=${pack('/sign-in?next=%2Fphenoms%3Fa%3D1%26b%3D2')}`);
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fphenoms%3Fa%3D1%26b%3D2');
  });

  it.each(GENUINE_TARGETS)('keeps the genuine target %s', (target, expected) => {
    expect(redirect(`to=${pack(target)}`).headers.get('location')).toBe(expected);
  });

  it.each(HOSTILE_TARGETS.map((t) => [JSON.stringify(t).slice(0, 60), t]))('never leaves the origin, never fails, for %s', (_label, target) => {
    for (const query of [`to=${pack(target)}`, `to=${encodeURIComponent(target)}`]) {
      const res = redirect(query);
      expect(res.status).toBe(307);
      const location = res.headers.get('location')!;
      // What the browser does with it: drop tabs/CR/LF, resolve against the redirect route's own URL.
      expect(new URL(location.replace(/[\t\n\r]/g, ''), `${ORIGIN}/api/auth/redirect`).origin).toBe(ORIGIN);
    }
  });

  it('ignores a value that is not a packed path', () => {
    expect(redirect('to=%2F%2Fevil.example').headers.get('location')).toBe('/');
    expect(redirect('').headers.get('location')).toBe('/');
  });
});
