import fs from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';

// The benchmark's phenom-like data set: `sighting` (N rows) with an object relationship to `observer` (10k rows)
// and an array relationship to `sighting_media` (1-3 per sighting, 2 on average). Rows come from
// generate_series inside PostgreSQL (no client round trips); indexes and foreign keys are added after the load,
// which is several times faster than maintaining them row by row.

export const TEAMS = 50;
export const OBSERVERS = 10_000;
export const STATUSES = ['new', 'screening', 'confirmed', 'dismissed'] as const;

/** The non-admin role of the benchmark: sees its own team's sightings only, and not every column. */
export const ROLE = 'analyst';
/** The setting PostGraphile's RLS policies read the team from (its pgSettings become `set_config` calls). */
export const TEAM_SETTING = 'bench.team_id';

const SIGHTING_COLUMNS = ['id', 'title', 'occurred_at', 'status', 'lat', 'lng', 'shape', 'team_id', 'reporter_id'];
const OBSERVER_COLUMNS = ['id', 'name'];
const MEDIA_COLUMNS = ['id', 'sighting_id', 'kind', 'url'];

/** Creates and fills the tables; `rows` sightings. Deterministic (fixed seed). */
export async function createDataset(db: Client, rows: number): Promise<void> {
  await db.query(`
    SET synchronous_commit = off;
    SELECT setseed(0.42);
    CREATE TABLE team (id int PRIMARY KEY, name text NOT NULL);
    INSERT INTO team SELECT i, 'Team ' || i FROM generate_series(1, ${TEAMS}) i;

    CREATE TABLE observer (id int PRIMARY KEY, name text NOT NULL, email text NOT NULL, team_id int NOT NULL REFERENCES team);
    INSERT INTO observer SELECT i, 'Observer ' || i, 'observer' || i || '@example.org', 1 + (i % ${TEAMS})
      FROM generate_series(1, ${OBSERVERS}) i;

    CREATE TABLE sighting (
      id bigint PRIMARY KEY,
      title text NOT NULL,
      description text NOT NULL,
      occurred_at timestamptz NOT NULL,
      status text NOT NULL,
      lat double precision NOT NULL,
      lng double precision NOT NULL,
      shape text NOT NULL,
      team_id int NOT NULL,
      reporter_id int NOT NULL
    );
    INSERT INTO sighting
      SELECT i,
             'Sighting #' || i,
             'Witness reported a ' || shape || ' object, ' || (1 + floor(random() * 20)::int) || ' seconds, no sound.',
             timestamptz '2020-01-01' + floor(random() * 5 * 365 * 86400) * interval '1 second',
             (ARRAY['new', 'screening', 'confirmed', 'dismissed'])[1 + floor(random() * 4)::int],
             -60 + random() * 120,
             -180 + random() * 360,
             shape,
             1 + floor(random() * ${TEAMS})::int,
             1 + floor(random() * ${OBSERVERS})::int
        FROM (SELECT i, (ARRAY['disc', 'light', 'triangle', 'sphere', 'cigar'])[1 + i % 5] AS shape
                FROM generate_series(1, ${rows}) i) s;

    CREATE TABLE sighting_media (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      sighting_id bigint NOT NULL,
      kind text NOT NULL,
      url text NOT NULL
    );
    INSERT INTO sighting_media (sighting_id, kind, url)
      SELECT s, (ARRAY['photo', 'video', 'audio'])[m], 'https://media.example.org/' || s || '/' || m
        FROM generate_series(1, ${rows}) s, generate_series(1, 3) m
       WHERE m <= 1 + s % 3;
  `);
  await db.query(`
    ALTER TABLE sighting ADD FOREIGN KEY (team_id) REFERENCES team, ADD FOREIGN KEY (reporter_id) REFERENCES observer;
    ALTER TABLE sighting_media ADD FOREIGN KEY (sighting_id) REFERENCES sighting;
    -- The page: one team (row filter), one status, newest first.
    CREATE INDEX sighting_team_status_time ON sighting (team_id, status, occurred_at DESC, id DESC);
    CREATE INDEX sighting_reporter ON sighting (reporter_id);
    CREATE INDEX sighting_media_sighting ON sighting_media (sighting_id);
  `);
  await db.query('VACUUM ANALYZE');
}

