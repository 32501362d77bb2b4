import type { Client } from 'pg';
import { migrate } from '../local/db/migrate';
import { withClient } from '../local/db/throwaway-postgres';
import { setUpThrowawayPostgres } from '../local/db/throwaway-postgres-jest';

// The audit and notification triggers of hasura/migrations, on a migrated throwaway PostgreSQL. Writes run as
// Hasura runs them: in a transaction whose `hasura.user` setting holds the session variables.

const { freshDatabase } = setUpThrowawayPostgres('triggers_test');

const ANN = 'u-ann';
const BEN = 'u-ben';
const CAT = 'u-cat';
let url: string;

/** Runs `sql` as `actor` would through Hasura (null: a write from outside Hasura) and returns the rows. */
async function as<T extends object>(client: Client, actor: string | null, sql: string, params: unknown[] = []): Promise<T[]> {
  await client.query('BEGIN');
  try {
    if (actor) await client.query(`SELECT set_config('hasura.user', $1, true)`, [JSON.stringify({ 'x-hasura-role': 'nest-access', 'x-hasura-user-id': actor })]);
    const { rows } = await client.query<T>(sql, params);
    await client.query('COMMIT');
    return rows;
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}

const db = <T>(work: (client: Client) => Promise<T>) => withClient(url, work);

interface AuditRow {
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  diff: Record<string, unknown>;
}

const auditSince = (client: Client, since: number) =>
  client.query<AuditRow>('SELECT actor_id, action, entity, entity_id, diff FROM audit_log WHERE id > $1 ORDER BY id', [since]).then((r) => r.rows);
const lastAuditId = (client: Client) => client.query<{ n: string }>('SELECT coalesce(max(id), 0) AS n FROM audit_log').then((r) => Number(r.rows[0].n));

beforeAll(async () => {
  url = await freshDatabase();
  await migrate(url);
  await db((c) =>
    as(c, null, `INSERT INTO users (id, email) VALUES ('${ANN}', 'ann@nest.local'), ('${BEN}', 'ben@nest.local'), ('${CAT}', 'cat@nest.local')`),
  );
});

describe('audit', () => {
  it('has the audit trigger on every table but audit_log', async () => {
    const missing = await db((c) =>
      c.query<{ table_name: string }>(`
        SELECT c.relname AS table_name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'audit_log'
           AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'audit_row' AND t.tgenabled = 'O')
         ORDER BY 1`),
    );
    expect(missing.rows).toEqual([]);
  });

  // One insert, update and delete per table, each followed by exactly its own audit row. Composite keys read
  // '<first>:<second>' in key order.
  interface Case {
    table: string;
    insert: string;
    update: string;
    delete: string;
    /** The columns the update changes (several when a table's own trigger stamps more). */
    changed: string | string[];
  }
  const ids: Record<string, string> = {};
  const key = (name: string) => ids[name];
  const cases: Case[] = [
    { table: 'drop_status', insert: `INSERT INTO drop_status VALUES ('spam', 'Spam') RETURNING value AS id`, update: `UPDATE drop_status SET comment = 'Junk' WHERE value = 'spam'`, delete: `DELETE FROM drop_status WHERE value = 'spam'`, changed: 'comment' },
    { table: 'users', insert: `INSERT INTO users (id, email) VALUES ('u-tmp', 'tmp@nest.local') RETURNING id`, update: `UPDATE users SET display_name = 'Tmp' WHERE id = 'u-tmp'`, delete: `DELETE FROM users WHERE id = 'u-tmp'`, changed: 'display_name' },
    { table: 'teams', insert: `INSERT INTO teams (name) VALUES ('Night shift') RETURNING id`, update: `UPDATE teams SET description = 'x' WHERE name = 'Night shift'`, delete: '', changed: 'description' },
    { table: 'team_members', insert: `INSERT INTO team_members (team_id, user_id) SELECT id, '${BEN}' FROM teams WHERE name = 'Night shift' RETURNING team_id || ':' || user_id AS id`, update: `UPDATE team_members SET is_lead = true`, delete: `DELETE FROM team_members`, changed: 'is_lead' },
    { table: 'phenom', insert: `INSERT INTO phenom (title, occurred_at) VALUES ('Orb', now()) RETURNING id`, update: `UPDATE phenom SET status = 'triage' WHERE title = 'Orb'`, delete: '', changed: 'status' },
    { table: 'phenom_media', insert: `INSERT INTO phenom_media (phenom_id, s3_key, content_type, bytes) SELECT id, 'k/1.png', 'image/png', 10 FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE phenom_media SET bytes = 11`, delete: '', changed: 'bytes' },
    { table: 'transcriptions', insert: `INSERT INTO transcriptions (media_id, language, text) SELECT id, 'en', 'hello' FROM phenom_media RETURNING id`, update: `UPDATE transcriptions SET text = 'hi'`, delete: `DELETE FROM transcriptions`, changed: 'text' },
    { table: 'phenom_coords', insert: `INSERT INTO phenom_coords (phenom_id, t) SELECT id, now() FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE phenom_coords SET bearing_deg = 90`, delete: `DELETE FROM phenom_coords`, changed: 'bearing_deg' },
    { table: 'phenom_sensor_data', insert: `INSERT INTO phenom_sensor_data (phenom_id, sensor, t, readings) SELECT id, 'mag', now(), '{}' FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE phenom_sensor_data SET sensor = 'gps'`, delete: `DELETE FROM phenom_sensor_data`, changed: 'sensor' },
    { table: 'phenom_shoots', insert: `INSERT INTO phenom_shoots (phenom_id, started_at) SELECT id, now() FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE phenom_shoots SET notes = 'n'`, delete: `DELETE FROM phenom_shoots`, changed: 'notes' },
    { table: 'drops', insert: `INSERT INTO drops (payload) VALUES ('{"what":"light"}') RETURNING id`, update: `UPDATE drops SET status = 'rejected'`, delete: `DELETE FROM drops`, changed: 'status' },
    { table: 'lists', insert: `INSERT INTO lists (owner_id, name) VALUES ('${ANN}', 'Audit me') RETURNING id`, update: `UPDATE lists SET description = 'd' WHERE name = 'Audit me'`, delete: '', changed: 'description' },
    { table: 'list_items', insert: `INSERT INTO list_items (list_id, phenom_id) SELECT l.id, p.id FROM lists l, phenom p WHERE l.name = 'Audit me' RETURNING id`, update: `UPDATE list_items SET note = 'look'`, delete: '', changed: 'note' },
    { table: 'list_shares', insert: `INSERT INTO list_shares (list_id, user_id) SELECT id, '${BEN}' FROM lists WHERE name = 'Audit me' RETURNING list_id || ':' || user_id AS id`, update: `UPDATE list_shares SET can_edit = true`, delete: `DELETE FROM list_shares`, changed: 'can_edit' },
    { table: 'item_shares', insert: `INSERT INTO item_shares (item_id, user_id, shared_by) SELECT id, '${CAT}', '${ANN}' FROM list_items RETURNING item_id || ':' || user_id AS id`, update: `UPDATE item_shares SET shared_by = NULL`, delete: `DELETE FROM item_shares`, changed: 'shared_by' },
    { table: 'notifications', insert: `INSERT INTO notifications (user_id, kind) VALUES ('${BEN}', 'test.kind') RETURNING id`, update: `UPDATE notifications SET read_at = now() WHERE kind = 'test.kind'`, delete: `DELETE FROM notifications WHERE kind = 'test.kind'`, changed: 'read_at' },
    ...['phenom_status', 'phenom_outcome', 'outcome_confidence', 'time_precision'].map((table) => ({
      table,
      insert: `INSERT INTO ${table} VALUES ('zz_test', 'Test') RETURNING value AS id`,
      update: `UPDATE ${table} SET comment = 'Tested' WHERE value = 'zz_test'`,
      delete: `DELETE FROM ${table} WHERE value = 'zz_test'`,
      changed: 'comment',
    })),
    { table: 'media_uploads', insert: `INSERT INTO media_uploads (phenom_id, s3_key, file_name, content_type, bytes, uploaded_by, expires_at) SELECT id, 'uploads/t.png', 't.png', 'image/png', 10, '${ANN}', now() + interval '15 minutes' FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE media_uploads SET bytes = 12`, delete: `DELETE FROM media_uploads`, changed: 'bytes' },
    { table: 'screening_run', insert: `INSERT INTO screening_run (phenom_id, trigger, engine_version, inputs, sun, providers) SELECT id, 'manual', 'test', '{}', '{}', '[]' FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE screening_run SET failed_providers = 1`, delete: '', changed: 'failed_providers' },
    { table: 'aircraft_correlation', insert: `INSERT INTO aircraft_correlation (phenom_id, trigger, status, inputs, tolerances, note, summary) SELECT id, 'manual', 'not_checked', '{}', '{}', 'not checked', 'not checked' FROM phenom WHERE title = 'Orb' RETURNING id`, update: `UPDATE aircraft_correlation SET summary = 'changed'`, delete: '', changed: 'summary' },
    { table: 'aircraft_correlation_match', insert: `INSERT INTO aircraft_correlation_match (correlation_id, rank, icao24, az, el, ground_distance_km, slant_range_km, altitude_m, latitude, longitude, time_offset_s, within_tolerance) SELECT id, 1, 'abc123', 10, 5, 20, 20.1, 1500, 42, -71, 0, false FROM aircraft_correlation RETURNING id`, update: `UPDATE aircraft_correlation_match SET within_tolerance = true`, delete: `DELETE FROM aircraft_correlation_match`, changed: 'within_tolerance' },
    { table: 'screening_candidate', insert: `INSERT INTO screening_candidate (run_id, rank, kind, name, az, el, range_km, time_offset_s, visible, reasons) SELECT id, 1, 'planet', 'Venus', 250, 10, 1e8, 0, true, 'Venus' FROM screening_run RETURNING id`, update: `UPDATE screening_candidate SET accepted_at = now()`, delete: `DELETE FROM screening_candidate`, changed: 'accepted_at' },
    { table: 'session_cutoffs', insert: `INSERT INTO session_cutoffs (user_id, reason) VALUES ('${CAT}', 'sign_out') RETURNING user_id AS id`, update: `UPDATE session_cutoffs SET reason = 'revoked'`, delete: `DELETE FROM session_cutoffs`, changed: ['not_before', 'reason', 'set_by'] },
  ];

  it.each(cases)('audits insert, update and delete on $table, with the actor and the row id', async (c) => {
    await db(async (client) => {
      // Writes whose triggers notify someone leave more audit rows (the notification's own): only this table's count.
      const mine = async (since: number) => (await auditSince(client, since)).filter((r) => r.entity === c.table);
      let since = await lastAuditId(client);
      const [row] = await as<{ id: string }>(client, ANN, c.insert);
      ids[c.table] = row.id;
      expect(await mine(since)).toEqual([{ actor_id: ANN, action: 'insert', entity: c.table, entity_id: key(c.table), diff: expect.any(Object) }]);

      since = await lastAuditId(client);
      await as(client, BEN, c.update);
      const [update] = await mine(since);
      expect(await mine(since)).toHaveLength(1);
      expect(update).toMatchObject({ actor_id: BEN, action: 'update', entity_id: key(c.table) });
      const changed = [c.changed].flat();
      expect(Object.keys(update.diff).sort()).toEqual(changed);
      for (const column of changed) {
        const { old: before, new: after, ...rest } = update.diff[column] as Record<string, unknown>;
        expect(rest).toEqual({});
        expect(after).not.toEqual(before);
      }

      if (!c.delete) return;
      since = await lastAuditId(client);
      await as(client, null, c.delete);
      expect(await mine(since)).toEqual([{ actor_id: null, action: 'delete', entity: c.table, entity_id: key(c.table), diff: expect.any(Object) }]);
    });
  });

  // phenom_count is only the row type of phenom_counts(): a CHECK (false) keeps every row out of it.
  const HOLDS_NO_ROWS = ['phenom_count', 'phenom_map_cluster'];
  it('has a case above for every audited table, so a new table is tested when it is added', async () => {
    const audited = await db((c) =>
      c.query<{ table_name: string }>(`
        SELECT c.relname AS table_name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = 'public' AND t.tgname = 'audit_row' ORDER BY 1`),
    );
    const tested = [...cases.map((c) => c.table), ...HOLDS_NO_ROWS].sort();
    expect(audited.rows.map((r) => r.table_name)).toEqual(tested);
  });

  it('writes no audit row for an update that changes nothing', async () => {
    await db(async (client) => {
      const since = await lastAuditId(client);
      await as(client, ANN, `UPDATE lists SET name = name`);
      expect(await auditSince(client, since)).toEqual([]);
    });
  });

  it('keeps the audit row in the write’s transaction: a rolled-back write leaves none', async () => {
    await db(async (client) => {
      const since = await lastAuditId(client);
      await expect(as(client, ANN, `INSERT INTO lists (owner_id, name) VALUES ('${ANN}', 'Gone'), ('${ANN}', '')`)).rejects.toThrow(/check constraint/);
      expect(await auditSince(client, since)).toEqual([]);
    });
  });
});

describe('notifications', () => {
  interface Note {
    user_id: string;
    kind: string;
    payload: Record<string, unknown>;
  }
  let phenomId: string;
  let listId: string;
  let itemId: string;

  const notesSince = async (client: Client, since: Date) =>
    (await client.query<Note>('SELECT user_id, kind, payload FROM notifications WHERE created_at >= $1 ORDER BY created_at, kind', [since])).rows;
  const now = (client: Client) => client.query<{ t: Date }>('SELECT clock_timestamp() AS t').then((r) => r.rows[0].t);

  beforeAll(async () => {
    await db(async (client) => {
      [{ id: phenomId }] = await as<{ id: string }>(client, ANN, `INSERT INTO phenom (title, occurred_at) VALUES ('Triangle', now()) RETURNING id`);
      [{ id: listId }] = await as<{ id: string }>(client, ANN, `INSERT INTO lists (owner_id, name) VALUES ('${ANN}', 'Triangles') RETURNING id`);
      [{ id: itemId }] = await as<{ id: string }>(client, ANN, `INSERT INTO list_items (list_id, phenom_id) VALUES ($1, $2) RETURNING id`, [listId, phenomId]);
    });
  });

  it('tells the person a list was shared with, once, and no one else', async () => {
    await db(async (client) => {
      const since = await now(client);
      await as(client, ANN, `INSERT INTO list_shares (list_id, user_id, can_edit) VALUES ($1, '${BEN}', true)`, [listId]);
      expect(await notesSince(client, since)).toEqual([
        { user_id: BEN, kind: 'list.shared', payload: { list_id: listId, name: 'Triangles', can_edit: true, by: ANN } },
      ]);
      // Changing the share's rights is not a new share.
      const later = await now(client);
      await as(client, ANN, `UPDATE list_shares SET can_edit = false WHERE list_id = $1`, [listId]);
      expect(await notesSince(client, later)).toEqual([]);
    });
  });

  it('tells the person one item was shared with, once', async () => {
    await db(async (client) => {
      const since = await now(client);
      await as(client, ANN, `INSERT INTO item_shares (item_id, user_id, shared_by) VALUES ($1, '${CAT}', '${ANN}')`, [itemId]);
      expect(await notesSince(client, since)).toEqual([
        { user_id: CAT, kind: 'item.shared', payload: { item_id: itemId, list_id: listId, phenom_id: phenomId, title: 'Triangle', by: ANN, can_edit: false } },
      ]);
    });
  });

  it('tells a new assignee once; re-saving, unassigning and assigning oneself tell no one', async () => {
    await db(async (client) => {
      const since = await now(client);
      await as(client, ANN, `UPDATE phenom SET assignee_id = '${BEN}' WHERE id = $1`, [phenomId]);
      await as(client, ANN, `UPDATE phenom SET assignee_id = '${BEN}', status = 'triage' WHERE id = $1`, [phenomId]);
      await as(client, ANN, `UPDATE phenom SET assignee_id = NULL WHERE id = $1`, [phenomId]);
      await as(client, CAT, `UPDATE phenom SET assignee_id = '${CAT}' WHERE id = $1`, [phenomId]);
      expect(await notesSince(client, since)).toEqual([{ user_id: BEN, kind: 'phenom.assigned', payload: { phenom_id: phenomId, title: 'Triangle', by: ANN } }]);
      const intake = await now(client);
      const [{ id }] = await as<{ id: string }>(client, ANN, `INSERT INTO phenom (title, occurred_at, assignee_id) VALUES ('Disc', now(), '${CAT}') RETURNING id`);
      expect(await notesSince(client, intake)).toEqual([{ user_id: CAT, kind: 'phenom.assigned', payload: { phenom_id: id, title: 'Disc', by: ANN } }]);
    });
  });

  it('tells each owner of a list holding the phenom once when a drop is attached to it', async () => {
    await db(async (client) => {
      // Ann holds the phenom on two lists, Ben on one; Cat attaches the drop.
      const [{ id: second }] = await as<{ id: string }>(client, ANN, `INSERT INTO lists (owner_id, name) VALUES ('${ANN}', 'Also') RETURNING id`);
      const [{ id: bens }] = await as<{ id: string }>(client, BEN, `INSERT INTO lists (owner_id, name) VALUES ('${BEN}', 'Ben''s') RETURNING id`);
      await as(client, ANN, `INSERT INTO list_items (list_id, phenom_id) VALUES ($1, $3), ($2, $3)`, [second, bens, phenomId]);
      const [{ id: dropId }] = await as<{ id: string }>(client, null, `INSERT INTO drops (payload) VALUES ('{"what":"triangle"}') RETURNING id`);

      const since = await now(client);
      await as(client, CAT, `UPDATE drops SET phenom_id = $1, status = 'accepted' WHERE id = $2`, [phenomId, dropId]);
      const notes = await notesSince(client, since);
      expect(notes.map((n) => n.user_id).sort()).toEqual([ANN, BEN]);
      const forAnn = notes.find((n) => n.user_id === ANN);
      expect(forAnn).toEqual({ user_id: ANN, kind: 'drop.attached', payload: { drop_id: dropId, phenom_id: phenomId, title: 'Triangle', list_ids: [listId, second].sort() } });
      // Saving the drop again with the same phenom is not a new attachment.
      const later = await now(client);
      await as(client, CAT, `UPDATE drops SET status = 'duplicate' WHERE id = $1`, [dropId]);
      expect(await notesSince(client, later)).toEqual([]);
    });
  });

  it('tells no one about a drop attached to a phenom on nobody’s list', async () => {
    await db(async (client) => {
      const [{ id: lonely }] = await as<{ id: string }>(client, null, `INSERT INTO phenom (title, occurred_at) VALUES ('Lonely', now()) RETURNING id`);
      const since = await now(client);
      await as(client, CAT, `INSERT INTO drops (payload, phenom_id) VALUES ('{}', $1)`, [lonely]);
      expect(await notesSince(client, since)).toEqual([]);
    });
  });
});

describe('dashboard tally', () => {
  /** What phenom_counts() must say: the live phenoms grouped, as the function used to count them. */
  const counted = (client: Client) =>
    client
      .query<{ dimension: string; value: string; count: string }>(
        `SELECT 'total' AS dimension, '' AS value, count(*)::text AS count FROM phenom WHERE deleted_at IS NULL
         UNION ALL SELECT 'status', status, count(*)::text FROM phenom WHERE deleted_at IS NULL GROUP BY status
         UNION ALL SELECT 'outcome', outcome, count(*)::text FROM phenom WHERE deleted_at IS NULL GROUP BY outcome ORDER BY 1, 2`,
      )
      .then((r) => r.rows);
  const reported = (client: Client) =>
    client.query<{ dimension: string; value: string; count: string }>('SELECT dimension, value, count::text AS count FROM phenom_counts() ORDER BY 1, 2').then((r) => r.rows);
  const expectExact = async (client: Client) => expect(await reported(client)).toEqual(await counted(client));

  it('stays exact through inserts, status and outcome changes, soft delete, restore, delete and bulk updates', async () => {
    await db(async (client) => {
      await expectExact(client);
      const rows = await as<{ id: string }>(
        client,
        ANN,
        `INSERT INTO phenom (title, occurred_at, status, outcome) VALUES ('T1', now(), 'new', 'unknown'), ('T2', now(), 'new', 'unknown'),
           ('T3', now(), 'triage', 'aircraft'), ('T4', now(), 'resolved', 'satellite') RETURNING id`,
      );
      const [a, b, c, d] = rows.map((r) => r.id);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET status = 'investigating' WHERE id = $1`, [a]);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET outcome = 'aircraft', status = 'resolved' WHERE id = $1`, [b]);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET title = 'Only the title' WHERE id = $1`, [c]);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET deleted_at = now() WHERE id IN ($1, $2)`, [c, d]);
      await expectExact(client);
      // A deleted phenom edited stays uncounted; restored, it counts again under its new values.
      await as(client, ANN, `UPDATE phenom SET status = 'archived' WHERE id = $1`, [c]);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET deleted_at = NULL WHERE id = $1`, [c]);
      await expectExact(client);
      await as(client, ANN, `UPDATE phenom SET status = 'triage' WHERE id IN ($1, $2, $3)`, [a, b, c]);
      await expectExact(client);
      await as(client, null, `DELETE FROM phenom WHERE id IN ($1, $2)`, [a, d]);
      await expectExact(client);
      expect((await reported(client)).find((r) => r.dimension === 'status' && r.value === 'archived')).toBeUndefined();
    });
  });

  it('keeps nothing of a write that is rolled back', async () => {
    await db(async (client) => {
      const before = await reported(client);
      await expect(as(client, ANN, `INSERT INTO phenom (title, occurred_at) VALUES ('Kept', now()), ('', now())`)).rejects.toThrow(/check constraint/);
      expect(await reported(client)).toEqual(before);
    });
  });

  it('lets two transactions move phenoms between the same statuses in opposite directions at once', async () => {
    await db(async (setup) => {
      const [{ id: one }, { id: two }] = await as<{ id: string }>(
        setup,
        null,
        `INSERT INTO phenom (title, occurred_at, status) VALUES ('One', now(), 'new'), ('Two', now(), 'triage') RETURNING id`,
      );
      await withClient(url, async (other) => {
        await setup.query('BEGIN');
        await other.query('BEGIN');
        await setup.query(`UPDATE phenom SET status = 'triage' WHERE id = $1`, [one]);
        // Waits for the first transaction's lock on the tally, then goes on: neither is refused.
        const second = other.query(`UPDATE phenom SET status = 'new' WHERE id = $1`, [two]);
        await setup.query('COMMIT');
        await second;
        await other.query('COMMIT');
      });
      await expectExact(setup);
    });
  });

  it('counts afresh after a TRUNCATE', async () => {
    const scratch = await freshDatabase();
    await migrate(scratch);
    await withClient(scratch, async (client) => {
      await client.query(`INSERT INTO phenom (title, occurred_at) VALUES ('Gone', now())`);
      await client.query('TRUNCATE phenom CASCADE');
      expect(await reported(client)).toEqual([{ dimension: 'total', value: '', count: '0' }]);
      await client.query(`INSERT INTO phenom (title, occurred_at) VALUES ('Back', now())`);
      await expectExact(client);
    });
  });
});
