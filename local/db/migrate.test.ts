import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { appliedVersions, listMigrations, migrate, rollback } from './migrate';
import { withClient } from './throwaway-postgres';
import { setUpThrowawayPostgres } from './throwaway-postgres-jest';

const { freshDatabase } = setUpThrowawayPostgres('migrate_test');

async function query<T extends object>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await withClient(url, (client) => client.query<T>(sql, params))).rows;
}

/** Every column of every public table, to compare schemas. */
const publicColumns = (url: string) =>
  query<{ table_name: string; column_name: string; data_type: string }>(
    url,
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`,
  );

async function scratchMigrations(files: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nest-migrations-'));
  for (const [name, sql] of Object.entries(files)) {
    await fs.mkdir(path.join(dir, path.dirname(name)), { recursive: true });
    await fs.writeFile(path.join(dir, name), sql);
  }
  return dir;
}

describe('migrate', () => {
  it('applies every migration once and records it as the Hasura CLI does', async () => {
    const url = await freshDatabase();
    const all = await listMigrations();
    const first = await migrate(url);
    expect(first.map((m) => m.version)).toEqual(all.map((m) => m.version));
    expect(await migrate(url)).toEqual([]);
    const recorded = await query<{ version: string; dirty: boolean }>(url, 'SELECT version, dirty FROM hdb_catalog.schema_migrations ORDER BY version');
    expect(recorded).toEqual(all.map((m) => ({ version: m.version.toString(), dirty: false })));
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['users', 'phenom', 'phenom_media', 'list_shares', 'audit_log']));
  });

  it('reverts with down.sql and re-applies to the same schema', async () => {
    const url = await freshDatabase();
    await migrate(url);
    const before = await publicColumns(url);
    const all = await listMigrations();
    await rollback(url, all.length);
    expect(await publicColumns(url)).toEqual([]);
    expect(await appliedVersions(url)).toEqual([]);
    await migrate(url);
    expect(await publicColumns(url)).toEqual(before);
  });

  it('leaves nothing behind from a failing migration and names it', async () => {
    const url = await freshDatabase();
    const dir = await scratchMigrations({
      '1_good/up.sql': 'CREATE TABLE a (id int);',
      '2_bad/up.sql': 'CREATE TABLE b (id int); SELECT * FROM no_such_table;',
    });
    await expect(migrate(url, { migrationsDir: dir })).rejects.toThrow(/2_bad failed/);
    expect(await appliedVersions(url)).toEqual([1n]);
    const tables = await query<{ table_name: string }>(url, `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(tables.map((t) => t.table_name)).toEqual(['a']);
    await fs.rm(dir, { recursive: true });
  });

  it('refuses to run over a migration marked dirty', async () => {
    const url = await freshDatabase();
    await migrate(url);
    await query(url, 'UPDATE hdb_catalog.schema_migrations SET dirty = true WHERE version = (SELECT max(version) FROM hdb_catalog.schema_migrations)');
    await expect(migrate(url)).rejects.toThrow(/dirty/);
  });

  it('rejects folders that are not <version>_<name>', async () => {
    const dir = await scratchMigrations({ 'init/up.sql': 'SELECT 1;' });
    await expect(listMigrations(dir)).rejects.toThrow(/<version>_<name>/);
    await fs.rm(dir, { recursive: true });
  });
});

describe('schema behaviour', () => {
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase();
    await migrate(url);
    await query(url, `INSERT INTO users (id, email, has_access) VALUES ('u-1', 'ann@nest.local', true)`);
  });

  const insertPhenom = (values: Record<string, unknown>) => {
    const row = { title: 'Light over the lake', occurred_at: '2024-05-01T21:30:00Z', ...values };
    const columns = Object.keys(row);
    return query<{ id: string }>(
      url,
      `INSERT INTO phenom (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(row),
    );
  };

  it('rejects impossible values', async () => {
    await expect(insertPhenom({ latitude: 91, longitude: 0 })).rejects.toThrow(/check constraint/);
    await expect(insertPhenom({ latitude: 10, longitude: -181 })).rejects.toThrow(/check constraint/);
    await expect(insertPhenom({ latitude: 10 })).rejects.toThrow(/phenom_lat_lng_together/);
    await expect(insertPhenom({ duration_s: -1 })).rejects.toThrow(/check constraint/);
    await expect(insertPhenom({ status: 'closed' })).rejects.toThrow(/foreign key/);
    await expect(insertPhenom({ outcome_confidence: 'sure' })).rejects.toThrow(/foreign key/);
    await expect(insertPhenom({ latitude: 45.5, longitude: -73.6, duration_s: 0 })).resolves.toHaveLength(1);
  });

  it('audits phenom writes with the Hasura session user as actor', async () => {
    await withClient(url, async (client) => {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': 'nest-access', 'x-hasura-user-id': 'u-1' })]);
      const { rows } = await client.query<{ id: string }>(`INSERT INTO phenom (title, occurred_at) VALUES ('Triangle', now()) RETURNING id`);
      await client.query(`UPDATE phenom SET status = 'triage' WHERE id = $1`, [rows[0].id]);
      await client.query('COMMIT');
      const audit = await client.query<{ actor_id: string; action: string; diff: Record<string, unknown> }>(
        `SELECT actor_id, action, diff FROM audit_log WHERE entity = 'phenom' AND entity_id = $1 ORDER BY id`,
        [rows[0].id],
      );
      expect(audit.rows.map((r) => [r.actor_id, r.action])).toEqual([
        ['u-1', 'insert'],
        ['u-1', 'update'],
      ]);
      expect(audit.rows[1].diff).toEqual({ status: { old: 'new', new: 'triage' } });
      // Outside Hasura there is no session: the write is still recorded, without an actor.
      await client.query('DELETE FROM phenom WHERE id = $1', [rows[0].id]);
      const deleted = await client.query(`SELECT actor_id FROM audit_log WHERE action = 'delete' AND entity_id = $1`, [rows[0].id]);
      expect(deleted.rows).toEqual([{ actor_id: null }]);
    });
  });

  it('moves updated_at on update', async () => {
    const [{ id }] = await insertPhenom({ created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' });
    await query(url, `UPDATE phenom SET title = 'Renamed' WHERE id = $1`, [id]);
    const [row] = await query<{ updated_at: Date }>(url, 'SELECT updated_at FROM phenom WHERE id = $1', [id]);
    expect(row.updated_at.getUTCFullYear()).toBeGreaterThan(2020);
  });
});
