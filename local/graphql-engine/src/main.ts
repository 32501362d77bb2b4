import pg from 'pg';
import { loadEngineConfig } from './config';
import { DEFAULT_SOURCE_SETTINGS, loadMetadata, MetadataError } from './metadata';
import { loadCatalog } from './catalog';
import { buildModel } from './model/build';
import { Engine } from './engine';
import { createHttpServer } from './http';
import { createAuthenticator, loadAuthConfig } from './auth';

// Entry point: `npm run graphql-engine`. Configured by Hasura's environment variables; a bad setting or
// metadata file stops start-up with a message naming it.

async function main() {
  const config = loadEngineConfig(process.env);
  const authenticate = createAuthenticator(loadAuthConfig(process.env));
  const metadata = loadMetadata(config.HASURA_GRAPHQL_METADATA_DIR);
  const source = metadata.source ?? DEFAULT_SOURCE_SETTINGS;
  // Connections are replaced after the source's connection_lifetime, as in Hasura; that also bounds the named
  // prepared statements each connection accumulates.
  const pool = new pg.Pool({
    connectionString: config.HASURA_GRAPHQL_DATABASE_URL,
    max: config.HASURA_GRAPHQL_PG_CONNECTIONS,
    maxLifetimeSeconds: source.connectionLifetimeSeconds,
  });
  pool.on('error', (e) => process.stderr.write(`graphql-engine: idle database connection failed: ${e.message}\n`));
  const catalog = await loadCatalog(pool);
  const model = await buildModel(metadata, catalog, pool, { stringifyNumbers: config.HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES });
  const engine = new Engine(model, pool, {
    maxDepth: config.HASURA_GRAPHQL_MAX_QUERY_DEPTH,
    planCacheSize: config.HASURA_GRAPHQL_PLAN_CACHE_SIZE,
    namedStatements: source.usePreparedStatements,
  });
  const server = createHttpServer({
    maxBodyBytes: config.HASURA_GRAPHQL_MAX_BODY_BYTES,
    authenticate,
    run: (request, session) => engine.run(request, session),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  server.listen(config.HASURA_GRAPHQL_SERVER_PORT, config.HASURA_GRAPHQL_SERVER_HOST, () => {
    process.stdout.write(`graphql-engine: serving ${model.tables.length} tables on http://${config.HASURA_GRAPHQL_SERVER_HOST}:${config.HASURA_GRAPHQL_SERVER_PORT}/v1/graphql\n`);
  });
  const stop = () => {
    server.close();
    pool.end().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  const message = e instanceof MetadataError || e instanceof Error ? e.message : String(e);
  process.stderr.write(`graphql-engine: start-up failed: ${message}\n`);
  process.exit(1);
});
