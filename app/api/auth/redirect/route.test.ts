import { NextRequest } from 'next/server';
import { packPath } from '@/lib/auth/paths';
import { GET } from './route';

const locationFor = (to: string) => GET(new NextRequest(`http://localhost:3000/api/auth/redirect?to=${packPath(to)}`)).headers.get('location');

describe('/api/auth/redirect', () => {
  it('redirects to a same-site path, relative to the host the browser used', () => {
    expect(locationFor('/sign-in?next=%2Fphenoms%3Fa%3D1%26b%3D2')).toBe('/sign-in?next=%2Fphenoms%3Fa%3D1%26b%3D2');
  });

  it('ignores a value that is not a packed path', () => {
    const res = GET(new NextRequest('http://localhost:3000/api/auth/redirect?to=%2F%2Fevil.example'));
    expect(res.headers.get('location')).toBe('/');
  });

  it('never sends the browser to another site', () => {
    for (const evil of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      expect(locationFor(evil)).toBe('/');
    }
  });
});
