import { csvRecords } from '@/lib/testing/csv';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { GET } from './route';

/** The CSV export against the real engine and database: more rows than one engine page, hostile text, every sort. */
const stack = setUpApiStack('phenoms_export');
let staff: StaffMember;
const ROWS = 4_500; // over two engine pages of 2,000

beforeAll(async () => {
  staff = await stack.staff({ name: 'exporter' });
  // Every 3rd row without a place (a nullable sort column), every 2nd in triage, one with text a spreadsheet would run.
  await stack.sql(
    `INSERT INTO public.phenom (title, description, occurred_at, location_name, status, latitude, longitude)
     SELECT 'Light ' || i, CASE WHEN i = 7 THEN E'two\\nlines, "quoted"' ELSE '' END,
            timestamptz '2024-01-01T00:00:00Z' + (i % 1000) * interval '1 hour',
            CASE WHEN i % 3 = 0 THEN NULL ELSE 'Place ' || (i % 50) END,
            CASE WHEN i % 2 = 0 THEN 'triage' ELSE 'new' END, 51.5, -0.1
     FROM generate_series(1, ${ROWS}) AS i`,
  );
  await stack.sql(`INSERT INTO public.phenom (title, occurred_at, location_name, status) VALUES ('=HYPERLINK("http://x","y")', '2023-06-01T00:00:00Z', '@evil', 'new')`);
  await stack.sql(`INSERT INTO public.phenom (title, occurred_at, deleted_at) VALUES ('Deleted light', '2023-06-02T00:00:00Z', now())`);
});

const exportCsv = (query: string) => stack.call(GET, { path: `/api/phenoms/export${query}`, as: staff });

describe('GET /api/phenoms/export', () => {
  it('streams every live row of the view as CSV, in the view’s order', async () => {
    const res = await exportCsv('?status=triage&sort=occurred_at&dir=asc');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="phenoms-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRecords(await res.text());
    const expected = await stack.sql<{ id: string }>(`SELECT id FROM public.phenom WHERE status = 'triage' AND deleted_at IS NULL ORDER BY occurred_at, id`);
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(rows[0]).toMatchObject({ status: 'triage', latitude: '51.5', longitude: '-0.1' });
    expect(rows.find((r) => r.title === 'Light 7')).toBeUndefined();
  });

  it('keeps quotes and line breaks intact and formulas from running', async () => {
    const rows = csvRecords(await (await exportCsv('?status=new&q=light 7')).text());
    expect(rows.find((r) => r.title === 'Light 7')?.description).toBe('two\nlines, "quoted"');
    const [hostile] = csvRecords(await (await exportCsv('?q=HYPERLINK')).text());
    expect(hostile).toMatchObject({ title: `'=HYPERLINK("http://x","y")`, location_name: "'@evil" });
  });

  it('pages a sort on a column that can be empty: every row once, the empty ones last', async () => {
    for (const dir of ['asc', 'desc']) {
      const rows = csvRecords(await (await exportCsv(`?sort=location_name&dir=${dir}`)).text());
      const expected = await stack.sql<{ id: string }>(
        `SELECT id FROM public.phenom WHERE deleted_at IS NULL ORDER BY location_name ${dir} NULLS LAST, id ${dir}`,
      );
      expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    }
  });

  it('refuses paging parameters by name: the export is the whole view', async () => {
    const res = await exportCsv('?limit=10');
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe('limit');
  });
});
