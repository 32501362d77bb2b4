import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { migrate } from '../local/db/migrate';
import { withClient } from '../local/db/throwaway-postgres';
import { setUpThrowawayPostgres } from '../local/db/throwaway-postgres-jest';

// The metadata is deployed unchanged to real Hasura, which rejects the whole apply on one bad reference. This
// checks every reference against the schema the migrations really create, before anyone runs `metadata apply`.

const METADATA_DIR = path.join(__dirname, 'metadata');
const ROLES = ['nest-access', 'nest-admin'] as const;

/** Reads a YAML file, replacing every `"!include <file>"` string (relative to the including file) by its content. */
function loadYaml(file: string): unknown {
  const resolve = (value: unknown, dir: string): unknown => {
    if (typeof value === 'string' && value.startsWith('!include ')) {
      const target = path.resolve(dir, value.slice('!include '.length).trim());
      if (!fs.existsSync(target)) throw new Error(`${path.relative(METADATA_DIR, file)}: ${value} does not exist`);
      return loadYaml(target);
    }
    if (Array.isArray(value)) return value.map((v) => resolve(v, dir));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, dir)]));
    return value;
  };
  return resolve(YAML.parse(fs.readFileSync(file, 'utf8')), path.dirname(file));
}

const boolExp = z.record(z.string(), z.unknown());
const relationship = z.object({
  name: z.string(),
  using: z.object({
    foreign_key_constraint_on: z.union([
      z.string(),
      z.object({ column: z.string(), table: z.object({ name: z.string(), schema: z.literal('public') }) }).strict(),
    ]),
  }),
});
const permissionEntry = <T extends z.ZodRawShape>(shape: T) =>
  z.array(z.object({ role: z.enum(ROLES), permission: z.object(shape).strict() }).strict()).optional();
const tableFile = z
  .object({
    table: z.object({ name: z.string(), schema: z.literal('public') }).strict(),
    is_enum: z.boolean().optional(),
    object_relationships: z.array(relationship).optional(),
    array_relationships: z.array(relationship).optional(),
    // Hasura v2 permission syntax only: anything else is refused by `metadata apply`.
    insert_permissions: permissionEntry({ check: boolExp, set: z.record(z.string(), z.unknown()).optional(), columns: z.array(z.string()) }),
    select_permissions: permissionEntry({
      columns: z.array(z.string()),
      filter: boolExp,
      allow_aggregations: z.boolean().optional(),
      limit: z.number().int().positive().optional(),
    }),
    update_permissions: permissionEntry({ columns: z.array(z.string()), filter: boolExp, check: boolExp.optional(), set: z.record(z.string(), z.unknown()).optional() }),
    delete_permissions: permissionEntry({ filter: boolExp }),
  })
  .strict();
type TableFile = z.infer<typeof tableFile>;

interface Catalog {
  columns: Map<string, Set<string>>;
  /** "table.column" → referenced table, for every single-column foreign key. */
  foreignKeys: Map<string, string>;
}

const postgres = setUpThrowawayPostgres('metadata_test');
let catalog: Catalog;
let tables: TableFile[];

beforeAll(async () => {
  const url = await postgres.freshDatabase();
  await migrate(url);
  await withClient(url, async (client) => {
    const columns = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'
        AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
    );
    const fks = await client.query<{ table_name: string; column_name: string; target: string }>(
      `SELECT c.conrelid::regclass::text AS table_name, a.attname AS column_name, c.confrelid::regclass::text AS target
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = 'public'::regnamespace`,
    );
    catalog = { columns: new Map(), foreignKeys: new Map() };
    for (const { table_name, column_name } of columns.rows) {
      if (!catalog.columns.has(table_name)) catalog.columns.set(table_name, new Set());
      catalog.columns.get(table_name)!.add(column_name);
    }
    for (const fk of fks.rows) catalog.foreignKeys.set(`${fk.table_name}.${fk.column_name}`, fk.target);
  });
  const version = loadYaml(path.join(METADATA_DIR, 'version.yaml'));
  expect(version).toEqual({ version: 3 });
  const databases = z
    .array(z.object({ name: z.literal('default'), kind: z.literal('postgres'), configuration: z.unknown(), tables: z.array(z.unknown()) }))
    .parse(loadYaml(path.join(METADATA_DIR, 'databases/databases.yaml')));
  tables = databases[0].tables.map((t, i) => {
    const parsed = tableFile.safeParse(t);
    if (!parsed.success) throw new Error(`table entry ${i}: ${parsed.error.message}`);
    return parsed.data;
  });
}, 60_000);

/** Relationship name → target table, for one tracked table. */
function relationshipsOf(table: TableFile): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of table.object_relationships ?? []) {
    const fk = rel.using.foreign_key_constraint_on;
    if (typeof fk !== 'string') throw new Error(`${table.table.name}.${rel.name}: object relationship must name a local column`);
    const target = catalog.foreignKeys.get(`${table.table.name}.${fk}`);
    if (!target) throw new Error(`${table.table.name}.${rel.name}: ${fk} is not a foreign key`);
    targets.set(rel.name, target);
  }
  for (const rel of table.array_relationships ?? []) {
    const fk = rel.using.foreign_key_constraint_on;
    if (typeof fk === 'string') throw new Error(`${table.table.name}.${rel.name}: array relationship must name the remote table`);
    if (catalog.foreignKeys.get(`${fk.table.name}.${fk.column}`) !== table.table.name) {
      throw new Error(`${table.table.name}.${rel.name}: ${fk.table.name}.${fk.column} does not reference ${table.table.name}`);
    }
    targets.set(rel.name, fk.table.name);
  }
  return targets;
}

