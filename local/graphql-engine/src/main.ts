import pg from 'pg';
import { loadEngineConfig, statementTimeoutMs } from './config';
import { DEFAULT_SOURCE_SETTINGS, loadMetadata, MetadataError } from './metadata';
import { loadCatalog } from './catalog';
import { buildModel } from './model/build';
import { Engine } from './engine';
import { createHttpServer } from './http';
import { createAuthenticator, loadAuthConfig } from './auth';
import { ApiLimits } from './limits';
import { backendCanceller } from './execute/cancel';

// Entry point: `npm run graphql-engine`. Configured by Hasura's environment variables; a bad setting or
// metadata file stops start-up with a message naming it.

async function main() {
  const config = loadEngineConfig(process.env);
  const authenticate = createAuthenticator(loadAuthConfig(process.env));
  const metadata = loadMetadata(config.HASURA_GRAPHQL_METADATA_DIR);
  const source = metadata.source ?? DEFAULT_SOURCE_SETTINGS;
  const limits = new ApiLimits(metadata.apiLimits);
  // Connections are replaced after the source's connection_lifetime, as in Hasura; that also bounds the named
  // prepared statements each connection accumulates. statement_timeout bounds every statement even when a
  // cancellation at the time limit never reaches the database.
  const statementTimeout = statementTimeoutMs(config.HASURA_GRAPHQL_PG_STATEMENT_TIMEOUT, limits.longestTimeSeconds);
  const pool = new pg.Pool({
    connectionString: config.HASURA_GRAPHQL_DATABASE_URL,
    max: config.HASURA_GRAPHQL_PG_CONNECTIONS,
    maxLifetimeSeconds: source.connectionLifetimeSeconds,
    ...(statementTimeout > 0 ? { statement_timeout: statementTimeout } : {}),
  });
  pool.on('error', (e) => process.stderr.write(`graphql-engine: idle database connection failed: ${e.message}\n`));
  // Cancellations go through their own connections, so they get through while the main pool is busy.
  const cancelPool = new pg.Pool({ connectionString: config.HASURA_GRAPHQL_DATABASE_URL, max: 2 });
  cancelPool.on('error', (e) => process.stderr.write(`graphql-engine: idle cancel connection failed: ${e.message}\n`));
  const catalog = await loadCatalog(pool);
  const model = await buildModel(metadata, catalog, pool, { stringifyNumbers: config.HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES });
  const engine = new Engine(model, pool, {
    maxDepth: config.HASURA_GRAPHQL_MAX_QUERY_DEPTH,
    planCacheSize: config.HASURA_GRAPHQL_PLAN_CACHE_SIZE,
    namedStatements: source.usePreparedStatements,
    limits,
    cancelBackend: backendCanceller(cancelPool),
  });
  const server = createHttpServer({
    maxBodyBytes: config.HASURA_GRAPHQL_MAX_BODY_BYTES,
    authenticate,
    run: (request, session, signal) => engine.run(request, session, signal),
    limitsFor: (role) => engine.limitsFor(role),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  server.listen(config.HASURA_GRAPHQL_SERVER_PORT, config.HASURA_GRAPHQL_SERVER_HOST, () => {
    process.stdout.write(`graphql-engine: serving ${model.tables.length} tables on http://${config.HASURA_GRAPHQL_SERVER_HOST}:${config.HASURA_GRAPHQL_SERVER_PORT}/v1/graphql\n`);
  });
  const stop = () => {
    server.close();
    Promise.allSettled([pool.end(), cancelPool.end()]).finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  const message = e instanceof MetadataError || e instanceof Error ? e.message : String(e);
  process.stderr.write(`graphql-engine: start-up failed: ${message}\n`);
  process.exit(1);
});
