import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { z } from 'zod';
import { HasuraError } from '../errors';
import { ADMIN_ROLE } from '../model/types';

// Hasura's API limits (metadata `api_limits.yaml`, Hasura's Hasura.RQL.Types.ApiLimit): depth, node, batch and
// time limits, each a `global` value with `per_role` overrides, all switched off by `disabled: true`. As Hasura
// documents (docs/docs/security/api-limits.mdx): none applies to the admin role, a role without its own value
// gets the global one, depth limits skip introspection, a *node* is a field with a selection set, depth counts
// nested fields with selection sets (`viewer { name }` is 1), and the time limit cancels the database query.
// rate_limit is read (so Hasura's metadata loads) but not enforced: it needs shared state across servers.

const count = z.number().int().nonnegative();
const seconds = z.number().positive();
const limit = <T extends z.ZodTypeAny>(value: T) =>
  z.object({ global: value, per_role: z.record(z.string(), value).default({}) }, { message: 'needs a "global" value' });

export const apiLimitsSchema = z
  .object({
    disabled: z.boolean().default(false),
    depth_limit: limit(count).optional(),
    node_limit: limit(count).optional(),
    batch_limit: limit(count).optional(),
    time_limit: limit(seconds).optional(),
    rate_limit: z.unknown().optional(),
  })
  .nullable()
  .transform((v) => v ?? { disabled: false });
export type ApiLimitsMetadata = z.infer<typeof apiLimitsSchema>;

/** The limits one role's requests run under; absent = unlimited. */
export interface RoleLimits {
  depth?: number;
  nodes?: number;
  batch?: number;
  timeSeconds?: number;
}

export class ApiLimits {
  constructor(private readonly meta: ApiLimitsMetadata = { disabled: false }) {}

  forRole(role: string): RoleLimits {
    if (role === ADMIN_ROLE || this.meta.disabled) return {};
    const pick = (l: { global: number; per_role: Record<string, number> } | undefined) => (l ? (l.per_role[role] ?? l.global) : undefined);
    return { depth: pick(this.meta.depth_limit), nodes: pick(this.meta.node_limit), batch: pick(this.meta.batch_limit), timeSeconds: pick(this.meta.time_limit) };
  }

  /** The longest time limit any role has: the database's statement_timeout is set a little above it. */
  get longestTimeSeconds(): number | null {
    const t = this.meta.time_limit;
    if (!t || this.meta.disabled) return null;
    return Math.max(t.global, ...Object.values(t.per_role));
  }
}

// ---- measuring an operation ----------------------------------------------------------------------

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

interface Measure {
  depth: number;
  nodes: number;
}

/**
 * Depth and node count of the operation, fragments expanded (each spread counts again, as the fields it adds
 * are fetched again). Fragment results are memoised, so a document of fragments spreading each other many
 * times costs linear work; a fragment cycle (invalid GraphQL, refused later by the parser) counts nothing.
 */
export function measureOperation(op: OperationDefinitionNode, doc: DocumentNode): Measure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, Measure>();
  const visiting = new Set<string>();
  const measure = (set: SelectionSetNode, root: boolean): Measure => {
    let depth = 0;
    let nodes = 0;
    for (const s of set.selections) {
      let m: Measure;
      if (s.kind === Kind.FIELD) {
        if (!s.selectionSet) continue;
        const inner = measure(s.selectionSet, false);
        // Introspection is exempt from depth limits (Hasura's docs); its nodes still count.
        const exempt = root && INTROSPECTION_ROOTS.has(s.name.value);
        m = { depth: exempt ? 0 : inner.depth + 1, nodes: inner.nodes + 1 };
      } else if (s.kind === Kind.INLINE_FRAGMENT) m = measure(s.selectionSet, root);
      else m = spread(s.name.value, root);
      depth = Math.max(depth, m.depth);
      nodes += m.nodes;
    }
    return { depth, nodes };
  };
  const spread = (name: string, root: boolean): Measure => {
    const key = `${root ? 'r' : 'n'}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const f = fragments.get(name);
    if (!f || visiting.has(name)) return { depth: 0, nodes: 0 };
    visiting.add(name);
    const m = measure(f.selectionSet, root);
    visiting.delete(name);
    memo.set(key, m);
    return m;
  };
  return measure(op.selectionSet, true);
}

/** Refuses an operation over the role's depth or node limit (checked before anything is compiled or run). */
export function checkOperationLimits(op: OperationDefinitionNode, doc: DocumentNode, limits: RoleLimits, role: string) {
  if (limits.depth === undefined && limits.nodes === undefined) return;
  const m = measureOperation(op, doc);
  if (limits.depth !== undefined && m.depth > limits.depth)
    throw new HasuraError('depth-limit-exceeded', `the operation is ${m.depth} levels deep; the depth limit of role "${role}" is ${limits.depth}`);
  if (limits.nodes !== undefined && m.nodes > limits.nodes)
    throw new HasuraError('node-limit-exceeded', `the operation has ${m.nodes} nodes (fields with a selection set); the node limit of role "${role}" is ${limits.nodes}`);
}

/** Refuses a batched request with more operations than the role's batch limit. */
export function checkBatchLimit(size: number, limits: RoleLimits, role: string) {
  if (limits.batch !== undefined && size > limits.batch)
    throw new HasuraError('batch-limit-exceeded', `the batch has ${size} operations; the batch limit of role "${role}" is ${limits.batch}`);
}

export const timeLimitError = (limits: RoleLimits, role: string) =>
  new HasuraError('time-limit-exceeded', `the operation took longer than the time limit of role "${role}" (${limits.timeSeconds} s) and was cancelled`);
