// First: PostGraphile's modules need it when they run.
import './promise-with-resolvers';
import http from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { ROLE, TEAM_SETTING } from './dataset';
import { benchChildEnv } from './child-env';

// PostGraphile v5 over the benchmark database, as its own process (like the engine, so neither shares the load
// generator's event loop). A request carrying `x-bench-team` runs as the analyst role with that team in a
// transaction-local setting, which the row-level security policies read; without it, it runs as the connecting
// superuser (used for the "team as a query condition" variant).

const env = benchChildEnv;

const TEAM_HEADER = 'x-bench-team';

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: env.BENCH_DATABASE_URL, schemas: ['public'], poolConfig: { max: env.BENCH_PG_CONNECTIONS } })],
  grafserv: { graphiql: false, watch: false },
  grafast: {
    explain: false,
    context(requestContext) {
      const team = requestContext.node?.req.headers[TEAM_HEADER];
      return typeof team === 'string' ? { pgSettings: { role: ROLE, [TEAM_SETTING]: team } } : {};
    },
  },
});

async function main() {
  const serv = pgl.createServ(grafserv);
  const server = http.createServer();
  await serv.addTo(server, false);
  await pgl.getSchema();
  server.listen(env.BENCH_PORT, '127.0.0.1', () => process.stdout.write(`postgraphile: serving on http://127.0.0.1:${env.BENCH_PORT}/graphql\n`));
  const stop = () => {
    server.close();
    Promise.resolve(pgl.release()).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`postgraphile: start-up failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