/** Every problem in a boolean expression evaluated on `tableName`: unknown columns, relationships, operators. */
function boolExpProblems(tableName: string, expression: unknown, where: string): string[] {
  const table = tables.find((t) => t.table.name === tableName)!;
  const relationships = relationshipsOf(table);
  const columns = catalog.columns.get(tableName)!;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(expression as Record<string, unknown>)) {
    if (key === '_and' || key === '_or') {
      (value as unknown[]).forEach((v, i) => problems.push(...boolExpProblems(tableName, v, `${where}.${key}[${i}]`)));
    } else if (key === '_not') {
      problems.push(...boolExpProblems(tableName, value, `${where}._not`));
    } else if (relationships.has(key)) {
      problems.push(...boolExpProblems(relationships.get(key)!, value, `${where}.${key}`));
    } else if (columns.has(key)) {
      for (const operator of Object.keys(value as object)) {
        if (!/^_(eq|neq|gt|gte|lt|lte|in|nin|is_null)$/.test(operator)) problems.push(`${where}.${key}: unexpected operator ${operator}`);
      }
    } else {
      problems.push(`${where}: ${key} is neither a column nor a relationship of ${tableName}`);
    }
  }
  return problems;
}

describe('hasura metadata', () => {
  it('tracks exactly the tables the migrations create', () => {
    expect(tables.map((t) => t.table.name).sort()).toEqual([...catalog.columns.keys()].sort());
  });

  it('lists every table file in tables.yaml', () => {
    const dir = path.join(METADATA_DIR, 'databases/default/tables');
    const files = fs.readdirSync(dir).filter((f) => f !== 'tables.yaml');
    const included = z.array(z.string()).parse(YAML.parse(fs.readFileSync(path.join(dir, 'tables.yaml'), 'utf8')));
    expect(included.map((i) => i.replace('!include ', '')).sort()).toEqual(files.sort());
    for (const file of files) expect(`public_${(YAML.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as TableFile).table.name}.yaml`).toBe(file);
  });

  it('marks enum tables as Hasura requires: a text value key, an optional comment', () => {
    const enums = tables.filter((t) => t.is_enum).map((t) => t.table.name);
    expect(enums.sort()).toEqual(['drop_status', 'outcome_confidence', 'phenom_outcome', 'phenom_status', 'time_precision']);
    for (const name of enums) expect([...catalog.columns.get(name)!].sort()).toEqual(['comment', 'value']);
  });

  it('builds every relationship on a real foreign key', () => {
    for (const table of tables) expect(() => relationshipsOf(table)).not.toThrow();
  });

  it('names only existing columns and relationships in permissions', () => {
    const problems: string[] = [];
    for (const table of tables) {
      const name = table.table.name;
      const columns = catalog.columns.get(name)!;
      const kinds = { insert: table.insert_permissions, select: table.select_permissions, update: table.update_permissions, delete: table.delete_permissions };
      for (const [kind, entries] of Object.entries(kinds)) {
        for (const { role, permission } of entries ?? []) {
          const where = `${name} ${kind} ${role}`;
          const p = permission as { columns?: string[]; set?: Record<string, unknown>; filter?: unknown; check?: unknown };
          for (const column of [...(p.columns ?? []), ...Object.keys(p.set ?? {})]) {
            if (!columns.has(column)) problems.push(`${where}: no column ${column}`);
          }
          if (p.filter) problems.push(...boolExpProblems(name, p.filter, `${where} filter`));
          if (p.check) problems.push(...boolExpProblems(name, p.check, `${where} check`));
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('caps every select permission at a row limit, admins too: no query can ask for a million rows', () => {
    const unlimited = tables.flatMap((t) => (t.select_permissions ?? []).filter((p) => p.permission.limit === undefined).map((p) => `${t.table.name} (${p.role})`));
    expect(unlimited).toEqual([]);
  });

  it('gives deletes, the audit log and user management to nest-admin only', () => {
    for (const table of tables) {
      const name = table.table.name;
      const deleteRoles = (table.delete_permissions ?? []).map((p) => p.role);
      // Staff may delete only what is theirs to manage: their lists, list items and shares.
      if (!['lists', 'list_items', 'list_shares', 'item_shares'].includes(name)) expect({ name, deleteRoles }).toEqual({ name, deleteRoles: deleteRoles.filter((r) => r === 'nest-admin') });
    }
    const byName = (name: string) => tables.find((t) => t.table.name === name)!;
    expect(byName('audit_log').select_permissions?.map((p) => p.role)).toEqual(['nest-admin']);
    const staffUserUpdate = byName('users').update_permissions?.find((p) => p.role === 'nest-access');
    expect(staffUserUpdate?.permission.columns).not.toContain('has_access');
    expect(staffUserUpdate?.permission.filter).toEqual({ id: { _eq: 'X-Hasura-User-Id' } });
    // The address is the token's, for everyone: no role may send it as a column.
    for (const kind of ['insert_permissions', 'update_permissions'] as const) {
      for (const { permission } of byName('users')[kind] ?? []) expect(permission.columns).not.toContain('email');
    }
  });

  it('hides soft-deleted phenoms from staff and takes created_by from the token', () => {
    const phenom = tables.find((t) => t.table.name === 'phenom')!;
    const staff = (list: readonly { role: string; permission: object }[] | undefined) =>
      list?.find((p) => p.role === 'nest-access')?.permission as Record<string, unknown> | undefined;
    expect(staff(phenom.select_permissions)?.filter).toEqual({ deleted_at: { _is_null: true } });
    expect(staff(phenom.insert_permissions)?.set).toEqual({ created_by: 'X-Hasura-User-Id' });
    expect(staff(phenom.update_permissions)?.columns).not.toContain('deleted_at');
  });
});
