// A progress bar on stderr (stdout stays clean for scripts). Redraws in place on a terminal; elsewhere (CI logs)
// prints a line every 10% instead of thousands of carriage returns.

const WIDTH = 30;

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const m = Math.floor(seconds / 60);
  const s = Math.round(seconds % 60);
  return m > 0 ? `${m}m${String(s).padStart(2, '0')}s` : `${s}s`;
}

export function renderBar(label: string, done: number, total: number, elapsedS: number): string {
  const fraction = total === 0 ? 1 : done / total;
  const filled = Math.round(fraction * WIDTH);
  const eta = fraction > 0 ? (elapsedS / fraction) * (1 - fraction) : Number.POSITIVE_INFINITY;
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} elapsed ${formatDuration(elapsedS)} eta ${formatDuration(eta)}`;
}

export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now) {
  const started = now();
  let lastDraw = 0;
  let lastDecile = -1;
  return {
    update(done: number, total: number) {
      const t = now();
      const elapsedS = (t - started) / 1000;
      if (stream.isTTY) {
        if (t - lastDraw < 100 && done < total) return;
        lastDraw = t;
        stream.write(`\r${renderBar(label, done, total, elapsedS)}`);
        if (done >= total) stream.write('\n');
      } else {
        const decile = Math.floor((done / Math.max(1, total)) * 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        stream.write(`${renderBar(label, done, total, elapsedS)}\n`);
      }
    },
  };
}
