import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { GET } from './clusters/route';

// The clusters' query string: the box, the zoom and the phenom table's filters, each refused by name.
const ask = (name: string, query: string, field: string, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name,
  handler: GET,
  method: 'GET',
  path: `/api/map/clusters?${query}`,
  status: 422,
  field,
  code: 'invalid_input',
  ...extra,
});

const cases: MalformedCase[] = [
  ask('no box', 'zoom=2', 'bbox'),
  ask('no zoom', 'bbox=-10,40,10,50', 'zoom'),
  ask('three numbers', 'bbox=1,2,3&zoom=2', 'bbox'),
  ask('words for a box', 'bbox=west,south,east,north&zoom=2', 'bbox'),
  ask('longitude past 180', 'bbox=170,0,181,1&zoom=2', 'bbox'),
  ask('latitude past 90', 'bbox=0,80,1,91&zoom=2', 'bbox'),
  ask('south above north', 'bbox=0,10,1,5&zoom=2', 'bbox'),
  ask('west equal to east', 'bbox=5,0,5,1&zoom=2', 'bbox'),
  ask('the world at zoom 5 (too many cells)', 'bbox=-180,-90,180,90&zoom=5', 'bbox'),
  ask('box given twice', 'bbox=0,0,1,1&bbox=0,0,1,1&zoom=2', 'bbox'),
  ask('zoom as a fraction', 'bbox=0,0,1,1&zoom=2.5', 'zoom'),
  ask('negative zoom', 'bbox=0,0,1,1&zoom=-1', 'zoom'),
  ask('zoom past 24', 'bbox=0,0,1,1&zoom=30', 'zoom'),
  ask('unknown status', 'bbox=0,0,1,1&zoom=2&status=done', 'status'),
  ask('unknown outcome', 'bbox=0,0,1,1&zoom=2&outcome=ufo', 'outcome'),
  ask('not a day', 'bbox=0,0,1,1&zoom=2&from=yesterday', 'from'),
  ask('to before from', 'bbox=0,0,1,1&zoom=2&from=2026-02-01&to=2026-01-01', 'to'),
  ask('a sort (the map has none)', 'bbox=0,0,1,1&zoom=2&sort=title', 'sort'),
  ask('no token', 'bbox=0,0,1,1&zoom=2', 'bbox', { status: 401, code: 'unauthenticated', field: undefined, as: 'anonymous' }),
];

export const table: MalformedTable = { area: 'map', cases };
