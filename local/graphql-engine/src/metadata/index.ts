import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { apiLimitsSchema, type ApiLimitsMetadata } from '../limits';

// Loads a Hasura metadata v3 directory as the Hasura CLI writes it. Every file is validated with zod; the
// first bad file stops start-up with its path and the problem, like Hasura's inconsistent-metadata report.

export class MetadataError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`metadata file ${file}: ${problem}`);
  }
}

const qualified = z.union([
  z.string().transform((name) => ({ schema: 'public', name })),
  z.object({ schema: z.string().default('public'), name: z.string() }),
]);
export type QualifiedName = { schema: string; name: string };

const boolExp = z.record(z.string(), z.unknown());
const columns = z.union([z.literal('*'), z.array(z.string())]);

const foreignKeyOn = z.union([
  z.string(),
  z.array(z.string()),
  z.object({ table: qualified, column: z.string().optional(), columns: z.array(z.string()).optional() }),
]);
const relationship = z.object({
  name: z.string(),
  comment: z.string().optional(),
  using: z.union([
    z.object({ foreign_key_constraint_on: foreignKeyOn }),
    z.object({
      manual_configuration: z.object({
        remote_table: qualified,
        column_mapping: z.record(z.string(), z.string()),
        insertion_order: z.enum(['before_parent', 'after_parent']).nullish(),
      }),
    }),
  ]),
});

const selectPermission = z.object({
  columns,
  filter: boolExp.default({}),
  limit: z.number().int().nonnegative().nullish(),
  allow_aggregations: z.boolean().default(false),
  computed_fields: z.array(z.string()).default([]),
  query_root_fields: z.array(z.string()).nullish(),
});
const insertPermission = z.object({
  check: boolExp.default({}),
  set: z.record(z.string(), z.unknown()).default({}),
  columns: columns.nullish(),
  backend_only: z.boolean().default(false),
});
const updatePermission = z.object({
  columns,
  filter: boolExp.default({}),
  check: boolExp.nullish(),
  set: z.record(z.string(), z.unknown()).default({}),
  backend_only: z.boolean().default(false),
});
const deletePermission = z.object({ filter: boolExp.default({}), backend_only: z.boolean().default(false) });

function permissionList<T extends z.ZodTypeAny>(permission: T) {
  return z.array(z.object({ role: z.string(), permission, comment: z.string().optional() })).default([]);
}

const customRootFields = z
  .object({
    select: z.string().nullish(),
    select_by_pk: z.string().nullish(),
    select_aggregate: z.string().nullish(),
    insert: z.string().nullish(),
    insert_one: z.string().nullish(),
    update: z.string().nullish(),
    update_by_pk: z.string().nullish(),
    delete: z.string().nullish(),
    delete_by_pk: z.string().nullish(),
  })
  .partial();

const tableEntry = z.object({
  table: qualified,
  is_enum: z.boolean().default(false),
  configuration: z
    .object({
      custom_name: z.string().nullish(),
      custom_root_fields: customRootFields.default({}),
      custom_column_names: z.record(z.string(), z.string()).default({}),
      column_config: z.record(z.string(), z.object({ custom_name: z.string().nullish(), comment: z.string().nullish() })).default({}),
    })
    .default({ custom_root_fields: {}, custom_column_names: {}, column_config: {} }),
  object_relationships: z.array(relationship).default([]),
  array_relationships: z.array(relationship).default([]),
  computed_fields: z
    .array(
      z.object({
        name: z.string(),
        definition: z.object({ function: qualified, table_argument: z.string().nullish(), session_argument: z.string().nullish() }),
        comment: z.string().optional(),
      }),
    )
    .default([]),
  select_permissions: permissionList(selectPermission),
  insert_permissions: permissionList(insertPermission),
  update_permissions: permissionList(updatePermission),
  delete_permissions: permissionList(deletePermission),
});
export type TableMetadata = z.infer<typeof tableEntry>;
export type RelationshipMetadata = z.infer<typeof relationship>;
export type SelectPermissionMetadata = z.infer<typeof selectPermission>;
export type InsertPermissionMetadata = z.infer<typeof insertPermission>;
export type UpdatePermissionMetadata = z.infer<typeof updatePermission>;
export type DeletePermissionMetadata = z.infer<typeof deletePermission>;

/** `track_function` v2 arguments (`config.session_variable_argument`) read as the v3 `configuration`. */
const normalizeFunctionEntry = (raw: unknown) => {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const { config, ...rest } = raw as { config?: Record<string, unknown>; configuration?: unknown };
  if (!config || rest.configuration) return rest;
  const { session_variable_argument, ...c } = config;
  return { ...rest, configuration: { ...c, ...(session_variable_argument ? { session_argument: session_variable_argument } : {}) } };
};

const functionEntryObject = z.object({
  function: qualified,
  configuration: z
    .object({
      custom_name: z.string().nullish(),
      custom_root_fields: z.object({ function: z.string().nullish(), function_aggregate: z.string().nullish() }).partial().default({}),
      session_argument: z.string().nullish(),
      exposed_as: z.enum(['query', 'mutation']).nullish(),
    })
    .default({ custom_root_fields: {} }),
  permissions: z.array(z.object({ role: z.string() })).nullish(),
});
const functionEntry = z.preprocess(normalizeFunctionEntry, functionEntryObject);
export type FunctionMetadata = z.infer<typeof functionEntryObject>;

/** The parts of a source's connection settings this engine honours (Hasura's defaults). */
const connectionInfo = z
  .object({
    use_prepared_statements: z.boolean().default(false),
    pool_settings: z.object({ connection_lifetime: z.number().int().min(0).default(600) }).passthrough().default({ connection_lifetime: 600 }),
  })
  .passthrough();

