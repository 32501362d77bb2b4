import { createHash } from 'node:crypto';
import { execute as executeGraphQL, Kind, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Pool, PoolClient } from 'pg';
import { HasuraError } from '../errors';
import type { Session } from '../session';
import type { InsertIR, InsertRow, MutationOutput, OperationIR, RootFieldIR } from '../ir';
import { bindParams, requiredSessionVariables, type Plan } from '../sql/builder';
import { compileAggregate, compileDelete, compileInsert, compileReturning, compileSelect, compileUpdate, type CompileOptions } from '../sql/compile';
import { toHasuraError } from './pg-errors';
import { withClient, type Cancellation } from './cancel';

export type { Cancellation } from './cancel';

// Runs an operation: each query root field is one statement (run concurrently); a mutation runs in one
// transaction, each root field in order, and a failed permission check or database error rolls it all back.
// Results stay JSON text from PostgreSQL and are spliced into the response without re-parsing.

export interface PreparedQuery {
  kind: 'query';
  fields: ({ alias: string; plan: Plan } | { alias: string; json: string } | { alias: string; introspection: DocumentNode })[];
}

/** What a plan binds per request: the session, and the request's coerced GraphQL variables. */
export interface Bindings {
  session: Session;
  variables: ReadonlyMap<string, unknown>;
}

export interface PrepareOptions extends CompileOptions {
  /** The source's use_prepared_statements: run each statement under a name derived from its SQL text. */
  namedStatements: boolean;
}

/**
 * A prepared statement's name: a digest of its SQL, so equal text shares one server-side statement on each
 * connection and different text never collides (pg refuses a known name with other text).
 */
export const statementName = (sql: string) => `hge_${createHash('sha1').update(sql).digest('hex')}`;

const CHECK_FAILED = 'check constraint of an insert/update permission has failed';

/** Compiles a query operation once; the result is cached per (query, role, variables shape). */
export function prepareQuery(op: OperationIR, options: PrepareOptions): PreparedQuery {
  const named = (plan: Plan): Plan => (options.namedStatements ? { ...plan, name: statementName(plan.sql) } : plan);
  return {
    kind: 'query',
    fields: op.fields.map((f) => {
      switch (f.kind) {
        case 'typename':
          return { alias: f.alias, json: JSON.stringify(f.typename) };
        case 'introspection':
          return {
            alias: f.alias,
            introspection: {
              kind: Kind.DOCUMENT,
              definitions: [
                { kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, selectionSet: { kind: Kind.SELECTION_SET, selections: [f.node] } },
                ...f.fragments,
              ],
            } as DocumentNode,
          };
        case 'select':
          return { alias: f.alias, plan: named(compileSelect(f.select, options)) };
        case 'aggregate':
          return { alias: f.alias, plan: named(compileAggregate(f.aggregate, options)) };
        default:
          throw new HasuraError('validation-failed', 'mutation fields are not allowed in a query', '$');
      }
    }),
  };
}

function checkSession(plans: Plan[], session: Session) {
  for (const p of plans)
    for (const name of requiredSessionVariables(p.params))
      if (session.variables[name] === undefined) throw new HasuraError('not-found', `missing session variable: "${name}"`);
}

