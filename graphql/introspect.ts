/**
 * Saves the running engine's schema per role, so codegen (and typecheck) run offline: graphql/schema.graphql as
 * nest-access (what staff screens may query) and graphql/schema.admin.graphql as nest-admin (what admin routes may).
 * Usage: npm run codegen:schema  (engine at HASURA_GRAPHQL_URL, default the local stack's; INTROSPECT_ROLE picks one
 * role, both when unset). Introspects with the admin secret and x-hasura-role, so each file is exactly that role's.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { z } from 'zod';
import { DEV_PORTS, LOCAL } from '../local/stack/config';

const LOCAL_ENGINE_URL = `http://127.0.0.1:${DEV_PORTS.engine}/v1/graphql`;

const envSchema = z.object({
  HASURA_GRAPHQL_URL: z.string().url().default(LOCAL_ENGINE_URL),
  HASURA_GRAPHQL_ADMIN_SECRET: z.string().min(1, { message: 'is needed to introspect as a role without a user token' }).optional(),
  INTROSPECT_ROLE: z.enum(['nest-access', 'nest-admin']).optional(),
});

const responseSchema = z.object({
  data: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

async function main() {
  const parsedEnv = envSchema.safeParse(process.env);
  if (!parsedEnv.success) {
    for (const issue of parsedEnv.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    process.exit(2);
  }
  const env = parsedEnv.data;
  // The local stack's engine has a fixed, non-secret admin secret; any other engine needs it given.
  const adminSecret = env.HASURA_GRAPHQL_ADMIN_SECRET ?? (env.HASURA_GRAPHQL_URL === LOCAL_ENGINE_URL ? LOCAL.hasuraAdminSecret : undefined);
  if (!adminSecret) {
    console.error('HASURA_GRAPHQL_ADMIN_SECRET: is needed to introspect an engine other than the local one');
    process.exit(2);
  }
  for (const role of env.INTROSPECT_ROLE ? [env.INTROSPECT_ROLE] : (['nest-access', 'nest-admin'] as const)) {
    await save(env.HASURA_GRAPHQL_URL, adminSecret, role);
  }
}

/** The file each role's schema is kept in (graphql/roles.test.ts checks every operation against its role's). */
export const SCHEMA_FILE = { 'nest-access': 'schema.graphql', 'nest-admin': 'schema.admin.graphql' } as const;

async function save(url: string, adminSecret: string, role: keyof typeof SCHEMA_FILE) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hasura-admin-secret': adminSecret,
      'x-hasura-role': role,
    },
    body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true }) }),
    signal: AbortSignal.timeout(30_000),
  }).catch((err: unknown) => {
    console.error(`Cannot reach ${url} (${err instanceof Error ? err.message : String(err)}). Is the stack running (npm run dev)?`);
    process.exit(1);
  });
  const body = responseSchema.parse(await response.json());
  if (body.errors?.length || !body.data) {
    console.error(`Introspection failed: ${body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`}`);
    process.exit(1);
  }
  const schema = buildClientSchema(body.data as unknown as IntrospectionQuery);
  const header = `# Introspected from the GraphQL engine as role ${role} by \`npm run codegen:schema\`. Do not edit.\n\n`;
  const target = join(process.cwd(), 'graphql', SCHEMA_FILE[role]);
  await writeFile(target, header + printSchema(lexicographicSortSchema(schema)) + '\n');
  console.log(`Wrote ${target}`);
}

if (require.main === module) void main();