/**
 * PostGraphile's row filter: the same rules as the engine's permissions, as PostgreSQL row-level security for
 * the `analyst` role, reading the team from a transaction-local setting. This is how PostGraphile enforces
 * per-user rows in production, so it is the like-for-like comparison with the engine's filter.
 */
export async function createRowSecurity(db: Client): Promise<void> {
  const setting = `current_setting('${TEAM_SETTING}', true)::int`;
  await db.query(`
    CREATE ROLE ${ROLE} NOLOGIN;
    GRANT USAGE ON SCHEMA public TO ${ROLE};
    GRANT SELECT (${SIGHTING_COLUMNS.join(', ')}) ON sighting TO ${ROLE};
    GRANT SELECT (${OBSERVER_COLUMNS.join(', ')}) ON observer TO ${ROLE};
    GRANT SELECT (${MEDIA_COLUMNS.join(', ')}) ON sighting_media TO ${ROLE};
    ALTER TABLE sighting ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_team ON sighting FOR SELECT TO ${ROLE} USING (team_id = ${setting});
    ALTER TABLE sighting_media ENABLE ROW LEVEL SECURITY;
    CREATE POLICY own_team ON sighting_media FOR SELECT TO ${ROLE}
      USING (EXISTS (SELECT 1 FROM sighting s WHERE s.id = sighting_id AND s.team_id = ${setting}));
  `);
}

const table = (name: string) => ({ schema: 'public', name });

/**
 * A Hasura metadata v3 directory (the layout the Hasura CLI writes, files holding JSON, which is valid YAML)
 * tracking the three tables, their relationships and the analyst's select permissions.
 */
export function writeMetadataDir(dir: string): void {
  const tablesDir = path.join(dir, 'databases', 'default', 'tables');
  fs.mkdirSync(tablesDir, { recursive: true });
  const ownTeam = { team_id: { _eq: 'X-Hasura-Team-Id' } };
  const tables = {
    public_sighting: {
      table: table('sighting'),
      object_relationships: [{ name: 'reporter', using: { foreign_key_constraint_on: 'reporter_id' } }],
      array_relationships: [{ name: 'media', using: { foreign_key_constraint_on: { table: table('sighting_media'), column: 'sighting_id' } } }],
      select_permissions: [{ role: ROLE, permission: { columns: SIGHTING_COLUMNS, filter: ownTeam } }],
    },
    public_observer: {
      table: table('observer'),
      select_permissions: [{ role: ROLE, permission: { columns: OBSERVER_COLUMNS, filter: {} } }],
    },
    public_sighting_media: {
      table: table('sighting_media'),
      object_relationships: [{ name: 'sighting', using: { foreign_key_constraint_on: 'sighting_id' } }],
      select_permissions: [{ role: ROLE, permission: { columns: MEDIA_COLUMNS, filter: { sighting: ownTeam } } }],
    },
  };
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  fs.writeFileSync(path.join(dir, 'version.yaml'), 'version: 3\n');
  fs.writeFileSync(
    path.join(dir, 'databases', 'databases.yaml'),
    json([
      {
        name: 'default',
        kind: 'postgres',
        // As hasura/metadata/databases/databases.yaml: production runs with prepared statements.
        configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' }, isolation_level: 'read-committed', use_prepared_statements: true } },
        tables: '!include default/tables/tables.yaml',
      },
    ]),
  );
  for (const [file, entry] of Object.entries(tables)) fs.writeFileSync(path.join(tablesDir, `${file}.yaml`), json(entry));
  fs.writeFileSync(path.join(tablesDir, 'tables.yaml'), json(Object.keys(tables).map((file) => `!include ${file}.yaml`)));
}
