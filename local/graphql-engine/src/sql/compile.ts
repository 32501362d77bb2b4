import type {
  AggregateIR,
  AggregateSelection,
  DeleteIR,
  FieldIR,
  FnCallArg,
  InsertIR,
  InsertRow,
  OnConflictIR,
  OrderByItem,
  OrderTarget,
  SelectArgs,
  SelectIR,
  Source,
  UpdateIR,
} from '../ir';
import type { BoolExp, ColumnOp, ComputedField, FnArg, FunctionInfo, Relationship, Table, Value } from '../model/types';
import { STRINGIFIED_TYPES } from '../model/build';
import { Params, quoteIdent as qi, quoteLiteral, quoteQualified, type Plan } from './builder';

// The SQL compiler. Pure: IR in, { sql, params } out. Each root field becomes one statement whose JSON result
// is built inside PostgreSQL (json_build_object / json_agg, one LEFT JOIN LATERAL per relationship). Rows are
// filtered, ordered and limited in an inner query first, so relationships are only computed for the page.

export interface CompileOptions {
  stringifyNumbers: boolean;
}

class Ctx {
  readonly params = new Params();
  private n = 0;
  constructor(readonly options: CompileOptions) {}
  alias(): string {
    return qi(`_${this.n++}`);
  }
  value(v: Value, sqlType: string | null): string {
    if (v.kind === 'lit') return this.params.lit(v.value, sqlType);
    const ref = this.params.add(v.kind === 'session' ? { kind: 'session', name: v.name } : { kind: 'var', name: v.name, sqlType });
    return sqlType ? `${ref}::${sqlType}` : ref;
  }
  sessionJson(): string {
    return `${this.params.add({ kind: 'sessionJson' })}::json`;
  }
}

const tableSql = (t: Table) => quoteQualified(t.schema, t.name);
const col = (alias: string, name: string) => `${alias}.${qi(name)}`;
const arrayType = (sqlType: string) => `${sqlType}[]`;

// ---- boolean expressions -------------------------------------------------------------------------

interface BoolCtx {
  alias: string;
  table: Table;
  /** The alias of the table a permission rule belongs to: `["$", col]` compares against it. */
  rootAlias: string;
}

export function compileBoolExp(exp: BoolExp, b: BoolCtx, ctx: Ctx): string {
  switch (exp.kind) {
    case 'and':
      return exp.items.length ? `(${exp.items.map((e) => compileBoolExp(e, b, ctx)).join(' AND ')})` : 'true';
    case 'or':
      return exp.items.length ? `(${exp.items.map((e) => compileBoolExp(e, b, ctx)).join(' OR ')})` : 'false';
    case 'not':
      return `(NOT ${compileBoolExp(exp.item, b, ctx)})`;
    case 'column':
      return opsSql(col(b.alias, exp.column.name), exp.column.sqlType, exp.column.typname, exp.ops, b, ctx);
    case 'rel': {
      const a = ctx.alias();
      const join = joinCondition(exp.rel, b.alias, a);
      const inner = compileBoolExp(exp.where, { alias: a, table: exp.rel.target, rootAlias: b.rootAlias }, ctx);
      return `EXISTS (SELECT 1 FROM ${tableSql(exp.rel.target)} AS ${a} WHERE ${join} AND ${inner})`;
    }
    case 'aggregate': {
      // Hasura's shape: EXISTS over a one-row subselect of the aggregate, compared outside it.
      const a = ctx.alias();
      const sub = ctx.alias();
      const { rel, predicate: p } = exp;
      const filter = compileBoolExp(p.filter, { alias: a, table: rel.target, rootAlias: a }, ctx);
      const args = p.columns.map((c) => col(a, c.name));
      // Hasura parses `distinct` but leaves it out of the SQL: so does this, so results match production.
      const agg = p.fn !== 'count' ? `${p.fn}(${args[0]})` : args.length ? `count(${args.length === 1 ? args[0] : `(${args.join(', ')})`})` : 'count(*)';
      const [sqlType, typname] = p.fn === 'count' ? ['integer', 'int4'] : ['boolean', 'bool'];
      const test = opsSql(`${sub}."v"`, sqlType, typname, p.ops, { alias: sub, table: rel.target, rootAlias: sub }, ctx);
      return `EXISTS (SELECT 1 FROM (SELECT ${agg} AS "v" FROM ${tableSql(rel.target)} AS ${a} WHERE ${joinCondition(rel, b.alias, a)} AND ${filter}) AS ${sub} WHERE ${test})`;
    }
    case 'exists': {
      const a = ctx.alias();
      const inner = compileBoolExp(exp.where, { alias: a, table: exp.table, rootAlias: b.rootAlias }, ctx);
      return `EXISTS (SELECT 1 FROM ${tableSql(exp.table)} AS ${a} WHERE ${inner})`;
    }
    case 'computed': {
      const call = computedCall(exp.field, b.alias, null, ctx);
      return opsSql(call, exp.field.fn.returnSqlType, exp.field.fn.returnTypname, exp.ops, b, ctx);
    }
    case 'computedSet': {
      const a = ctx.alias();
      const target = exp.field.fn.returnTable!;
      const inner = compileBoolExp(exp.where, { alias: a, table: target, rootAlias: b.rootAlias }, ctx);
      return `EXISTS (SELECT 1 FROM ${computedCall(exp.field, b.alias, null, ctx)} AS ${a} WHERE ${inner})`;
    }
  }
}

