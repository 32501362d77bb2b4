import fs from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';

/** hasura/migrations/default: the one schema source, shared with the Hasura CLI. */
export const DEFAULT_MIGRATIONS_DIR = path.resolve(__dirname, '../../hasura/migrations/default');

// Any constant works; it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK_KEY = 7_363_657_400_001;
const MIGRATION_DIR_NAME = /^(\d{1,18})_([A-Za-z0-9_-]+)$/;

export interface Migration {
  version: bigint;
  name: string;
  dir: string;
}

export interface MigrateOptions {
  /** Defaults to hasura/migrations/default. */
  migrationsDir?: string;
  log?: (line: string) => void;
}

export class MigrationError extends Error {}

/** The migrations in a directory laid out as the Hasura CLI does (`<version>_<name>/up.sql`), oldest first. */
export async function listMigrations(migrationsDir = DEFAULT_MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const migrations: Migration[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const match = MIGRATION_DIR_NAME.exec(entry.name);
    if (!match) throw new MigrationError(`${entry.name}: migration folders must be named <version>_<name>`);
    migrations.push({ version: BigInt(match[1]), name: match[2], dir: path.join(migrationsDir, entry.name) });
  }
  migrations.sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i].version === migrations[i - 1].version) {
      throw new MigrationError(`two migrations share version ${migrations[i].version}`);
    }
  }
  return migrations;
}

async function readSql(migration: Migration, file: 'up.sql' | 'down.sql'): Promise<string> {
  try {
    return await fs.readFile(path.join(migration.dir, file), 'utf8');
  } catch {
    throw new MigrationError(`${path.basename(migration.dir)}: ${file} is missing`);
  }
}

/**
 * Runs `work` holding the migration lock, with the state table in place and known clean. The lock makes a
 * second migrator (dev stack and a test run at once) wait instead of applying the same migration twice.
 */
async function withMigrationState<T>(databaseUrl: string, work: (client: Client, applied: Set<bigint>) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    // The same table the Hasura CLI keeps, so `hasura migrate status` and this runner agree.
    await client.query(`CREATE SCHEMA IF NOT EXISTS hdb_catalog;
      CREATE TABLE IF NOT EXISTS hdb_catalog.schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)`);
    const { rows } = await client.query<{ version: string; dirty: boolean }>('SELECT version, dirty FROM hdb_catalog.schema_migrations');
    const dirty = rows.find((r) => r.dirty);
    if (dirty) {
      throw new MigrationError(`migration ${dirty.version} is marked dirty: repair the schema by hand, then set dirty = false`);
    }
    return await work(client, new Set(rows.map((r) => BigInt(r.version))));
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

/** Runs one migration file and its bookkeeping in one transaction: it lands completely or not at all. */
async function runInTransaction(client: Client, migration: Migration, sql: string, bookkeeping: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(sql);
    await client.query(bookkeeping, [migration.version.toString()]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`${migration.version}_${migration.name} failed: ${reason}`);
  }
}

/** Applies every migration not yet recorded in hdb_catalog.schema_migrations, oldest first. Idempotent. */
export async function migrate(databaseUrl: string, options: MigrateOptions = {}): Promise<Migration[]> {
  const migrations = await listMigrations(options.migrationsDir);
  const log = options.log ?? (() => {});
  return withMigrationState(databaseUrl, async (client, applied) => {
    const done: Migration[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      const sql = await readSql(migration, 'up.sql');
      await runInTransaction(client, migration, sql, 'INSERT INTO hdb_catalog.schema_migrations (version, dirty) VALUES ($1, false)');
      log(`applied ${migration.version}_${migration.name}`);
      done.push(migration);
    }
    return done;
  });
}

/** Reverts the newest `steps` applied migrations with their down.sql, newest first. */
export async function rollback(databaseUrl: string, steps: number, options: MigrateOptions = {}): Promise<Migration[]> {
  const migrations = await listMigrations(options.migrationsDir);
  const log = options.log ?? (() => {});
  return withMigrationState(databaseUrl, async (client, applied) => {
    const toRevert = migrations.filter((m) => applied.has(m.version)).reverse().slice(0, steps);
    for (const migration of toRevert) {
      const sql = await readSql(migration, 'down.sql');
      await runInTransaction(client, migration, sql, 'DELETE FROM hdb_catalog.schema_migrations WHERE version = $1');
      log(`reverted ${migration.version}_${migration.name}`);
    }
    return toRevert;
  });
}

/** Versions recorded as applied, oldest first. */
export async function appliedVersions(databaseUrl: string): Promise<bigint[]> {
  return withMigrationState(databaseUrl, async (_client, applied) => [...applied].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
}
