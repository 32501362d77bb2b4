import { tableKey } from '../catalog';
import { TRUE, type AggregatePredicateFn, type BoolExp, type ColumnCompareOp, type ColumnOp, type Relationship, type ScalarOp, type Table, type Value } from './types';

// Permission rules as metadata writes them: `_op` or the legacy `$op` spelling, a bare value meaning `_eq`,
// relationships and computed fields by name, `_exists` over any tracked table, column comparisons (`_ceq`,
// with ["$", col] naming the root table), and session variables as "X-Hasura-*" strings.

const SCALAR_OPS = new Set<string>([
  '_eq',
  '_neq',
  '_gt',
  '_gte',
  '_lt',
  '_lte',
  '_in',
  '_nin',
  '_like',
  '_nlike',
  '_ilike',
  '_nilike',
  '_similar',
  '_nsimilar',
  '_regex',
  '_nregex',
  '_iregex',
  '_niregex',
  '_contains',
  '_contained_in',
  '_has_key',
  '_has_keys_any',
  '_has_keys_all',
]);
const OP_ALIASES: Record<string, string> = { _ne: '_neq', _cne: '_cneq' };
const COLUMN_OPS = new Set<string>(['_ceq', '_cneq', '_cgt', '_cgte', '_clt', '_clte']);

const SESSION_VAR = /^x-hasura-/i;

export function isSessionVariable(v: unknown): v is string {
  return typeof v === 'string' && SESSION_VAR.test(v);
}

/** A literal, or a session variable when the string names one (case-insensitively, as Hasura does). */
export function parsePresetValue(v: unknown): Value {
  return isSessionVariable(v) ? { kind: 'session', name: v.toLowerCase() } : { kind: 'lit', value: v };
}

function normalizeOp(key: string): string {
  const k = key.startsWith('$') ? `_${key.slice(1)}` : key;
  return OP_ALIASES[k] ?? k;
}

/** The array relationship `key` names as `<rel>_aggregate` in a boolean expression, if any. */
export function aggregateRel(t: Table, key: string): Relationship | undefined {
  if (!key.endsWith(AGGREGATE_SUFFIX)) return undefined;
  const rel = t.relByName.get(key.slice(0, -AGGREGATE_SUFFIX.length));
  return rel?.kind === 'array' ? rel : undefined;
}
const AGGREGATE_SUFFIX = '_aggregate';
const AGGREGATE_FNS = new Set<string>(['count', 'bool_and', 'bool_or']);

/** `<rel>_aggregate: {count: {…}}` in a permission rule (no target filter: rules see every row, as 'rel' does). */
function parseAggregatePredicate(rel: Relationship, value: unknown, tables: Map<string, Table>): BoolExp {
  const entries = Object.entries((value ?? {}) as Record<string, unknown>);
  if (entries.length !== 1 || !AGGREGATE_FNS.has(entries[0][0])) throw new Error(`"${rel.name}_aggregate" expects exactly one of count, bool_and, bool_or`);
  const [fn, raw] = entries[0] as [AggregatePredicateFn, { arguments?: unknown; distinct?: unknown; filter?: unknown; predicate?: unknown }];
  const names = fn === 'count' ? ((raw?.arguments as string[] | undefined) ?? []) : [raw?.arguments as string];
  const columns = names.map((n) => {
    const c = rel.target.columnByName.get(n);
    if (!c) throw new Error(`"${rel.name}_aggregate": column "${n}" does not exist`);
    return c;
  });
  const target = rel.target;
  const filter = raw?.filter === undefined ? TRUE : parsePermissionBoolExp(target, raw.filter, tables);
  return { kind: 'aggregate', rel, predicate: { fn, columns, distinct: raw?.distinct === true, filter, ops: parseOps(target, `${rel.name}_aggregate`, raw?.predicate ?? {}) } };
}

export function parsePermissionBoolExp(table: Table, json: unknown, tables: Map<string, Table>): BoolExp {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new Error('a boolean expression must be an object');
  const items: BoolExp[] = [];
  for (const [rawKey, value] of Object.entries(json as Record<string, unknown>)) {
    const key = rawKey.startsWith('$') ? `_${rawKey.slice(1)}` : rawKey;
    if (key === '_and' || key === '_or') {
      if (!Array.isArray(value)) throw new Error(`"${rawKey}" expects an array`);
      items.push({ kind: key === '_and' ? 'and' : 'or', items: value.map((v) => parsePermissionBoolExp(table, v, tables)) });
    } else if (key === '_not') {
      items.push({ kind: 'not', item: parsePermissionBoolExp(table, value, tables) });
    } else if (key === '_exists') {
      const v = value as { _table?: unknown; _where?: unknown };
      const ref = typeof v?._table === 'string' ? { schema: 'public', name: v._table } : (v?._table as { schema?: string; name?: string });
      const target = ref?.name ? tables.get(tableKey(ref.schema ?? 'public', ref.name)) : undefined;
      if (!target) throw new Error(`"_exists": table ${JSON.stringify(v?._table)} is not tracked`);
      items.push({ kind: 'exists', table: target, where: parsePermissionBoolExp(target, v._where ?? {}, tables) });
    } else if (table.columnByName.has(rawKey)) {
      items.push({ kind: 'column', column: table.columnByName.get(rawKey)!, ops: parseOps(table, rawKey, value) });
    } else if (table.relByName.has(rawKey)) {
      const rel = table.relByName.get(rawKey)!;
      items.push({ kind: 'rel', rel, where: parsePermissionBoolExp(rel.target, value, tables) });
    } else if (aggregateRel(table, rawKey)) {
      items.push(parseAggregatePredicate(aggregateRel(table, rawKey)!, value, tables));
    } else if (table.computedByName.has(rawKey)) {
      const field = table.computedByName.get(rawKey)!;
      if (field.fn.returnTable) items.push({ kind: 'computedSet', field, args: {}, where: parsePermissionBoolExp(field.fn.returnTable, value, tables) });
      else items.push({ kind: 'computed', field, args: {}, ops: parseOps(table, rawKey, value) });
    } else {
      throw new Error(`"${rawKey}" is neither a column, a relationship nor a computed field of "${table.name}"`);
    }
  }
  return items.length === 1 ? items[0] : { kind: 'and', items };
}

function parseOps(table: Table, column: string, value: unknown): ColumnOp[] {
  const isOpObject =
    value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((k) => /^[_$]/.test(k));
  if (!isOpObject || Object.keys(value as object).length === 0) {
    if (isOpObject) return [];
    return [{ op: '_eq', value: parsePresetValue(value) }];
  }
  return Object.entries(value as Record<string, unknown>).map(([rawOp, v]): ColumnOp => {
    const op = normalizeOp(rawOp);
    if (op === '_is_null') return { op: '_is_null', value: parsePresetValue(v) };
    if (op === '_cast') return { op: '_cast', ops: parseOps(table, column, (v as Record<string, unknown>)?.String ?? {}) };
    if (SCALAR_OPS.has(op)) return { op: op as ScalarOp, value: parsePresetValue(v) };
    if (COLUMN_OPS.has(op)) {
      const ref = Array.isArray(v) ? v : [v];
      const root = ref[0] === '$';
      const name = String(root ? ref[1] : ref[0]);
      if (!root && !table.columnByName.has(name)) throw new Error(`"${rawOp}" on "${column}": column "${name}" does not exist`);
      return { op: op as ColumnCompareOp, column: name, root };
    }
    throw new Error(`unknown operator "${rawOp}" on "${column}"`);
  });
}
