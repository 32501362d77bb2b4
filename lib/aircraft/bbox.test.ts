import { aircraftQuerySchema, boxAround, boxArea, creditCost, MAX_BOX_AREA_SQ_DEG, snapBox } from './bbox';

const parse = (bbox: string) => aircraftQuerySchema.safeParse({ bbox });

describe('the aircraft box (bbox=west,south,east,north)', () => {
  it('accepts a city or a country and widens it to the 0.25° grid', () => {
    expect(parse('-71.3,42.2,-70.9,42.5')).toEqual({ success: true, data: { bbox: { west: -71.5, south: 42, east: -70.75, north: 42.5 } } });
    expect(parse(' 5.9962 , 45.8389 , 10.5226 , 47.8229 ').data?.bbox).toEqual({ west: 5.75, south: 45.75, east: 10.75, north: 48 });
  });

  it.each([
    ['three numbers', '1,2,3'],
    ['five numbers', '1,2,3,4,5'],
    ['a word', 'a,b,c,d'],
    ['an exponent', '1e1,2,3,4'],
    ['empty parts', ',,,'],
    ['Infinity', '-Infinity,0,1,1'],
    ['longitude out of range', '-181,0,1,1'],
    ['latitude out of range', '0,-91,1,1'],
    ['west not less than east', '10,0,10,1'],
    ['across the antimeridian', '170,0,-170,10'],
    ['south above north', '0,10,1,5'],
    ['the whole world', '-180,-90,180,90'],
    ['just over the area limit once widened', '0,0,20,20.1'],
  ])('refuses %s, saying why', (_name, bbox) => {
    const r = parse(bbox);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(['bbox']);
    expect(r.error?.issues[0].message).toMatch(/\w+ \w+/);
  });

  it('refuses unknown parameters and a repeated bbox', () => {
    expect(aircraftQuerySchema.safeParse({ bbox: '0,0,1,1', zoom: '5' }).success).toBe(false);
    expect(aircraftQuerySchema.safeParse({ bbox: ['0,0,1,1', '0,0,1,1'] }).success).toBe(false);
    expect(aircraftQuerySchema.safeParse({}).success).toBe(false);
  });

  it('allows exactly the limit, which is OpenSky’s 3-credit tier at most', () => {
    const box = parse('0,0,20,20').data!.bbox;
    expect(boxArea(box)).toBe(MAX_BOX_AREA_SQ_DEG);
    expect(creditCost(box)).toBe(3);
    expect([creditCost({ west: 0, south: 0, east: 5, north: 5 }), creditCost({ west: 0, south: 0, east: 10, north: 10 }), creditCost({ west: 0, south: 0, east: 21, north: 20 })]).toEqual([1, 2, 4]);
  });

  it('snaps outward and stays within the world', () => {
    expect(snapBox({ west: -179.9, south: -89.9, east: 179.9, north: 89.9 })).toEqual({ west: -180, south: -90, east: 180, north: 90 });
    expect(snapBox({ west: 1, south: 2, east: 3, north: 4 })).toEqual({ west: 1, south: 2, east: 3, north: 4 });
  });

  it('a 100 km box around an observer spans 100 km each way', () => {
    const b = boxAround(60, 10, 100);
    expect(b.north - 60).toBeCloseTo(0.899, 2);
    // At 60° a degree of longitude is half as long.
    expect(b.east - 10).toBeCloseTo(1.797, 2);
    expect(boxAround(89.99, 0, 100)).toMatchObject({ west: -180, east: 180, north: 90 });
  });
});
