import { PhenomExportPageDocument } from '@/graphql/generated/graphql';
import { parseQuery } from '@/lib/api/parse';
import { withStaff } from '@/lib/auth';
import { CSV_HEADER, csvRows } from '@/lib/phenoms/csv';
import { exportPagePlan, phenomExportQuerySchema, positionAfter, type ExportPosition } from '@/lib/phenoms/export-query';

/** A page deep into a text search may scan many rows to find 2,000 matches: more time than a table page. */
const PAGE_TIMEOUT_MS = 30_000;

/**
 * The current view of the phenom table as CSV, every matching row, streamed: each page is asked for only when the
 * client has taken the previous one (ReadableStream pull), so memory stays at one page however many rows there
 * are. The first page is read before answering, so a refused or failed start is a proper JSON error; a failure
 * later aborts the download (a truncated file must not look complete).
 */
export const GET = withStaff(async ({ req, hasura }) => {
  const query = parseQuery(req, phenomExportQuerySchema);
  const page = (at: ExportPosition | null) => hasura(PhenomExportPageDocument, exportPagePlan(query, at), { timeoutMs: PAGE_TIMEOUT_MS });
  const encoder = new TextEncoder();
  const first = (await page(null)).phenom;
  let at = positionAfter(query, first);
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        // A byte-order mark, so spreadsheets read the UTF-8 place names (Zürich, Orléans) as such.
        controller.enqueue(encoder.encode(`\uFEFF${CSV_HEADER}${csvRows(first)}`));
        if (!at) controller.close();
      },
      async pull(controller) {
        if (!at) return;
        const rows = (await page(at)).phenom;
        at = positionAfter(query, rows);
        controller.enqueue(encoder.encode(csvRows(rows)));
        if (!at) controller.close();
      },
    },
    // One page queued ahead at most: the next is read while the client takes this one.
    { highWaterMark: 1 },
  );
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="phenoms-${day}.csv"`,
      'x-content-type-options': 'nosniff',
    },
  });
});
