import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { GET } from './route';

// Hostile boxes: every row is refused before OpenSky is asked anything (no credits spent on bad input).
const box = (name: string, query: string, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  name,
  handler: GET,
  method: 'GET',
  path: `/api/aircraft?${query}`,
  status: 422,
  field: 'bbox',
  code: 'invalid_input',
  ...extra,
});

const cases: MalformedCase[] = [
  box('no box at all', ''),
  box('three numbers', 'bbox=1,2,3'),
  box('five numbers', 'bbox=1,2,3,4,5'),
  box('words', 'bbox=west,south,east,north'),
  box('NaN', 'bbox=NaN,0,1,1'),
  box('hex numbers', 'bbox=0x1,0,1,1'),
  box('longitude past 180', 'bbox=179,0,181,1'),
  box('latitude past 90', 'bbox=0,89,1,91'),
  box('west equal to east', 'bbox=5,0,5,1'),
  box('across the antimeridian', 'bbox=179,0,-179,1'),
  box('south above north', 'bbox=0,10,1,5'),
  box('the whole world', 'bbox=-180,-90,180,90'),
  box('a continent', 'bbox=-30,30,40,70'),
  box('a huge value', `bbox=${huge(5000)}`),
  box('bbox given twice', 'bbox=0,0,1,1&bbox=0,0,2,2'),
  box('unknown parameter', 'bbox=0,0,1,1&extended=1', { field: 'extended' }),
  box('no token', 'bbox=0,0,1,1', { as: 'anonymous', status: 401, field: undefined, code: 'unauthenticated' }),
];

export const table: MalformedTable = { area: 'aircraft', cases };
