import { z } from 'zod';

// What local/bench/engine.ts hands every contender it starts as a child process (the bare-HTTP floor and
// PostGraphile): the same database, a port of its own and the same pool size, so they compete on equal terms.
export const benchChildEnv = z
  .object({
    BENCH_DATABASE_URL: z.string().min(1),
    BENCH_PORT: z.coerce.number().int().positive(),
    BENCH_PG_CONNECTIONS: z.coerce.number().int().positive(),
  })
  .parse(process.env);
