import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Pool } from 'pg';
import { HasuraError } from './errors';
import type { Session } from './session';
import type { Model } from './model/types';
import type { OperationIR } from './ir';
import { roleAccess } from './schema/access';
import { buildRoleSchema, type RoleSchema } from './schema';
import { buildOperation, checkBoundValues, coerceVariables, parseDocument, selectOperation, type GraphQLRequest } from './request/operation';
import type { BoundCheck } from './request/values';
import { prepareQuery, runMutation, runQuery, type Cancellation, type PreparedQuery } from './execute';
import { ApiLimits, checkOperationLimits, timeLimitError, type RoleLimits } from './limits';

// One GraphQL request, start to finish: role schema (built once per role), parse + validate + compile
// (cached per role, query text, operation and variables *shape*), then execution with the request's values.

export interface EngineOptions {
  maxDepth: number;
  planCacheSize: number;
  /** The source's use_prepared_statements: queries run as named prepared statements. */
  namedStatements?: boolean;
  /** api_limits.yaml: depth / node limits (checked before compiling) and the time limit (enforced while running). */
  limits?: ApiLimits;
  /** Cancels what a PostgreSQL backend runs (a request past its time limit, or whose client left). */
  cancelBackend?: (pid: number) => Promise<unknown>;
}

/** Bigger documents are not cached, so the caches' memory stays bounded (entries × this size). */
const MAX_CACHED_QUERY_CHARS = 64 * 1024;
const BACKEND_ONLY_HEADER = 'x-hasura-use-backend-only-permissions';
const TRUE_VALUES = ['true', 't', 'yes', 'y'];
const FALSE_VALUES = ['false', 'f', 'no', 'n'];

/** A least-recently-used cache: plans for the same query are not parsed, validated or compiled twice. */
export class Lru<V> {
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
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as string);
  }
  get length() {
    return this.map.size;
  }
}

/** A compiled query and what a later request needs to reuse it: how to coerce and check its variables. */
interface CachedQuery {
  query: PreparedQuery;
  definitions: OperationIR['variables']['definitions'];
  checks: BoundCheck[];
}

/**
 * How a document's plan depends on its variables, learnt from its first compile: the values of `plain`
 * variables shaped the SQL (a `where: $where` object, a list standing for a list literal, @skip(if:)…); the
 * `bound` ones only fill parameters, so just their null-ness (which drops a comparison) shapes it.
 */
interface VariableShape {
  plain: string[];
  bound: string[];
}

/** The plan key part that variables contribute: plain values in full, bound ones as absent / null / given. */
function shapeKey(shape: VariableShape, given: Record<string, unknown>): string {
  const tag = (v: unknown) => (v === undefined ? 'u' : v === null ? 'n' : 'v');
  // An absent variable (which may take its default) and an explicit null differ: [] vs [null].
  const has = (n: string) => Object.prototype.hasOwnProperty.call(given, n);
  return JSON.stringify([shape.plain.map((n) => (has(n) ? [given[n]] : [])), shape.bound.map((n) => tag(has(n) ? given[n] : undefined))]);
}

export class Engine {
  private readonly schemas = new Map<string, RoleSchema>();
  private readonly documents: Lru<DocumentNode>;
  private readonly shapes: Lru<VariableShape>;
  private readonly plans: Lru<CachedQuery>;
  private readonly limits: ApiLimits;

  constructor(
    readonly model: Model,
    private readonly pool: Pool,
    private readonly options: EngineOptions,
  ) {
    this.documents = new Lru(options.planCacheSize);
    this.shapes = new Lru(options.planCacheSize);
    this.plans = new Lru(options.planCacheSize);
    this.limits = options.limits ?? new ApiLimits();
  }

  /** The API limits a role's requests run under (the HTTP layer checks the batch limit with them). */
  limitsFor(role: string): RoleLimits {
    return this.limits.forRole(role);
  }

