import type { BulkCorrelationProgress } from '../bulk';

/**
 * The bulk correlation's progress on stderr. On a terminal one bar redrawn in place (`\r`); otherwise (a log file,
 * CI) a plain line every `every` phenoms and a last one at the end, so a log is readable and not one long line.
 */

const WIDTH = 30;

export function progressText(p: BulkCorrelationProgress): string {
  const counts = `${p.done}${p.total !== null ? ` of ${p.total}` : ''} phenoms · ${p.stored} correlated · ${p.possible} possible aircraft · ${p.skipped} skipped · ${p.failed} failed`;
  if (p.total === null || p.total === 0) return counts;
  const filled = Math.min(WIDTH, Math.round((WIDTH * p.done) / p.total));
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${Math.floor((100 * p.done) / p.total)}% ${counts}`;
}

export interface ProgressOut {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function progressReporter(out: ProgressOut, every = 50) {
  let lastLine = 0;
  return {
    update(p: BulkCorrelationProgress) {
      if (out.isTTY) out.write(`\r${progressText(p)}`);
      else if (p.done - lastLine >= every) {
        lastLine = p.done;
        out.write(`${progressText(p)}\n`);
      }
    },
    end(p: BulkCorrelationProgress, stopped: boolean) {
      out.write(`${out.isTTY ? '\r' : ''}${progressText(p)}\n`);
      if (stopped) out.write('Stopped. Run the same command again to go on: phenoms already correlated are skipped.\n');
    },
  };
}
