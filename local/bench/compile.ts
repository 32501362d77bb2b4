import { Pool } from 'pg';
import { loadEngineConfig } from '../graphql-engine/src/config';
import { loadMetadata } from '../graphql-engine/src/metadata';
import { loadCatalog } from '../graphql-engine/src/catalog';
import { buildModel } from '../graphql-engine/src/model/build';
import { buildRoleSchema } from '../graphql-engine/src/schema';
import { roleAccess } from '../graphql-engine/src/schema/access';
import { buildOperation, parseDocument } from '../graphql-engine/src/request/operation';
import { prepareQuery, statementName } from '../graphql-engine/src/execute';
import { bindParams } from '../graphql-engine/src/sql/builder';
import type { Session } from '../graphql-engine/src/session';

// The engine's own SQL for a request, from its compiler modules (the pipeline its HTTP path runs: parse,
// validate against the role's schema, compile), with the session bound: what the benchmarks send straight
// through `pg` and what EXPLAIN ANALYZE is run on.

export interface RawPlan {
  /** The root field's alias. */
  alias: string;
  text: string;
  values: unknown[];
  /** A prepared-statement name per distinct SQL text. */
  name: string;
}

export interface Compiler {
  /** One plan per root field of a query; `ms` is what the compile took (a plan-cache miss in the engine). */
  compile(query: string, variables: Record<string, unknown>, session: Session): { plans: RawPlan[]; ms: number };
}

export async function engineCompiler(metadataDir: string, databaseUrl: string, env: Record<string, string>, role: string): Promise<Compiler> {
  const config = loadEngineConfig(env);
  const stringifyNumbers = config.HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES;
  // A pool: the catalog loader runs its queries concurrently.
  const db = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const model = await buildModel(loadMetadata(metadataDir), await loadCatalog(db), db, { stringifyNumbers });
    const roleSchema = buildRoleSchema(model, roleAccess(role, false));
    return {
      compile(query, variables, session) {
        const start = process.hrtime.bigint();
        const op = buildOperation(roleSchema, parseDocument(query), { query, variables });
        const prepared = prepareQuery(op, { stringifyNumbers, namedStatements: false });
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        const plans = prepared.fields.flatMap((f) =>
          'plan' in f ? [{ alias: f.alias, text: f.plan.sql, values: bindParams(f.plan.params, session, op.variables.usage.values), name: statementName(f.plan.sql) }] : [],
        );
        return { plans, ms };
      },
    };
  } finally {
    await db.end();
  }
}