const databaseEntry = z.object({
  name: z.string(),
  kind: z.string().default('postgres'),
  configuration: z.object({ connection_info: connectionInfo.optional() }).passthrough().optional(),
  tables: z.array(tableEntry).default([]),
  functions: z.array(functionEntry).default([]),
});

const inheritedRole = z.object({ role_name: z.string(), role_set: z.array(z.string()).min(1) });
export type InheritedRole = z.infer<typeof inheritedRole>;

export interface SourceSettings {
  /** connection_info.use_prepared_statements: send queries as named prepared statements. */
  usePreparedStatements: boolean;
  /** pool_settings.connection_lifetime: seconds before a connection is replaced (0: never). */
  connectionLifetimeSeconds: number;
}

export const DEFAULT_SOURCE_SETTINGS: SourceSettings = { usePreparedStatements: false, connectionLifetimeSeconds: 600 };

export interface Metadata {
  /** The connection settings of the (first) database source; Hasura's defaults when it has none. */
  source?: SourceSettings;
  tables: TableMetadata[];
  /** The file each entry of `tables` / `functions` came from, for error messages. */
  tableFiles: string[];
  functionFiles: string[];
  functions: FunctionMetadata[];
  inheritedRoles: InheritedRole[];
  /** api_limits.yaml (Hasura's depth / node / batch / time limits); `{}` when the file is absent or empty. */
  apiLimits?: ApiLimitsMetadata;
}

const INCLUDE = /^!include\s+(.+)$/;
/** The file each included object came from, so a validation error names the file that holds it. */
const sourceOf = new WeakMap<object, string>();
const fileOf = (v: unknown, fallback: string) => (v && typeof v === 'object' ? (sourceOf.get(v) ?? fallback) : fallback);

/** Reads a YAML file, resolving `"!include x.yaml"` entries (and the `!include` tag) relative to the file. */
function readYaml(file: string, root: string, seen: string[] = []): unknown {
  const rel = path.relative(root, file);
  if (seen.includes(file)) throw new MetadataError(rel, `"!include" cycle via ${seen.map((f) => path.relative(root, f)).join(' -> ')}`);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new MetadataError(rel, 'file not found');
  }
  let doc: unknown;
  try {
    doc = YAML.parse(text, {
      customTags: [{ tag: '!include', resolve: (value: string) => `!include ${value}` }],
    });
  } catch (e) {
    throw new MetadataError(rel, `not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const resolve = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const m = INCLUDE.exec(v.trim());
      if (!m) return v;
      const target = path.resolve(path.dirname(file), m[1].trim());
      const included = readYaml(target, root, [...seen, file]);
      if (included && typeof included === 'object') sourceOf.set(included, path.relative(root, target));
      return included;
    }
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]));
    return v;
  };
  return resolve(doc);
}

function validate<T extends z.ZodTypeAny>(schema: T, value: unknown, file: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MetadataError(file, `${issue.path.length ? `at ${issue.path.join('.')}: ` : ''}${issue.message}`);
  }
  return parsed.data;
}

export function loadMetadata(dir: string): Metadata {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new MetadataError(dir, 'metadata directory not found');
  const versionFile = path.join(dir, 'version.yaml');
  if (fs.existsSync(versionFile)) {
    const v = validate(z.object({ version: z.number() }), readYaml(versionFile, dir), 'version.yaml');
    if (v.version !== 3) throw new MetadataError('version.yaml', `metadata version ${v.version} is not supported (expected 3)`);
  }
  const dbFile = path.join(dir, 'databases', 'databases.yaml');
  const tables: TableMetadata[] = [];
  const functions: FunctionMetadata[] = [];
  const tableFiles: string[] = [];
  const functionFiles: string[] = [];
  let source = DEFAULT_SOURCE_SETTINGS;
  if (fs.existsSync(dbFile)) {
    const raw = readYaml(dbFile, dir);
    const list = validate(z.array(z.unknown()).nullable(), raw, 'databases/databases.yaml') ?? [];
    for (const [i, db] of list.entries()) {
      const obj = (db ?? {}) as { tables?: unknown; functions?: unknown };
      const tablesRaw = Array.isArray(obj.tables) ? obj.tables : [];
      const functionsRaw = Array.isArray(obj.functions) ? obj.functions : [];
      const base = validate(databaseEntry.omit({ tables: true, functions: true }), db, `databases/databases.yaml[${i}]`);
      if (base.kind !== 'postgres') throw new MetadataError('databases/databases.yaml', `database kind ${base.kind} is not supported`);
      const info = base.configuration?.connection_info;
      if (info && i === 0) source = { usePreparedStatements: info.use_prepared_statements, connectionLifetimeSeconds: info.pool_settings.connection_lifetime };
      for (const t of tablesRaw) {
        const file = fileOf(t, fileOf(obj.tables, 'databases/databases.yaml'));
        tables.push(validate(tableEntry, t, file));
        tableFiles.push(file);
      }
      for (const f of functionsRaw) {
        const file = fileOf(f, fileOf(obj.functions, 'databases/databases.yaml'));
        functions.push(validate(functionEntry, f, file));
        functionFiles.push(file);
      }
    }
  }
  let inheritedRoles: InheritedRole[] = [];
  const irFile = path.join(dir, 'inherited_roles.yaml');
  if (fs.existsSync(irFile)) inheritedRoles = validate(z.array(inheritedRole).nullable(), readYaml(irFile, dir), 'inherited_roles.yaml') ?? [];
  const limitsFile = path.join(dir, 'api_limits.yaml');
  const apiLimits = validate(apiLimitsSchema, fs.existsSync(limitsFile) ? (readYaml(limitsFile, dir) ?? null) : null, 'api_limits.yaml');
  return { source, tables, functions, inheritedRoles, tableFiles, functionFiles, apiLimits };
}