const BINARY: Record<string, string> = {
  _eq: '=',
  _neq: '<>',
  _gt: '>',
  _gte: '>=',
  _lt: '<',
  _lte: '<=',
  _like: 'LIKE',
  _nlike: 'NOT LIKE',
  _ilike: 'ILIKE',
  _nilike: 'NOT ILIKE',
  _similar: 'SIMILAR TO',
  _nsimilar: 'NOT SIMILAR TO',
  _regex: '~',
  _nregex: '!~',
  _iregex: '~*',
  _niregex: '!~*',
  _contains: '@>',
  _contained_in: '<@',
  _ceq: '=',
  _cneq: '<>',
  _cgt: '>',
  _cgte: '>=',
  _clt: '<',
  _clte: '<=',
};

function opsSql(lhs: string, sqlType: string, typname: string, ops: ColumnOp[], b: BoolCtx, ctx: Ctx): string {
  if (!ops.length) return 'true';
  const parts = ops.map((o) => {
    switch (o.op) {
      case '_is_null':
        if (o.value.kind === 'lit') return o.value.value ? `(${lhs} IS NULL)` : `(${lhs} IS NOT NULL)`;
        return `((${lhs} IS NULL) = ${ctx.value(o.value, 'boolean')})`;
      case '_in':
      case '_nin': {
        if (o.value.kind === 'lit' && Array.isArray(o.value.value) && o.value.value.length === 0) return o.op === '_in' ? 'false' : 'true';
        const arr = ctx.value(o.value.kind === 'lit' && !Array.isArray(o.value.value) ? { kind: 'lit', value: [o.value.value] } : o.value, arrayType(sqlType));
        return o.op === '_in' ? `(${lhs} = ANY(${arr}))` : `(${lhs} <> ALL(${arr}))`;
      }
      case '_cast':
        return opsSql(`(${lhs})::text`, 'text', 'text', o.ops, b, ctx);
      case '_has_key':
        return `(${lhs} ? ${ctx.value(o.value, 'text')})`;
      case '_has_keys_any':
        return `(${lhs} ?| ${ctx.value(o.value, 'text[]')})`;
      case '_has_keys_all':
        return `(${lhs} ?& ${ctx.value(o.value, 'text[]')})`;
      case '_ceq':
      case '_cneq':
      case '_cgt':
      case '_cgte':
      case '_clt':
      case '_clte':
        return `(${lhs} ${BINARY[o.op]} ${col(o.root ? b.rootAlias : b.alias, o.column)})`;
      default: {
        const type = typname === 'json' && (o.op === '_contains' || o.op === '_contained_in') ? 'jsonb' : sqlType;
        return `(${lhs} ${BINARY[o.op]} ${ctx.value(o.value, type)})`;
      }
    }
  });
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

function joinCondition(rel: Relationship, sourceAlias: string, targetAlias: string): string {
  return rel.mapping.map(([s, t]) => `${col(targetAlias, t)} = ${col(sourceAlias, s)}`).join(' AND ') || 'true';
}

/**
 * A function call. Named notation when every argument has a name (omitted ones take their defaults);
 * positional otherwise (the parser allows omitting only trailing positional arguments).
 */
function functionCall(fn: FunctionInfo, args: FnCallArg[], rowSql: string | null, ctx: Ctx): string {
  const sqlOf = (a: FnArg, v: Exclude<FnCallArg, undefined>) => (v === 'session' ? ctx.sessionJson() : v === 'row' ? rowSql! : ctx.value(v, a.sqlType));
  const positional = fn.args.some((a) => !a.named);
  const parts: string[] = [];
  fn.args.forEach((a, i) => {
    const v = args[i];
    if (v === undefined) return;
    parts.push(positional ? sqlOf(a, v) : `${qi(a.name)} => ${sqlOf(a, v)}`);
  });
  return `${quoteQualified(fn.schema, fn.name)}(${parts.join(', ')})`;
}

/** A computed field on the row `rowAlias`; in filters and ordering it takes no client arguments. */
function computedCall(field: ComputedField, rowAlias: string, args: FnCallArg[] | null, ctx: Ctx): string {
  const callArgs = args ?? field.fn.args.map((a): FnCallArg => (a.index === field.tableArgIndex ? 'row' : a.index === field.sessionArgIndex ? 'session' : undefined));
  return functionCall(field.fn, callArgs, rowAlias, ctx);
}

// ---- selections ----------------------------------------------------------------------------------

function sourceSql(source: Source, ctx: Ctx): string {
  switch (source.kind) {
    case 'table':
      return tableSql(source.table);
    case 'rows':
      return `json_populate_recordset(NULL::${tableSql(source.table)}, ${ctx.params.add({ kind: 'lit', value: source.rowsJson })}::json)`;
    case 'function':
      return functionCall(source.fn, source.args, null, ctx);
  }
}

function orderExpr(target: OrderTarget, alias: string, ctx: Ctx): string {
  switch (target.kind) {
    case 'column':
      return col(alias, target.column.name);
    case 'computed':
      return computedCall(target.field, alias, null, ctx);
    case 'object_relationship': {
      const a = ctx.alias();
      const filter = target.filter ? ` AND ${compileBoolExp(target.filter, { alias: a, table: target.rel.target, rootAlias: a }, ctx)}` : '';
      return `(SELECT ${orderExpr(target.next, a, ctx)} FROM ${tableSql(target.rel.target)} AS ${a} WHERE ${joinCondition(target.rel, alias, a)}${filter} LIMIT 1)`;
    }
    case 'aggregate':
    case 'computed_aggregate': {
      const a = ctx.alias();
      const table = target.kind === 'aggregate' ? target.rel.target : target.field.fn.returnTable!;
      const conds = [
        ...(target.kind === 'aggregate' ? [joinCondition(target.rel, alias, a)] : []),
        ...(target.filter ? [compileBoolExp(target.filter, { alias: a, table, rootAlias: a }, ctx)] : []),
      ];
      const agg = target.op === 'count' ? 'count(*)' : `${target.op}(${col(a, target.column!.name)})`;
      const from = target.kind === 'aggregate' ? tableSql(table) : computedCall(target.field, alias, null, ctx);
      return `(SELECT ${agg} FROM ${from} AS ${a}${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''})`;
    }
  }
}

const direction = (o: OrderByItem) => `${o.desc ? 'DESC' : 'ASC'} NULLS ${o.nullsFirst ? 'FIRST' : 'LAST'}`;

interface BaseQuery {
  sql: string;
  /** Output names of the order keys, in order, for json_agg(... ORDER BY ...). */
  orderKeys: string[];
}

/**
 * The inner query: the source's rows (all columns, plus `__r`, the whole row, for computed fields) filtered,
 * ordered, de-duplicated and limited. `correlate` ties a relationship's rows to the parent row.
 */
function baseQuery(
  source: Source,
  args: SelectArgs,
  ctx: Ctx,
  correlate: ((alias: string) => string) | null,
  single: boolean,
  fromSql?: string,
  withRow = false,
): BaseQuery {
  const a = ctx.alias();
  const table = source.table;
  const conds: string[] = [];
  if (correlate) conds.push(correlate(a));
  if (args.where) conds.push(compileBoolExp(args.where, { alias: a, table, rootAlias: a }, ctx));
  const orderExprs = args.orderBy.map((o) => orderExpr(o.target, a, ctx));
  const orderKeys = orderExprs.map((_, i) => qi(`__o${i}`));
  // The whole row ("__r") is carried only when a computed field needs it as its table argument.
  const cols = [...rowColumns(table, a, args, ctx), ...(withRow ? [`${a} AS "__r"`] : []), ...orderExprs.map((e, i) => `${e} AS ${orderKeys[i]}`)];
  const distinct = args.distinctOn?.length ? `DISTINCT ON (${args.distinctOn.map((c) => col(a, c.name)).join(', ')}) ` : '';
  let sql = `SELECT ${distinct}${cols.join(', ')} FROM ${fromSql ?? sourceSql(source, ctx)} AS ${a}`;
  if (conds.length) sql += ` WHERE ${conds.join(' AND ')}`;
  if (orderExprs.length) sql += ` ORDER BY ${orderExprs.map((e, i) => `${e} ${direction(args.orderBy[i])}`).join(', ')}`;
  if (single) sql += ' LIMIT 1';
  else if (args.limit) sql += ` LIMIT ${ctx.value(args.limit, 'bigint')}`;
  if (args.offset) sql += ` OFFSET ${ctx.value(args.offset, 'bigint')}`;
  return { sql, orderKeys };
}

/**
 * The source row's columns. For an inherited role, a column not every parent role grants reads as null in
 * rows that no granting role's filter admits; a computed field gets a boolean "__cell_<name>" saying the same.
 */
function rowColumns(table: Table, a: string, args: SelectArgs, ctx: Ctx): string[] {
  if (!args.cellFilters) return [`${a}.*`];
  const cols = table.columns.map((c) => {
    const filter = args.cellFilters!.get(c.name);
    if (!filter) return col(a, c.name);
    return `CASE WHEN ${compileBoolExp(filter, { alias: a, table, rootAlias: a }, ctx)} THEN ${col(a, c.name)} ELSE NULL END AS ${qi(c.name)}`;
  });
  for (const cf of table.computedFields) {
    const filter = args.cellFilters.get(cf.name);
    if (filter) cols.push(`${compileBoolExp(filter, { alias: a, table, rootAlias: a }, ctx)} AS ${qi(`__cell_${cf.name}`)}`);
  }
  return cols;
}

/** json_build_object is limited to 100 arguments; wider objects are merged from chunks through jsonb. */
function buildObject(pairs: [string, string][]): string {
  if (!pairs.length) return `'{}'::json`;
  const chunk = (ps: [string, string][]) => `json_build_object(${ps.map(([k, v]) => `${quoteLiteral(k)}, ${v}`).join(', ')})`;
  if (pairs.length <= 50) return chunk(pairs);
  const parts: string[] = [];
  for (let i = 0; i < pairs.length; i += 50) parts.push(`${chunk(pairs.slice(i, i + 50))}::jsonb`);
  return `(${parts.join(' || ')})::json`;
}

const needsRow = (fields: FieldIR[]) => fields.some((f) => f.kind === 'computed_scalar' || f.kind === 'computed_set');

interface RowJson {
  expr: string;
  laterals: string[];
}

/**
 * A value leaving as JSON. With --stringify-numeric-types, Hasura casts values whose (column or computed
 * field) type is bigint, numeric, double precision or money to text (its toJSONableExp); otherwise PostgreSQL's
 * JSON number goes out untouched, every digit of it.
 */
function jsonOutput(typname: string, isArray: boolean, expr: string, ctx: Ctx): string {
  return ctx.options.stringifyNumbers && STRINGIFIED_TYPES.has(typname) && !isArray ? `(${expr})::text` : expr;
}

/** The JSON object of one row (alias `row`, a base query), with one lateral join per relationship field. */
function rowJson(fields: FieldIR[], row: string, ctx: Ctx, cellGated: Set<string> = new Set()): RowJson {
  const laterals: string[] = [];
  const pairs: [string, string][] = fields.map((f): [string, string] => {
    switch (f.kind) {
      case 'typename':
        return [f.alias, quoteLiteral(f.typename)];
      case 'column': {
        const base = col(row, f.column.name);
        if (f.jsonPath) return [f.alias, `(${base} #> ${ctx.params.lit(f.jsonPath, 'text[]')})`];
        return [f.alias, jsonOutput(f.column.typname, f.column.isArray, base, ctx)];
      }
      case 'computed_scalar': {
        const fn = f.field.fn;
        const call = jsonOutput(fn.returnTypname, fn.returnCategory === 'A', computedCall(f.field, `${row}."__r"`, f.args, ctx), ctx);
        return [f.alias, cellGated.has(f.field.name) ? `CASE WHEN ${row}.${qi(`__cell_${f.field.name}`)} THEN ${call} END` : call];
      }
      case 'object_relationship':
      case 'array_relationship': {
        const l = ctx.alias();
        const rel = f.rel;
        laterals.push(`LEFT OUTER JOIN LATERAL (${selectQuery(f.select, ctx, (a) => joinCondition(rel, row, a))}) AS ${l} ON true`);
        return [f.alias, `${l}."j"`];
      }
      case 'array_relationship_aggregate': {
        const l = ctx.alias();
        const rel = f.rel;
        laterals.push(`LEFT OUTER JOIN LATERAL (${aggregateQuery(f.aggregate, ctx, (a) => joinCondition(rel, row, a))}) AS ${l} ON true`);
        return [f.alias, `${l}."j"`];
      }
      case 'computed_set': {
        const l = ctx.alias();
        laterals.push(`LEFT OUTER JOIN LATERAL (${selectQuery(f.select, ctx, null, computedCall(f.field, `${row}."__r"`, f.args, ctx))}) AS ${l} ON true`);
        return [f.alias, `${l}."j"`];
      }
    }
  });
  return { expr: buildObject(pairs), laterals };
}

/**
 * A query with one row and one column "j": the JSON of a selection (an array, or an object / null when
 * `single`). `fromOverride` replaces the source (a computed field's function call on the parent row).
 */
function selectQuery(ir: SelectIR, ctx: Ctx, correlate: ((alias: string) => string) | null, fromOverride?: string): string {
  const base = baseQuery(ir.source, ir.args, ctx, correlate, ir.single, fromOverride, needsRow(ir.fields));
  const b = ctx.alias();
  const row = rowJson(ir.fields, b, ctx, new Set(ir.args.cellFilters?.keys() ?? []));
  const inner = `SELECT ${row.expr} AS "j"${base.orderKeys.map((k) => `, ${b}.${k}`).join('')} FROM (${base.sql}) AS ${b}${row.laterals.map((l) => ` ${l}`).join('')}`;
  if (ir.single) return `SELECT (${inner} LIMIT 1) AS "j"`;
  const m = ctx.alias();
  const order = base.orderKeys.length
    ? ` ORDER BY ${base.orderKeys.map((k, i) => `${m}.${k} ${direction(ir.args.orderBy[i])}`).join(', ')}`
    : '';
  return `SELECT coalesce(json_agg(${m}."j"${order}), '[]'::json) AS "j" FROM (${inner}) AS ${m}`;
}

function aggregateSelectionSql(sel: AggregateSelection, row: string, ctx: Ctx): string {
  switch (sel.kind) {
    case 'typename':
      return quoteLiteral(sel.typename);
    case 'count': {
      if (!sel.columns.length) return 'count(*)';
      const cols = sel.columns.map((c) => col(row, c.name));
      const arg = cols.length === 1 ? cols[0] : `(${cols.join(', ')})`;
      return `count(${sel.distinct ? 'DISTINCT ' : ''}${arg})`;
    }
    case 'op':
      return buildObject(
        // Stringified by the column's type, as Hasura does: sum() of an integer column stays a number.
        sel.fields.map((f): [string, string] => [
          f.alias,
          f.kind === 'typename' ? quoteLiteral(f.typename) : jsonOutput(f.column.typname, f.column.isArray, `${sel.op}(${col(row, f.column.name)})`, ctx),
        ]),
      );
  }
}

function aggregateQuery(ir: AggregateIR, ctx: Ctx, correlate: ((alias: string) => string) | null): string {
  const withRow = ir.fields.some((f) => f.kind === 'nodes' && needsRow(f.fields));
  const base = baseQuery(ir.source, ir.args, ctx, correlate, false, undefined, withRow);
  const b = ctx.alias();
  const laterals: string[] = [];
  const pairs = ir.fields.map((f): [string, string] => {
    switch (f.kind) {
      case 'typename':
        return [f.alias, quoteLiteral(f.typename)];
      case 'aggregate':
        return [f.alias, buildObject(f.fields.map((s): [string, string] => [s.alias, aggregateSelectionSql(s, b, ctx)]))];
      case 'nodes': {
        const row = rowJson(f.fields, b, ctx, new Set(ir.args.cellFilters?.keys() ?? []));
        laterals.push(...row.laterals);
        const order = base.orderKeys.length ? ` ORDER BY ${base.orderKeys.map((k, i) => `${b}.${k} ${direction(ir.args.orderBy[i])}`).join(', ')}` : '';
        // A permission limit on nodes only: the first rows in order, as Hasura's sub_query over array_agg.
        if (ir.nodesLimit !== null) return [f.alias, `coalesce(array_to_json((array_agg(${row.expr}${order}))[1:${ctx.params.lit(ir.nodesLimit, 'integer')}]), '[]'::json)`];
        return [f.alias, `coalesce(json_agg(${row.expr}${order}), '[]'::json)`];
      }
    }
  });
  return `SELECT ${buildObject(pairs)} AS "j" FROM (${base.sql}) AS ${b}${laterals.map((l) => ` ${l}`).join('')}`;
}

/** A query statement: one row, one text column "j" holding the root field's JSON. */
export function compileSelect(ir: SelectIR, options: CompileOptions): Plan {
  const ctx = new Ctx(options);
  const sql = `SELECT ("j")::text AS "j" FROM (${selectQuery(ir, ctx, null)}) AS "_root"`;
  return { sql, params: ctx.params.list };
}

export function compileAggregate(ir: AggregateIR, options: CompileOptions): Plan {
  const ctx = new Ctx(options);
  const sql = `SELECT ("j")::text AS "j" FROM (${aggregateQuery(ir, ctx, null)}) AS "_root"`;
  return { sql, params: ctx.params.list };
}

// ---- mutations -----------------------------------------------------------------------------------

/**
 * Mutation statements return one row: "affected" (rows written), "ok" (every written row passed the
 * permission check) and "rows" (the written rows as JSON, read back by the `returning` selection).
 */
function mutationResult(cte: string, name: string): string {
  // "keys": the same rows with every value as text, so nested inserts read key values without losing
  // precision (a bigint does not survive a trip through a JavaScript number).
  return (
    `WITH ${name} AS (${cte}) SELECT count(*)::int AS "affected", coalesce(bool_and(${name}."__check"), true) AS "ok", ` +
    `coalesce(json_agg(${name}), '[]'::json)::text AS "rows", ` +
    `coalesce(json_agg((SELECT json_object_agg(k, v) FROM json_each_text(row_to_json(${name})) AS kv(k, v))), '[]'::json) AS "keys" FROM ${name}`
  );
}

/** A single INSERT of rows that hold only columns (nested inserts are split into such statements). */
export function compileInsert(ir: { table: Table; rows: InsertRow[]; onConflict: OnConflictIR | null; check: BoolExp | null }, options: CompileOptions): Plan {
  const ctx = new Ctx(options);
  const t = ir.table;
  const a = qi('_m');
  const names = [...new Set(ir.rows.flatMap((r) => [...r.columns.keys()]))];
  const columns = names.length ? names : [t.columns[0].name];
  const values = ir.rows
    .map((r) => `(${columns.map((c) => (r.columns.has(c) ? ctx.value(r.columns.get(c)!, t.columnByName.get(c)!.sqlType) : 'DEFAULT')).join(', ')})`)
    .join(', ');
  let sql = `INSERT INTO ${tableSql(t)} AS ${a} (${columns.map(qi).join(', ')}) VALUES ${values}`;
  const oc = ir.onConflict;
  let check = ir.check ? compileBoolExp(ir.check, { alias: a, table: t, rootAlias: a }, ctx) : 'true';
  if (oc) {
    sql += ` ON CONFLICT ON CONSTRAINT ${qi(oc.constraint.name)}`;
    const sets = oc.updateColumns.map((c) => `${qi(c.name)} = EXCLUDED.${qi(c.name)}`);
    if (!sets.length) sql += ' DO NOTHING';
    else {
      for (const [c, v] of Object.entries(oc.presets)) sets.push(`${qi(c)} = ${ctx.value(v, t.columnByName.get(c)!.sqlType)}`);
      sql += ` DO UPDATE SET ${sets.join(', ')}`;
      if (oc.where) sql += ` WHERE ${compileBoolExp(oc.where, { alias: a, table: t, rootAlias: a }, ctx)}`;
      // A row that already existed (xmax <> 0) was updated: the update permission's check applies to it.
      const updateCheck = oc.updateCheck ? compileBoolExp(oc.updateCheck, { alias: a, table: t, rootAlias: a }, ctx) : 'true';
      if (check !== 'true' || updateCheck !== 'true') check = `(CASE WHEN ${a}.xmax = 0 THEN ${check} ELSE ${updateCheck} END)`;
    }
  }
  sql += ` RETURNING *, ${check} AS "__check"`;
  return { sql: mutationResult(sql, qi('_ins')), params: ctx.params.list };
}

export function compileUpdate(ir: UpdateIR, options: CompileOptions): Plan {
  const ctx = new Ctx(options);
  const t = ir.table;
  const a = qi('_m');
  const sets = ir.assignments.map(({ column, op, value }) => {
    const c = col(a, column.name);
    let rhs: string;
    switch (op) {
      case 'set':
        rhs = ctx.value(value, column.sqlType);
        break;
      case 'inc':
        rhs = `${c} + ${ctx.value(value, column.sqlType)}`;
        break;
      case 'append':
        rhs = `${c} || ${ctx.value(value, 'jsonb')}`;
        break;
      case 'prepend':
        rhs = `${ctx.value(value, 'jsonb')} || ${c}`;
        break;
      case 'delete_key':
        rhs = `${c} - ${ctx.value(value, 'text')}`;
        break;
      case 'delete_elem':
        rhs = `${c} - ${ctx.value(value, 'integer')}`;
        break;
      case 'delete_at_path':
        rhs = `${c} #- ${ctx.value(value, 'text[]')}`;
        break;
    }
    return `${qi(column.name)} = ${rhs}`;
  });
  const where = compileBoolExp(ir.where, { alias: a, table: t, rootAlias: a }, ctx);
  const check = ir.check ? compileBoolExp(ir.check, { alias: a, table: t, rootAlias: a }, ctx) : 'true';
  const sql = `UPDATE ${tableSql(t)} AS ${a} SET ${sets.join(', ')} WHERE ${where} RETURNING *, ${check} AS "__check"`;
  return { sql: mutationResult(sql, qi('_upd')), params: ctx.params.list };
}

export function compileDelete(ir: DeleteIR, options: CompileOptions): Plan {
  const ctx = new Ctx(options);
  const a = qi('_m');
  const where = compileBoolExp(ir.where, { alias: a, table: ir.table, rootAlias: a }, ctx);
  const sql = `DELETE FROM ${tableSql(ir.table)} AS ${a} WHERE ${where} RETURNING *, true AS "__check"`;
  return { sql: mutationResult(sql, qi('_del')), params: ctx.params.list };
}

/** The `returning` selection over rows a mutation wrote (passed back as JSON, read after the write). */
export function compileReturning(table: Table, rowsJson: string, fields: FieldIR[], single: boolean, options: CompileOptions): Plan {
  return compileSelect(
    { source: { kind: 'rows', table, rowsJson }, args: { where: null, orderBy: [], limit: null, offset: null, distinctOn: null }, fields, single },
    options,
  );
}

export type { InsertIR };
