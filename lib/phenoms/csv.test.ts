import { CSV_HEADER, csvNumber, csvRows, csvText, type ExportRow } from '@/lib/phenoms/csv';

describe('CSV cells', () => {
  it('quotes a cell holding a comma, quote or line break, doubling its quotes', () => {
    expect(csvText('plain')).toBe('plain');
    expect(csvText('Leeds, Headingley')).toBe('"Leeds, Headingley"');
    expect(csvText('a "silver" disc')).toBe('"a ""silver"" disc"');
    expect(csvText('one\ntwo')).toBe('"one\ntwo"');
    expect(csvText('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvText(null)).toBe('');
  });

  it('keeps text that a spreadsheet would run as a formula from running', () => {
    expect(csvText('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvText('+1 555')).toBe("'+1 555");
    expect(csvText('-2+3')).toBe("'-2+3");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('\t=1')).toBe("'\t=1");
    expect(csvText('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, negative ones too, and anything else as guarded text', () => {
    expect(csvNumber(-0.1278)).toBe('-0.1278');
    expect(csvNumber('51.5074')).toBe('51.5074');
    expect(csvNumber('-1e-7')).toBe('-1e-7');
    expect(csvNumber(null)).toBe('');
    expect(csvNumber('=1+1')).toBe("'=1+1");
  });
});

describe('CSV rows', () => {
  it('writes one CRLF-terminated line per row, in the header’s column order', () => {
    const row: ExportRow = {
      id: 'a1', title: 'Orb, bright', description: 'line 1\nline 2', occurred_at: '2026-03-04T21:00:00+00:00', occurred_at_precision: 'minute',
      reported_at: '2026-03-05T08:00:00+00:00', latitude: 45.76, longitude: -4.84, location_name: 'Lyon', country: 'FR', shape: null, source: 'web',
      status: 'resolved', outcome: 'planet_star', outcome_confidence: 'certain', assignee: { email: 'analyst@nest.local' },
    };
    expect(CSV_HEADER).toBe('id,title,occurred_at,occurred_at_precision,reported_at,status,outcome,outcome_confidence,assignee,location_name,country,latitude,longitude,shape,source,description\r\n');
    expect(csvRows([row])).toBe(
      'a1,"Orb, bright",2026-03-04T21:00:00+00:00,minute,2026-03-05T08:00:00+00:00,resolved,planet_star,certain,analyst@nest.local,Lyon,FR,45.76,-4.84,,web,"line 1\nline 2"\r\n',
    );
  });
});