const objectText = (pairs: [string, string][]) => `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;

async function runPlan(db: Pool | PoolClient, plan: Plan, b: Bindings, errorPath: string): Promise<Record<string, unknown>> {
  try {
    const res = await db.query({ name: plan.name, text: plan.sql, values: bindParams(plan.params, b.session, b.variables) });
    return res.rows[0] as Record<string, unknown>;
  } catch (e) {
    throw toHasuraError(e, errorPath);
  }
}

export async function runQuery(pool: Pool, prepared: PreparedQuery, b: Bindings, schema: GraphQLSchema, cancellation?: Cancellation): Promise<string> {
  checkSession(prepared.fields.flatMap((f) => ('plan' in f ? [f.plan] : [])), b.session);
  const values = await Promise.all(
    prepared.fields.map(async (f): Promise<string> => {
      if ('json' in f) return f.json;
      if ('introspection' in f) {
        const result = await executeGraphQL({ schema, document: f.introspection });
        if (result.errors?.length) throw new HasuraError('validation-failed', result.errors[0].message, '$');
        return JSON.stringify(Object.values(result.data ?? {})[0] ?? null);
      }
      const row = await withClient(pool, cancellation, (client) => runPlan(client, f.plan, b, '$')).catch((e: HasuraError) => {
        if (cancellation?.signal.aborted) throw cancellation.signal.reason;
        // The database failed while answering: Hasura reports that with "data": null beside the errors.
        throw Object.assign(e, { withNullData: true });
      });
      return (row.j as string | null) ?? 'null';
    }),
  );
  return objectText(prepared.fields.map((f, i) => [f.alias, values[i]]));
}

interface WriteResult {
  affected: number;
  /** JSON arrays (text) of the rows written, in order; kept as text so no value loses precision. */
  rows: string[];
  /** The same rows with text values, to read keys for nested inserts. */
  keys: Record<string, string | null>[];
}

const EMPTY: WriteResult = { affected: 0, rows: [], keys: [] };

/**
 * Hasura opens every mutation transaction with `SET LOCAL "hasura.user" = '<session variables as JSON>'`
 * (its withUserInfo / setHeadersTx), so triggers can tell who wrote: current_setting('hasura.user').
 * set_config(…, true) is the same transaction-local setting, with the JSON as a bind parameter.
 */
const SET_SESSION_SQL = "SELECT set_config('hasura.user', $1, true)";

export async function runMutation(pool: Pool, op: OperationIR, b: Bindings, options: CompileOptions, cancellation?: Cancellation): Promise<string> {
  return withClient(pool, cancellation, async (client) => {
    try {
      await client.query('BEGIN');
      await client.query(SET_SESSION_SQL, [JSON.stringify(b.session.variables)]);
      const out: [string, string][] = [];
      for (const f of op.fields) out.push([f.alias, await mutationField(client, f, b, options)]);
      await client.query('COMMIT');
      return objectText(out);
    } catch (e) {
      // A cancelled statement aborts the transaction; nothing of it is kept.
      await client.query('ROLLBACK').catch(() => {});
      if (cancellation?.signal.aborted) throw cancellation.signal.reason;
      throw e;
    }
  });
}

async function mutationField(client: PoolClient, f: RootFieldIR, b: Bindings, options: CompileOptions): Promise<string> {
  switch (f.kind) {
    case 'typename':
      return JSON.stringify(f.typename);
    case 'insert': {
      const result = await insertAll(client, f.insert, b, options, f.errorPath);
      return output(client, f.insert.table, f.output, result, b, options);
    }
    case 'update': {
      // Hasura answers an update with nothing to set as zero rows, without touching the table.
      if (!f.update.assignments.length) return output(client, f.update.table, f.output, EMPTY, b, options);
      const result = await write(client, compileUpdate(f.update, options), b, '$');
      return output(client, f.update.table, f.output, result, b, options);
    }
    case 'update_many': {
      // Each update runs in order, in the same transaction; the answer lists one response per update.
      const parts: string[] = [];
      for (const u of f.updates) {
        const result = u.assignments.length ? await write(client, compileUpdate(u, options), b, '$') : EMPTY;
        parts.push(await output(client, u.table, f.output, result, b, options));
      }
      return `[${parts.join(',')}]`;
    }
    case 'delete': {
      const result = await write(client, compileDelete(f.delete, options), b, '$');
      return output(client, f.delete.table, f.output, result, b, options);
    }
    case 'select': {
      // A tracked VOLATILE function exposed as a mutation: Hasura runs it inside the mutation's transaction
      // (hasura.user set), so an exception it raises rolls back everything the operation wrote.
      if (f.select.source.kind !== 'function') break;
      const plan = compileSelect(f.select, options);
      checkSession([plan], b.session);
      const row = await runPlan(client, plan, b, '$');
      return (row.j as string | null) ?? 'null';
    }
  }
  throw new HasuraError('validation-failed', 'query fields are not allowed in a mutation', '$');
}

async function write(client: PoolClient, plan: Plan, b: Bindings, errorPath: string): Promise<WriteResult> {
  checkSession([plan], b.session);
  const row = await runPlan(client, plan, b, errorPath);
  if (row.ok === false) throw new HasuraError('permission-error', CHECK_FAILED, errorPath);
  return { affected: Number(row.affected), rows: [row.rows as string], keys: row.keys as Record<string, string | null>[] };
}

const hasNested = (r: InsertRow) => r.objectRelationships.length > 0 || r.arrayRelationships.length > 0;

/**
 * Inserts rows. Flat rows go in one statement; a row with nested relationships is inserted step by step:
 * its object relationships first (their keys fill this row's columns), then the row, then its array
 * relationships (this row's keys fill theirs).
 */
async function insertAll(client: PoolClient, ir: InsertIR, b: Bindings, options: CompileOptions, errorPath: string): Promise<WriteResult> {
  if (!ir.rows.length) return EMPTY;
  if (!ir.rows.some(hasNested)) return write(client, compileInsert(ir, options), b, errorPath);
  const total: WriteResult = { affected: 0, rows: [], keys: [] };
  for (const row of ir.rows) {
    const columns = new Map(row.columns);
    const after: { rel: InsertRow['arrayRelationships'][number]['rel']; insert: InsertIR }[] = [];
    for (const { rel, insert } of row.objectRelationships) {
      if (!rel.sourceHoldsKey) {
        after.push({ rel, insert });
        continue;
      }
      const parent = await insertAll(client, insert, b, options, errorPath);
      total.affected += parent.affected;
      const target = parent.keys[0];
      if (!target) throw new HasuraError('not-exists', `the object relationship "${rel.name}" did not insert a row (on_conflict did nothing)`, errorPath);
      for (const [s, t] of rel.mapping) columns.set(s, { kind: 'lit', value: target[t] });
    }
    const own = await write(client, compileInsert({ ...ir, rows: [{ ...row, columns, objectRelationships: [], arrayRelationships: [] }] }, options), b, errorPath);
    total.affected += own.affected;
    total.rows.push(...own.rows);
    total.keys.push(...own.keys);
    const inserted = own.keys[0];
    if (!inserted) continue;
    for (const { rel, insert } of [...after, ...row.arrayRelationships]) {
      const rows = insert.rows.map((r) => {
        const c = new Map(r.columns);
        for (const [s, t] of rel.mapping) c.set(t, { kind: 'lit' as const, value: inserted[s] });
        return { ...r, columns: c };
      });
      const child = await insertAll(client, { ...insert, rows }, b, options, errorPath);
      total.affected += child.affected;
    }
  }
  return total;
}

async function output(client: PoolClient, table: InsertIR['table'], out: MutationOutput, result: WriteResult, b: Bindings, options: CompileOptions): Promise<string> {
  const returning = async (fields: Parameters<typeof compileReturning>[2], single: boolean) => {
    if (!result.keys.length) return single ? 'null' : '[]';
    const rowsJson = result.rows.length === 1 ? result.rows[0] : `[${result.rows.map((r) => r.slice(1, -1)).filter((r) => r.trim()).join(',')}]`;
    const plan = compileReturning(table, rowsJson, fields, single, options);
    checkSession([plan], b.session);
    const row = await runPlan(client, plan, b, '$');
    return (row.j as string | null) ?? 'null';
  };
  if (out.kind === 'single') return returning(out.fields, true);
  const pairs: [string, string][] = [];
  for (const f of out.fields) {
    if (f.kind === 'affected_rows') pairs.push([f.alias, String(result.affected)]);
    else if (f.kind === 'typename') pairs.push([f.alias, JSON.stringify(f.typename)]);
    else pairs.push([f.alias, await returning(f.fields, false)]);
  }
  return objectText(pairs);
}
