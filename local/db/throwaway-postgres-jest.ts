import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

// Starting and stopping embedded PostgreSQL takes a while on a shared machine.
const SERVER_TIMEOUT_MS = 60_000;

/**
 * One throwaway PostgreSQL per test file: started before its tests and removed after them. Call at the top level
 * of a test file; freshDatabase() then gives each test (or describe) its own empty database, so tests cannot see
 * each other's rows.
 */
export function setUpThrowawayPostgres(databasePrefix: string): { freshDatabase(): Promise<string> } {
  let pg: ThrowawayPostgres | undefined;
  let created = 0;
  beforeAll(async () => {
    pg = await startThrowawayPostgres();
  }, SERVER_TIMEOUT_MS);
  afterAll(async () => {
    await pg?.stop();
  }, SERVER_TIMEOUT_MS);
  return {
    freshDatabase() {
      if (!pg) throw new Error('freshDatabase() runs inside tests or hooks, after the throwaway PostgreSQL has started');
      return createDatabase(pg, `${databasePrefix}_${++created}`);
    },
  };
}
