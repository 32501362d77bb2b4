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

async function timeEach(send: Send, from: number, count: number, into: number[]) {
  for (let i = from; i < from + count; i++) {
    const start = process.hrtime.bigint();
    await send(i);
    into.push(elapsedMs(start));
  }
}

/** `concurrency` workers send back to back for `seconds`; requests still in flight at the end are awaited. */
async function closedLoop(send: Send, from: number, concurrency: number, seconds: number, into: number[]): Promise<{ count: number; wallMs: number }> {
  let next = from;
  const before = into.length;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < deadline) {
      const i = next++;
      const start = process.hrtime.bigint();
      await send(i);
      into.push(elapsedMs(start));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { count: into.length - before, wallMs: elapsedMs(started) };
}

// The contenders take turns in rounds rather than one after the other, so that a burst of load from elsewhere on
// a shared machine lands on all of them alike instead of skewing whichever happened to be running.

/** Per contender: `warmup` unmeasured requests, then `count` measured ones, one at a time, in `rounds` turns. */
export async function sequentialRounds(sends: Send[], warmup: number, count: number, rounds: number): Promise<LatencyStats[]> {
  for (const send of sends) for (let i = 0; i < warmup; i++) await send(i);
  const samples = sends.map((): number[] => []);
  const perRound = Math.ceil(count / rounds);
  for (let done = 0; done < count; done += perRound) {
    const n = Math.min(perRound, count - done);
    for (const [k, send] of sends.entries()) await timeEach(send, warmup + done, n, samples[k]);
  }
  return samples.map(summarize);
}

/** Per contender: a closed loop at `concurrency` for `seconds` in total, in `rounds` turns. */
export async function throughputRounds(sends: Send[], concurrency: number, seconds: number, rounds: number): Promise<ThroughputStats[]> {
  const samples = sends.map((): number[] => []);
  const wallMs = sends.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (const [k, send] of sends.entries()) {
      const run = await closedLoop(send, samples[k].length, concurrency, seconds / rounds, samples[k]);
      wallMs[k] += run.wallMs;
    }
  }
  return samples.map((latencies, k) => {
    const stats = summarize(latencies);
    return { requests: latencies.length, seconds: wallMs[k] / 1000, perSecond: latencies.length / (wallMs[k] / 1000), p50: stats.p50, p99: stats.p99 };
  });
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
