import { Client } from 'pg';
import { copyRows } from './copy';
import { createContext, generateOrganisation, generatePhenom, generatePhenomChildren, type GeneratorOptions } from './generate';
import { SEED_TABLES, type Row } from './tables';

export interface SeedOptions extends GeneratorOptions {
  /** Empty every N.E.S.T. table first; without it, seeding a database that has phenoms is refused. */
  reset: boolean;
  /** Called as phenoms are written (done of total). */
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  rows: Record<string, number>;
}

export class SeedError extends Error {}

// Rows per round trip: big enough for COPY to stream at full speed, small enough to keep memory flat at 1M.
const CHUNK = 5000;

async function insertUsers(client: Client, users: Row<'users'>[]): Promise<number> {
  // Plain INSERT, not COPY: a demo user may already have a row (created on first sign-in) and that is fine.
  const columns = SEED_TABLES.users;
  const values = users.flatMap((u) => columns.map((c) => u[c]));
  const placeholders = users.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  const result = await client.query(`INSERT INTO public.users (${columns.join(', ')}) VALUES ${placeholders.join(', ')} ON CONFLICT (id) DO NOTHING`, values);
  return result.rowCount ?? 0;
}

async function setUserTriggers(client: Client, action: 'DISABLE' | 'ENABLE'): Promise<void> {
  for (const table of Object.keys(SEED_TABLES)) await client.query(`ALTER TABLE public.${table} ${action} TRIGGER USER`);
}

/** Writes a deterministic data set into a migrated database, in one transaction: all of it or nothing. */
export async function seedDatabase(databaseUrl: string, options: SeedOptions): Promise<SeedSummary> {
  const ctx = createContext(options);
  const rows: Record<string, number> = Object.fromEntries(Object.keys(SEED_TABLES).map((t) => [t, 0]));
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    if (options.reset) {
      await client.query(`TRUNCATE ${[...Object.keys(SEED_TABLES), 'audit_log'].map((t) => `public.${t}`).join(', ')} RESTART IDENTITY CASCADE`);
    } else {
      const existing = await client.query('SELECT 1 FROM public.phenom LIMIT 1');
      if (existing.rowCount) throw new SeedError('the database already has phenoms; pass --reset to replace all N.E.S.T. data');
    }
    // Generated history is not anyone's edit, nor news for anyone: the audit and notification triggers stay for
    // real writes (the seed writes its own notifications). Transactional, so they are back on when this commits,
    // and never off for anyone else. DISABLE TRIGGER USER keeps the foreign-key checks.
    await setUserTriggers(client, 'DISABLE');

    rows.users = await insertUsers(client, [...ctx.staff, ...ctx.publicUsers]);
    const org = generateOrganisation(ctx);
    rows.teams = await copyRows(client, 'teams', org.teams);
    rows.team_members = await copyRows(client, 'team_members', org.teamMembers);

    for (let start = 0; start < ctx.phenoms; start += CHUNK) {
      const end = Math.min(ctx.phenoms, start + CHUNK);
      const phenoms: Row<'phenom'>[] = [];
      const media: Row<'phenom_media'>[] = [];
      const coords: Row<'phenom_coords'>[] = [];
      const sensorData: Row<'phenom_sensor_data'>[] = [];
      const shoots: Row<'phenom_shoots'>[] = [];
      const transcriptions: Row<'transcriptions'>[] = [];
      for (let i = start; i < end; i++) {
        const phenom = generatePhenom(ctx, i);
        const children = generatePhenomChildren(ctx, i, phenom);
        phenoms.push(phenom.row);
        for (const m of children.media) media.push(m.row);
        coords.push(...children.coords);
        sensorData.push(...children.sensorData);
        shoots.push(...children.shoots);
        transcriptions.push(...children.transcriptions);
      }
      rows.phenom += await copyRows(client, 'phenom', phenoms);
      rows.phenom_media += await copyRows(client, 'phenom_media', media);
      rows.phenom_coords += await copyRows(client, 'phenom_coords', coords);
      rows.phenom_sensor_data += await copyRows(client, 'phenom_sensor_data', sensorData);
      rows.phenom_shoots += await copyRows(client, 'phenom_shoots', shoots);
      rows.transcriptions += await copyRows(client, 'transcriptions', transcriptions);
      options.onProgress?.(end, ctx.phenoms);
    }

    rows.drops = await copyRows(client, 'drops', org.drops);
    rows.lists = await copyRows(client, 'lists', org.lists);
    rows.list_items = await copyRows(client, 'list_items', org.listItems);
    rows.list_shares = await copyRows(client, 'list_shares', org.listShares);
    rows.item_shares = await copyRows(client, 'item_shares', org.itemShares);
    rows.notifications = await copyRows(client, 'notifications', org.notifications);

    await setUserTriggers(client, 'ENABLE');
    // The dashboard's tally is kept by phenom's triggers, which were off for the load: count it once, here.
    await client.query('SELECT derived.phenom_tally_rebuild()');
    // The map's cluster counts are kept by triggers, which were off for the load: built once from the rows.
    await client.query('SELECT phenom_map.rebuild()');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  // Fresh statistics, so the first queries after a big seed get sensible plans.
  const analyze = new Client({ connectionString: databaseUrl });
  await analyze.connect();
  try {
    await analyze.query('ANALYZE');
  } finally {
    await analyze.end();
  }
  return { rows };
}
