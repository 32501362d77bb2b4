import http from 'node:http';
import { Pool } from 'pg';
import { benchChildEnv } from './child-env';
import { z } from 'zod';

// The floor for any Node HTTP server in front of PostgreSQL: it reads a JSON body holding the engine's already
// compiled SQL and parameters, runs it through `pg`, and answers the JSON. No GraphQL, no auth, no compiling.
// The engine cannot be faster than this; the gap between the two is what the engine's own code costs.

const env = benchChildEnv;

const bodySchema = z.object({ text: z.string(), values: z.array(z.unknown()) });

const pool = new Pool({ connectionString: env.BENCH_DATABASE_URL, max: env.BENCH_PG_CONNECTIONS });

function send(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function parseBody(raw: string) {
  try {
    return bodySchema.safeParse(JSON.parse(raw));
  } catch {
    return { success: false as const };
  }
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') return send(res, 200, '{}');
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const parsed = parseBody(Buffer.concat(chunks).toString('utf8'));
    if (!parsed.success) return send(res, 400, '{"errors":[{"message":"bad request"}]}');
    pool.query<{ j: string }>(parsed.data).then(
      (r) => send(res, 200, `{"data":{"sighting":${r.rows[0].j}}}`),
      (e: Error) => send(res, 500, JSON.stringify({ errors: [{ message: e.message }] })),
    );
  });
});

server.listen(env.BENCH_PORT, '127.0.0.1', () => process.stdout.write(`hop-server: serving on http://127.0.0.1:${env.BENCH_PORT}/\n`));
const stop = () => {
  server.close();
  pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
