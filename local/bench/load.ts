import http from 'node:http';

// Bounded load loops on loopback: sequential requests for latency, a fixed-duration closed loop at a given
// concurrency for throughput. A request is `send(i)`: the i-th request of the workload.

export type Send = (i: number) => Promise<void>;

export interface LatencyStats {
  count: number;
  p50: number;
  p99: number;
  mean: number;
}

export interface ThroughputStats {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** The nearest-rank percentile of ascending `sorted` (milliseconds). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(latencies: number[]): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const mean = sorted.reduce((s, v) => s + v, 0) / (sorted.length || 1);
  return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean };
}

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** `warmup` unmeasured requests, then `count` measured ones, one at a time. */
export async function sequential(send: Send, warmup: number, count: number): Promise<LatencyStats> {
  for (let i = 0; i < warmup; i++) await send(i);
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await send(warmup + i);
    latencies.push(elapsedMs(start));
  }
  return summarize(latencies);
}

/** `concurrency` workers send back to back for `seconds`; requests still in flight at the end are awaited. */
export async function closedLoop(send: Send, concurrency: number, seconds: number): Promise<ThroughputStats> {
  const latencies: number[] = [];
  let next = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const i = next++;
      const start = process.hrtime.bigint();
      await send(i);
      latencies.push(elapsedMs(start));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = elapsedMs(started) / 1000;
  const stats = summarize(latencies);
  return { requests: latencies.length, seconds: wall, perSecond: latencies.length / wall, p50: stats.p50, p99: stats.p99 };
}

/** POSTs JSON over a keep-alive connection pool and resolves with the body text; any non-200 status rejects. */
export function jsonPoster(url: string, maxSockets: number): { post: (body: string, headers: Record<string, string>) => Promise<string>; close: () => void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const target = new URL(url);
  const post = (body: string, headers: Record<string, string>) =>
    new Promise<string>((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode} from ${url}: ${text.slice(0, 300)}`));
            else resolve(text);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
