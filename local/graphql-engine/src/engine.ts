import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Pool } from 'pg';
import { HasuraError } from './errors';
import type { Session } from './session';
import type { Model } from './model/types';
import type { OperationIR } from './ir';
import { roleAccess } from './schema/access';
import { buildRoleSchema, type RoleSchema } from './schema';
import { buildOperation, parseDocument, selectOperation, type GraphQLRequest } from './request/operation';
import { prepareQuery, runMutation, runQuery, type PreparedQuery } from './execute';

// One GraphQL request, start to finish: role schema (built once per role), parse + validate + compile
// (cached per query text, operation, role and variables), then execution.

export interface EngineOptions {
  maxDepth: number;
  planCacheSize: number;
}

/** Bigger documents are not cached, so the caches' memory stays bounded (entries × this size). */
const MAX_CACHED_QUERY_CHARS = 64 * 1024;
const BACKEND_ONLY_HEADER = 'x-hasura-use-backend-only-permissions';
const TRUE_VALUES = ['true', 't', 'yes', 'y'];
const FALSE_VALUES = ['false', 'f', 'no', 'n'];

/** A least-recently-used cache: plans for the same query are not parsed, validated or compiled twice. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V) {
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }
}

type Prepared = { kind: 'query'; query: PreparedQuery } | { kind: 'mutation'; op: OperationIR };

export class Engine {
  private readonly schemas = new Map<string, RoleSchema>();
  private readonly documents: Lru<DocumentNode>;
  private readonly plans: Lru<Prepared>;

  constructor(
    readonly model: Model,
    private readonly pool: Pool,
    private readonly options: EngineOptions,
  ) {
    this.documents = new Lru(options.planCacheSize);
    this.plans = new Lru(options.planCacheSize);
  }

  roleSchema(role: string, backendOnly: boolean): RoleSchema {
    const key = `${backendOnly ? 'b' : 'n'}:${role}`;
    let s = this.schemas.get(key);
    if (!s) {
      s = buildRoleSchema(this.model, roleAccess(role, backendOnly));
      this.schemas.set(key, s);
    }
    return s;
  }

  /** Executes one request; returns the response body (JSON text). GraphQL errors are thrown as HasuraError. */
  async run(request: GraphQLRequest, session: Session): Promise<string> {
    const backendOnly = backendOnlyRequested(session);
    const rs = this.roleSchema(session.role, backendOnly);
    const key = JSON.stringify([session.role, backendOnly, request.query, request.operationName ?? null, request.variables ?? null]);
    let prepared = this.plans.get(key);
    if (!prepared) {
      let doc = this.documents.get(request.query);
      if (!doc) {
        doc = parseDocument(request.query);
        if (request.query.length <= MAX_CACHED_QUERY_CHARS) this.documents.set(request.query, doc);
      }
      checkDepth(doc, request.operationName, this.options.maxDepth);
      const op = buildOperation(rs, doc, request);
      prepared = op.kind === 'query' ? { kind: 'query', query: prepareQuery(op, { stringifyNumbers: this.model.stringifyNumbers }) } : { kind: 'mutation', op };
      // Mutations carry their (possibly large) input values and rarely repeat: only queries are kept.
      if (prepared.kind === 'query' && key.length <= MAX_CACHED_QUERY_CHARS) this.plans.set(key, prepared);
    }
    const data =
      prepared.kind === 'query'
        ? await runQuery(this.pool, prepared.query, session, rs.schema)
        : await runMutation(this.pool, prepared.op, session, { stringifyNumbers: this.model.stringifyNumbers });
    return `{"data":${data}}`;
  }
}

/** Backend-only permissions apply when the admin secret was sent with x-hasura-use-backend-only-permissions: true. */
function backendOnlyRequested(session: Session): boolean {
  const raw = session.variables[BACKEND_ONLY_HEADER];
  if (raw === undefined || !session.adminSecretSent) return false;
  const v = raw.trim().toLowerCase();
  if (TRUE_VALUES.includes(v)) return true;
  if (FALSE_VALUES.includes(v)) return false;
  throw new HasuraError(
    'bad-request',
    `${BACKEND_ONLY_HEADER}:  Not a valid boolean text. True values are ${JSON.stringify(TRUE_VALUES)} and  False values are ${JSON.stringify(FALSE_VALUES)}. All values are case insensitive`,
  );
}

/** Rejects operations whose selections nest deeper than `max` (fragments followed, cycles cut). */
export function checkDepth(doc: DocumentNode, operationName: string | null | undefined, max: number) {
  let op;
  try {
    op = selectOperation(doc, operationName);
  } catch {
    return; // reported with its proper error by the parser
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depth = (set: SelectionSetNode, seen: Set<string>): number => {
    let deepest = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) deepest = Math.max(deepest, s.selectionSet ? 1 + depth(s.selectionSet, seen) : 1);
      else if (s.kind === Kind.INLINE_FRAGMENT) deepest = Math.max(deepest, depth(s.selectionSet, seen));
      else {
        const f = fragments.get(s.name.value);
        if (f && !seen.has(f.name.value)) deepest = Math.max(deepest, depth(f.selectionSet, new Set([...seen, f.name.value])));
      }
      if (deepest > max) break;
    }
    return deepest;
  };
  if (depth(op.selectionSet, new Set()) > max) throw new HasuraError('validation-failed', `the query is nested deeper than the allowed ${max} levels`, '$');
}