  /** How many compiled query plans are cached (for tests and diagnostics). */
  get cachedPlans(): number {
    return this.plans.length;
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

  /**
   * Executes one request; returns the response body (JSON text). GraphQL errors are thrown as HasuraError.
   * `signal` aborts when the client has gone away; the role's time limit aborts it too. Either way the request's
   * running statements are cancelled in PostgreSQL.
   */
  async run(request: GraphQLRequest, session: Session, signal?: AbortSignal): Promise<string> {
    const limits = this.limits.forRole(session.role);
    const deadline = new Deadline(limits, session.role, signal);
    try {
      return await deadline.race(this.execute(request, session, limits, deadline.cancellation(this.options.cancelBackend)));
    } finally {
      deadline.clear();
    }
  }

  private async execute(request: GraphQLRequest, session: Session, limits: RoleLimits, cancellation: Cancellation | undefined): Promise<string> {
    const backendOnly = backendOnlyRequested(session);
    const rs = this.roleSchema(session.role, backendOnly);
    const given = request.variables ?? {};
    const documentKey = JSON.stringify([session.role, backendOnly, request.operationName ?? null, request.query]);
    const cacheable = documentKey.length <= MAX_CACHED_QUERY_CHARS;
    const shape = cacheable ? this.shapes.get(documentKey) : undefined;
    const cached = shape && this.plans.get(documentKey + shapeKey(shape, given));
    if (cached) {
      // The plan is reused; the values it binds are still coerced and checked like the first request's.
      const vars = coerceVariables(rs.schema, cached.definitions, given);
      checkBoundValues(cached.checks, vars.values);
      return `{"data":${await runQuery(this.pool, cached.query, { session, variables: vars.values }, rs.schema, cancellation)}}`;
    }
    const op = this.compile(rs, request, limits, session.role);
    const bindings = { session, variables: op.variables.usage.values };
    const options = { stringifyNumbers: this.model.stringifyNumbers, namedStatements: this.options.namedStatements ?? false };
    if (op.kind === 'mutation') {
      // Mutations carry their (possibly large) input values and rarely repeat: they are not kept.
      return `{"data":${await runMutation(this.pool, op, bindings, options, cancellation)}}`;
    }
    const query = prepareQuery(op, options);
    if (cacheable) {
      const usage = op.variables.usage;
      const learnt: VariableShape = { plain: [...usage.plain].sort(), bound: [...usage.bound].filter((n) => !usage.plain.has(n)).sort() };
      this.shapes.set(documentKey, learnt);
      this.plans.set(documentKey + shapeKey(learnt, given), { query, definitions: op.variables.definitions, checks: usage.checks });
    }
    return `{"data":${await runQuery(this.pool, query, bindings, rs.schema, cancellation)}}`;
  }

  private compile(rs: RoleSchema, request: GraphQLRequest, limits: RoleLimits, role: string): OperationIR {
    let doc = this.documents.get(request.query);
    if (!doc) {
      doc = parseDocument(request.query);
      if (request.query.length <= MAX_CACHED_QUERY_CHARS) this.documents.set(request.query, doc);
    }
    checkDepth(doc, request.operationName, this.options.maxDepth);
    checkLimits(doc, request.operationName, limits, role);
    return buildOperation(rs, doc, request);
  }
}

function checkLimits(doc: DocumentNode, operationName: string | null | undefined, limits: RoleLimits, role: string) {
  let op;
  try {
    op = selectOperation(doc, operationName);
  } catch {
    return; // reported with its proper error by the parser
  }
  checkOperationLimits(op, doc, limits, role);
}

/**
 * One request's time budget: aborts when the role's time limit passes or the caller's signal aborts, and then
 * settles the request at once with the time-limit error (the cancelled statements finish in the background).
 */
class Deadline {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | undefined;
  private readonly onCallerAbort = () => this.controller.abort(new HasuraError('unexpected', 'the request was cancelled because its client went away'));

  constructor(
    limits: RoleLimits,
    role: string,
    private readonly caller: AbortSignal | undefined,
  ) {
    if (limits.timeSeconds !== undefined) this.timer = setTimeout(() => this.controller.abort(timeLimitError(limits, role)), limits.timeSeconds * 1000);
    if (caller?.aborted) this.onCallerAbort();
    else caller?.addEventListener('abort', this.onCallerAbort, { once: true });
  }

  cancellation(cancelBackend: ((pid: number) => Promise<unknown>) | undefined): Cancellation | undefined {
    if (this.timer === undefined && !this.caller) return undefined;
    return { signal: this.controller.signal, cancelBackend: cancelBackend ?? (async () => {}) };
  }

  race(work: Promise<string>): Promise<string> {
    if (this.timer === undefined && !this.caller) return work;
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    const aborted = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
    work.catch(() => {}); // settles after the race when cancelled; its outcome is no longer wanted
    return Promise.race([work, aborted]);
  }

  clear() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
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
