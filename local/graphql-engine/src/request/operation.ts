import {
  GraphQLObjectType,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type VariableDefinitionNode,
} from 'graphql';
import { HasuraError } from '../errors';
import type {
  AggregateField,
  AggregateIR,
  AggregateSelection,
  DeleteIR,
  FieldIR,
  FnCallArg,
  InsertIR,
  InsertRow,
  MutationOutput,
  OnConflictIR,
  OperationIR,
  OrderByItem,
  OrderTarget,
  RootFieldIR,
  SelectArgs,
  SelectIR,
  Source,
  UpdateIR,
  UpdateOp,
} from '../ir';
import {
  TRUE,
  type AggregatePredicateFn,
  type BoolExp,
  type Column,
  type ColumnOp,
  type ComputedField,
  type FnArg,
  type Relationship,
  type ScalarOp,
  type Table,
  type Value,
} from '../model/types';
import { aggregateRel } from '../model/permissions';
import { meaningOf, PLACEHOLDER, type AggregateOp, type FieldMeaning, type RoleSchema } from '../schema';
import { checkOperationDirectives, collectFields, subSelection, type CollectContext, type CollectedField } from './collect';
import { coerceJson, coerceLiteral, emptyVariables, plainValue, VarRef, type BoundCheck, type VariableValues } from './values';

// Turns a GraphQL request into the engine's IR for one role: validates fields and arguments against the
// role's schema (with Hasura's error paths), folds in permission filters, limits, presets and checks.

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
  extensions?: Record<string, unknown> | null;
}

const vfail = (path: string, message: string): never => {
  throw new HasuraError('validation-failed', message, path);
};

export function parseDocument(query: string): DocumentNode {
  try {
    return parse(query, { noLocation: true });
  } catch (e) {
    throw new HasuraError('validation-failed', `not a valid graphql query: ${(e as Error).message}`, '$.query');
  }
}

export function selectOperation(doc: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) {
    const op = ops.find((o) => o.name?.value === operationName);
    if (!op) vfail('$', `no such operation found in the document: "${operationName}"`);
    return op!;
  }
  if (ops.length !== 1) vfail('$', 'exactly one operation has to be present in the document when operationName is not specified');
  return ops[0];
}

/**
 * The operation's variables coerced against their declared types. Also run on its own for every request that
 * reuses a cached plan, so the values bound into it are validated exactly as on the first request.
 */
export function coerceVariables(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], given: Record<string, unknown>): VariableValues {
  const vars = emptyVariables();
  for (const def of definitions) {
    const name = def.variable.name.value;
    const type = typeFromAST(schema, def.type as never) as GraphQLInputType | undefined;
    if (!type) vfail('$.variableValues', `variable "${name}" has an unknown type`);
    vars.types.set(name, printType(def.type));
    let value: unknown;
    if (Object.prototype.hasOwnProperty.call(given, name)) value = coerceJson(type!, given[name], `$.variableValues.${name}`);
    else if (def.defaultValue) value = coerceLiteral(type!, def.defaultValue, emptyVariables(), `$.variableValues.${name}`);
    else if (type instanceof GraphQLNonNull) vfail('$.variableValues', `expecting a value for non-nullable variable: "${name}"`);
    if (value !== undefined) vars.values.set(name, value);
  }
  return vars;
}

/** Bound values a cached plan must still refuse (a negative limit or offset), as its first compile did. */
export function checkBoundValues(checks: readonly BoundCheck[], values: ReadonlyMap<string, unknown>) {
  for (const c of checks) if ((values.get(c.name) as number) < 0) throw negative(c.path);
}

const negative = (path: string) => new HasuraError('not-supported', 'unexpected negative value', path);

export function buildOperation(roleSchema: RoleSchema, doc: DocumentNode, request: GraphQLRequest): OperationIR {
  const op = selectOperation(doc, request.operationName);
  const { schema } = roleSchema;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const vars = coerceVariables(schema, op.variableDefinitions ?? [], request.variables ?? {});
  checkOperationDirectives(op.directives, op.operation);
  const ctx: CollectContext = { fragments, vars };
  const parser = new OperationParser(roleSchema, ctx);
  if (op.operation === 'subscription') vfail('$', 'subscriptions are not supported by this engine; use a query');
  const variables = { definitions: op.variableDefinitions ?? [], usage: vars };
  if (op.operation === 'mutation') {
    const mutationType = schema.getMutationType();
    if (!mutationType) vfail('$', 'no mutations exist');
    return { kind: 'mutation', fields: parser.rootFields(op, mutationType!), variables };
  }
  return { kind: 'query', fields: parser.rootFields(op, schema.getQueryType()!), variables };
}

function printType(node: { kind: string; type?: unknown; name?: { value: string } }): string {
  if (node.kind === Kind.NON_NULL_TYPE) return `${printType(node.type as never)}!`;
  if (node.kind === Kind.LIST_TYPE) return `[${printType(node.type as never)}]`;
  return node.name!.value;
}

const SELECT_ARGS = ['where', 'order_by', 'limit', 'offset', 'distinct_on'];
const ORDER: Record<string, { desc: boolean; nullsFirst: boolean }> = {
  asc: { desc: false, nullsFirst: false },
  asc_nulls_last: { desc: false, nullsFirst: false },
  asc_nulls_first: { desc: false, nullsFirst: true },
  desc: { desc: true, nullsFirst: true },
  desc_nulls_first: { desc: true, nullsFirst: true },
  desc_nulls_last: { desc: true, nullsFirst: false },
};
const UPDATE_OPS: [string, UpdateOp][] = [
  ['_set', 'set'],
  ['_inc', 'inc'],
  ['_append', 'append'],
  ['_prepend', 'prepend'],
  ['_delete_key', 'delete_key'],
  ['_delete_elem', 'delete_elem'],
  ['_delete_at_path', 'delete_at_path'],
];

/** A request value in the IR: a variable that only fills a bind parameter stays a reference to it. */
const lit = (value: unknown): Value => (value instanceof VarRef ? { kind: 'var', name: value.name } : { kind: 'lit', value });
/** Field arguments that only fill bind parameters (the rest decide the SQL text). */
const SLICE_ARGS = new Set(['limit', 'offset']);
const KEY_ARGUMENT_FIELDS = new Set<FieldMeaning['kind']>(['select_by_pk', 'delete_by_pk']);
const and = (...items: (BoolExp | null | undefined)[]): BoolExp | null => {
  const parts = items.filter((x): x is BoolExp => Boolean(x) && !(x!.kind === 'and' && x!.items.length === 0));
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0] : { kind: 'and', items: parts };
};

class OperationParser {
  constructor(
    private readonly rs: RoleSchema,
    private readonly ctx: CollectContext,
  ) {}

  private get access() {
    return this.rs.access;
  }

  private knownType = (name: string) => Boolean(this.rs.schema.getType(name));

  private collect(field: CollectedField | null, set: OperationDefinitionNode['selectionSet'] | null, type: GraphQLObjectType, path: string, stack: string[]) {
    const selection = set ?? (field ? subSelection(field) : null);
    if (!selection) vfail(path, `missing selection set for "${field?.name}"`);
    return collectFields(selection!, type.name, this.ctx, path, stack, this.knownType);
  }

  /** Arguments of a field, coerced; unknown arguments are errors. */
  private args(field: CollectedField, def: GraphQLField<unknown, unknown>): Record<string, unknown> {
    const node = field.nodes[0];
    const out: Record<string, unknown> = {};
    for (const a of node.arguments ?? []) {
      // Hasura reports an unknown argument at the field, not at the argument.
      if (!def.args.some((d) => d.name === a.name.value)) vfail(field.path, `"${def.name}" has no argument named "${a.name.value}"`);
    }
    const keyArguments = KEY_ARGUMENT_FIELDS.has(meaningOf(def.extensions)?.kind as FieldMeaning['kind']);
    for (const d of def.args) {
      const a = node.arguments?.find((x) => x.name.value === d.name);
      let v = coerceLiteral(d.type, a?.value, this.ctx.vars, `${field.path}.args.${d.name}`, keyArguments || SLICE_ARGS.has(d.name));
      if (v === undefined && d.defaultValue !== undefined) v = d.defaultValue;
      if (v === undefined && d.type instanceof GraphQLNonNull) vfail(`${field.path}.args`, `missing required field "${d.name}"`);
      if (v !== undefined) out[d.name] = v;
    }
    return out;
  }

  rootFields(op: OperationDefinitionNode, rootType: GraphQLObjectType): RootFieldIR[] {
    const fields = collectFields(op.selectionSet, rootType.name, this.ctx, '$.selectionSet', [], this.knownType);
    const result: RootFieldIR[] = [];
    const fragments = [...this.ctx.fragments.values()];
    for (const f of fields) {
      if (f.name === '__typename') {
        result.push({ kind: 'typename', alias: f.key, typename: rootType.name });
        continue;
      }
      if ((f.name === '__schema' || f.name === '__type') && rootType === this.rs.schema.getQueryType()) {
        result.push({ kind: 'introspection', alias: f.key, node: { ...f.nodes[0], selectionSet: subSelection(f) ?? undefined }, fragments });
        continue;
      }
      const def = rootType.getFields()[f.name];
      if (!def) vfail(f.path, `field '${f.name}' not found in type: '${rootType.name}'`);
      const meaning = meaningOf(def.extensions);
      if (!meaning) vfail(f.path, `field '${f.name}' is not available`);
      result.push(this.rootField(f, def, meaning!));
    }
    return result;
  }

  private rootField(f: CollectedField, def: GraphQLField<unknown, unknown>, m: FieldMeaning): RootFieldIR {
    const args = this.args(f, def);
    const selPath = `${f.path}.selectionSet`;
    switch (m.kind) {
      case 'select':
        return { kind: 'select', alias: f.key, select: this.select({ kind: 'table', table: m.table }, args, f, def, false) };
      case 'function':
        return { kind: 'select', alias: f.key, select: this.select(this.functionSource(m.fn, args, f.path), args, f, def, false) };
      case 'select_aggregate':
        return { kind: 'aggregate', alias: f.key, aggregate: this.aggregate({ kind: 'table', table: m.table }, args, f, def) };
      case 'function_aggregate':
        return { kind: 'aggregate', alias: f.key, aggregate: this.aggregate(this.functionSource(m.fn, args, f.path), args, f, def) };
      case 'select_by_pk': {
        const t = m.table;
        const perm = this.access.select(t)!;
        const where = this.pkWhere(t, args);
        const type = def.type as GraphQLObjectType;
        const fields = this.selection(t, type, this.collect(f, null, type, selPath, f.fragmentStack));
        return {
          kind: 'select',
          alias: f.key,
          select: {
            source: { kind: 'table', table: t },
            args: { where: and(where, perm.filter), orderBy: [], limit: null, offset: null, distinctOn: null, cellFilters: perm.cellFilters },
            fields,
            single: true,
          },
        };
      }
      case 'insert':
      case 'insert_one': {
        const t = m.table;
        const one = m.kind === 'insert_one';
        const argPath = `${f.path}.args.${one ? 'object' : 'objects'}`;
        const objects = (one ? [args.object] : (args.objects as unknown[])) as Record<string, unknown>[];
        const insert = this.insert(t, objects, args.on_conflict as Record<string, unknown> | undefined, argPath, `${f.path}.args.on_conflict`);
        return { kind: 'insert', alias: f.key, insert, output: this.mutationOutput(t, f, def, one), errorPath: argPath };
      }
      case 'update':
      case 'update_by_pk': {
        const t = m.table;
        const byPk = m.kind === 'update_by_pk';
        const where = byPk ? this.pkWhere(t, args.pk_columns as Record<string, unknown>) : this.where(t, args.where, `${f.path}.args.where`);
        return { kind: 'update', alias: f.key, update: this.update(t, args, where), output: this.mutationOutput(t, f, def, byPk) };
      }
      case 'update_many': {
        const t = m.table;
        const updates = (args.updates as Record<string, unknown>[]).map((u, i) =>
          this.update(t, u, this.where(t, u.where, `${f.path}.args.updates[${i}].where`)),
        );
        return { kind: 'update_many', alias: f.key, updates, output: this.mutationOutput(t, f, def, false) };
      }
      case 'delete':
      case 'delete_by_pk': {
        const t = m.table;
        const byPk = m.kind === 'delete_by_pk';
        const where = byPk ? this.pkWhere(t, args) : this.where(t, args.where, `${f.path}.args.where`);
        const del: DeleteIR = { table: t, where: and(where, this.access.delete(t)!.filter) ?? TRUE };
        return { kind: 'delete', alias: f.key, delete: del, output: this.mutationOutput(t, f, def, byPk) };
      }
      default:
        return vfail(f.path, `field '${f.name}' cannot be queried here`);
    }
  }

  private functionSource(fn: import('../model/types').TrackedFunction, args: Record<string, unknown>, path: string): Source {
    return { kind: 'function', fn: fn.fn, args: functionArgs(fn.fn.args, args.args, fn.sessionArgIndex, null, `${path}.args.args`), table: fn.table };
  }

  private pkWhere(t: Table, args: Record<string, unknown>): BoolExp {
    return {
      kind: 'and',
      items: t.primaryKey!.map((c) => {
        const col = t.columnByName.get(c)!;
        return { kind: 'column', column: col, ops: [{ op: '_eq', value: lit(args[col.gqlName]) }] } as BoolExp;
      }),
    };
  }

  // ---- selections ---------------------------------------------------------------------------------

  /**
   * `permLimit`: whether the select permission's row limit caps the rows themselves. Hasura's aggregate
   * selections that compute an aggregate (or order by one) apply it to `nodes` only (see `aggregate`).
   */
  private selectArgs(t: Table, args: Record<string, unknown>, path: string, permLimit = true): SelectArgs {
    const perm = this.access.select(t)!;
    const where = and(this.where(t, args.where, `${path}.args.where`), perm.filter);
    const orderBy = this.orderBy(t, args.order_by, `${path}.args.order_by`);
    const limit = this.limit(permLimit ? perm.limit : null, args.limit, path);
    const offset = this.slice(args.offset, `${path}.args.offset`);
    let distinctOn: Column[] | null = null;
    const d = args.distinct_on as string[] | null | undefined;
    if (d && d.some((c) => (c as unknown) === PLACEHOLDER)) vfail(`${path}.args.distinct_on`, 'erroneous column name');
    if (d && d.length) {
      distinctOn = d.map((c) => t.columnByName.get(c)!);
      const initial = orderBy.slice(0, distinctOn.length);
      const matches =
        orderBy.length === 0 ||
        (initial.length === distinctOn.length &&
          initial.every((o) => o.target.kind === 'column' && distinctOn!.some((c) => c.name === (o.target as { column: Column }).column.name)));
      if (!matches) vfail(`${path}.args`, '"distinct_on" columns must match initial "order_by" columns');
    }
    return { where, orderBy, limit, offset, distinctOn, cellFilters: perm.cellFilters };
  }

  /** The client's limit, capped by `permLimit` when given (then the smaller of the two is compiled in). */
  private limit(permLimit: number | null, given: unknown, path: string): Value | null {
    if (permLimit === null) return this.slice(given, `${path}.args.limit`);
    // The client's limit then shapes the SQL, so a variable in it is part of the plan key.
    const limit = this.slice(plainValue(given, this.ctx.vars), `${path}.args.limit`);
    return lit(limit?.kind === 'lit' ? Math.min(limit.value as number, permLimit) : permLimit);
  }

  /** limit / offset: refused when negative, now and (for a bound variable) on every request reusing the plan. */
  private slice(v: unknown, path: string): Value | null {
    if (v === undefined || v === null) return null;
    const n = (v instanceof VarRef ? v.value : v) as number;
    if (n < 0) throw negative(path);
    if (v instanceof VarRef) this.ctx.vars.checks.push({ name: v.name, path });
    return lit(v);
  }

  private select(source: Source, args: Record<string, unknown>, f: CollectedField, def: GraphQLField<unknown, unknown>, single: boolean): SelectIR {
    const t = source.kind === 'table' ? source.table : source.table;
    const type = unwrap(def.type);
    const fields = this.selection(t, type, this.collect(f, null, type, `${f.path}.selectionSet`, f.fragmentStack));
    return { source, args: this.selectArgs(t, args, f.path), fields, single };
  }

  private aggregate(source: Source, args: Record<string, unknown>, f: CollectedField, def: GraphQLField<unknown, unknown>): AggregateIR {
    const t = source.table;
    const type = unwrap(def.type);
    const collected = this.collect(f, null, type, `${f.path}.selectionSet`, f.fragmentStack);
    const fields: AggregateField[] = collected.map((af): AggregateField => {
      if (af.name === '__typename') return { kind: 'typename', alias: af.key, typename: type.name };
      const adef = type.getFields()[af.name];
      if (!adef) vfail(af.path, `field '${af.name}' not found in type: '${type.name}'`);
      const m = meaningOf(adef.extensions)!;
      if (m.kind === 'nodes') {
        const nodeType = unwrap(adef.type);
        return { kind: 'nodes', alias: af.key, fields: this.selection(t, nodeType, this.collect(af, null, nodeType, `${af.path}.selectionSet`, af.fragmentStack)) };
      }
      const aggType = unwrap(adef.type);
      const sels = this.collect(af, null, aggType, `${af.path}.selectionSet`, af.fragmentStack).map((s): AggregateSelection => {
        if (s.name === '__typename') return { kind: 'typename', alias: s.key, typename: aggType.name };
        const sdef = aggType.getFields()[s.name];
        if (!sdef) vfail(s.path, `field '${s.name}' not found in type: '${aggType.name}'`);
        const sm = meaningOf(sdef.extensions)!;
        const sargs = this.args(s, sdef);
        if (sm.kind === 'count') {
          const names = (sargs.columns as string[] | null | undefined) ?? [];
          if (names.some((c) => (c as unknown) === PLACEHOLDER)) vfail(`${s.path}.args.columns`, 'erroneous column name');
          const cols = names.map((c) => t.columnByName.get(c)!);
          return { kind: 'count', alias: s.key, columns: cols, distinct: sargs.distinct === true };
        }
        const opType = unwrap(sdef.type);
        const op = (sm as { op: AggregateOp }).op;
        const colFields = this.collect(s, null, opType, `${s.path}.selectionSet`, s.fragmentStack).map((c) => {
          if (c.name === '__typename') return { kind: 'typename' as const, alias: c.key, typename: opType.name };
          const cdef = opType.getFields()[c.name];
          if (!cdef) vfail(c.path, `field '${c.name}' not found in type: '${opType.name}'`);
          return { kind: 'column' as const, alias: c.key, column: (meaningOf(cdef.extensions) as { column: Column }).column };
        });
        return { kind: 'op', alias: s.key, op, fields: colFields };
      });
      return { kind: 'aggregate', alias: af.key, fields: sels };
    });
    // Hasura (Translate/Select/Internal/Process.hs, mkPermissionLimitSubQuery): when the selection computes an
    // aggregate or orders by one, the permission limit does not cap the rows aggregated, only `nodes` (a
    // subquery over the ordered rows); otherwise it caps the rows like any select.
    const permLimit = this.access.select(t)!.limit;
    const selectArgs = this.selectArgs(t, args, f.path, false);
    const aggregates = fields.some((x) => x.kind === 'aggregate') || selectArgs.orderBy.some((o) => o.target.kind === 'aggregate');
    if (permLimit === null || aggregates) return { source, args: selectArgs, fields, nodesLimit: permLimit };
    return { source, args: { ...selectArgs, limit: this.limit(permLimit, args.limit, f.path) }, fields, nodesLimit: null };
  }

  /** The fields of a table's object type. */
  private selection(t: Table, type: GraphQLObjectType, collected: CollectedField[]): FieldIR[] {
    return collected.map((f): FieldIR => {
      if (f.name === '__typename') return { kind: 'typename', alias: f.key, typename: type.name };
      const def = type.getFields()[f.name];
      if (!def) vfail(f.path, `field '${f.name}' not found in type: '${type.name}'`);
      const m = meaningOf(def.extensions)!;
      const args = this.args(f, def);
      const selPath = `${f.path}.selectionSet`;
      switch (m.kind) {
        case 'column': {
          if (def.type instanceof GraphQLObjectType || f.nodes.some((n) => n.selectionSet)) vfail(f.path, `field '${f.name}' of type '${String(def.type)}' must not have a selection since type is a scalar`);
          const path = args.path as string | null | undefined;
          return { kind: 'column', alias: f.key, column: m.column, jsonPath: path ? parseJsonPath(path, `${f.path}.args.path`) : null };
        }
        case 'object_relationship': {
          const target = m.rel.target;
          const relType = unwrap(def.type);
          const perm = this.access.select(target)!;
          return {
            kind: 'object_relationship',
            alias: f.key,
            rel: m.rel,
            select: {
              source: { kind: 'table', table: target },
              args: { where: and(perm.filter), orderBy: [], limit: null, offset: null, distinctOn: null, cellFilters: perm.cellFilters },
              fields: this.selection(target, relType, this.collect(f, null, relType, selPath, f.fragmentStack)),
              single: true,
            },
          };
        }
        case 'array_relationship':
          return { kind: 'array_relationship', alias: f.key, rel: m.rel, select: this.select({ kind: 'table', table: m.rel.target }, args, f, def, false) };
        case 'array_relationship_aggregate':
          return { kind: 'array_relationship_aggregate', alias: f.key, rel: m.rel, aggregate: this.aggregate({ kind: 'table', table: m.rel.target }, args, f, def) };
        case 'computed_scalar':
          return { kind: 'computed_scalar', alias: f.key, field: m.field, args: computedArgs(m.field, args.args, `${f.path}.args.args`) };
        case 'computed_set':
          return {
            kind: 'computed_set',
            alias: f.key,
            field: m.field,
            args: computedArgs(m.field, args.args, `${f.path}.args.args`),
            select: this.select({ kind: 'table', table: m.field.fn.returnTable! }, args, f, def, false),
          };
        default:
          return vfail(f.path, `field '${f.name}' cannot be selected here`);
      }
    });
  }

  // ---- boolean expressions and ordering ------------------------------------------------------------

  where(t: Table, value: unknown, path: string): BoolExp | null {
    if (value === undefined || value === null) return null;
    const obj = value as Record<string, unknown>;
    const items: BoolExp[] = [];
    for (const [key, v] of Object.entries(obj)) {
      if (v === undefined || v === null) continue;
      const p = `${path}.${key}`;
      if (key === '_and' || key === '_or') {
        const parts = (v as unknown[]).map((x, i) => this.where(t, x, `${p}[${i}]`) ?? TRUE);
        items.push({ kind: key === '_and' ? 'and' : 'or', items: parts });
      } else if (key === '_not') {
        items.push({ kind: 'not', item: this.where(t, v, p) ?? TRUE });
      } else if (t.columnByGql.has(key)) {
        items.push({ kind: 'column', column: t.columnByGql.get(key)!, ops: this.ops(v as Record<string, unknown>) });
      } else if (t.relByName.has(key)) {
        const rel = t.relByName.get(key)!;
        const perm = this.access.select(rel.target)!;
        items.push({ kind: 'rel', rel, where: and(perm.filter, this.where(rel.target, v, p)) ?? TRUE });
      } else if (aggregateRel(t, key)) {
        items.push(this.aggregatePredicate(aggregateRel(t, key)!, v as Record<string, unknown>, p));
      } else if (t.computedByName.has(key)) {
        const field = t.computedByName.get(key)!;
        // Hasura's CFBETable: EXISTS over the function's rows with the client's condition only; unlike a
        // relationship, the target table's select filter is not added (Translate/BoolExp.hs).
        if (field.fn.returnTable) items.push({ kind: 'computedSet', field, args: {}, where: this.where(field.fn.returnTable, v, p) ?? TRUE });
        else items.push({ kind: 'computed', field, args: {}, ops: this.ops(v as Record<string, unknown>) });
      } else vfail(p, `field '${key}' not found in type: '${t.gqlName}_bool_exp'`);
    }
    if (!items.length) return null;
    return items.length === 1 ? items[0] : { kind: 'and', items };
  }

  /** `<rel>_aggregate: {count: {arguments, distinct, filter, predicate}}`; the target's select filter applies. */
  private aggregatePredicate(rel: Relationship, value: Record<string, unknown>, path: string): BoolExp {
    const given = Object.entries(value).filter(([, x]) => x !== undefined && x !== null);
    if (given.length !== 1) vfail(path, 'exactly one predicate should be specified');
    const [fn, raw] = given[0] as [AggregatePredicateFn, Record<string, unknown>];
    const target = rel.target;
    const names = (fn === 'count' ? ((raw.arguments as unknown[] | null | undefined) ?? []) : [raw.arguments]) as (string | symbol)[];
    if (names.some((c) => c === PLACEHOLDER)) vfail(`${path}.${fn}.arguments`, 'erroneous column name');
    const filter = and(this.access.select(target)!.filter, this.where(target, raw.filter, `${path}.${fn}.filter`)) ?? TRUE;
    const predicate = { fn, columns: names.map((c) => target.columnByName.get(c as string)!), distinct: raw.distinct === true, filter, ops: this.ops(raw.predicate as Record<string, unknown>) };
    return { kind: 'aggregate', rel, predicate };
  }

  private ops(obj: Record<string, unknown>): ColumnOp[] {
    const ops: ColumnOp[] = [];
    for (const [op, v] of Object.entries(obj)) {
      if (v === undefined || v === null) continue;
      if (op === '_is_null') ops.push({ op: '_is_null', value: lit(v) });
      else if (op === '_cast') ops.push({ op: '_cast', ops: this.ops(((v as Record<string, unknown>).String ?? {}) as Record<string, unknown>) });
      else ops.push({ op: op as ScalarOp, value: lit(v) });
    }
    return ops;
  }

  private orderBy(t: Table, value: unknown, path: string): OrderByItem[] {
    if (value === undefined || value === null) return [];
    const items: OrderByItem[] = [];
    const list = Array.isArray(value) ? value : [value];
    list.forEach((entry, i) => {
      if (!entry) return;
      for (const [key, v] of Object.entries(entry as Record<string, unknown>)) {
        if (v === undefined || v === null) continue;
        for (const item of this.orderItem(t, key, v, `${path}[${i}].${key}`)) items.push(item);
      }
    });
    return items;
  }

  private orderItem(t: Table, key: string, v: unknown, path: string): OrderByItem[] {
    const dir = (d: unknown, target: OrderTarget): OrderByItem => ({ target, ...ORDER[d as string] });
    if (t.columnByGql.has(key)) return [dir(v, { kind: 'column', column: t.columnByGql.get(key)! })];
    if (t.computedByName.has(key)) return [dir(v, { kind: 'computed', field: t.computedByName.get(key)! })];
    if (t.relByName.has(key)) {
      const rel = t.relByName.get(key)!;
      const filter = this.access.select(rel.target)!.filter;
      const nested: OrderByItem[] = [];
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
        if (x === undefined || x === null) continue;
        nested.push(...this.orderItem(rel.target, k, x, `${path}.${k}`));
      }
      return nested.map((n) => ({ ...n, target: { kind: 'object_relationship', rel, filter, next: n.target } }));
    }
    const base = key.endsWith('_aggregate') ? key.slice(0, -'_aggregate'.length) : null;
    if (base !== null && t.relByName.has(base)) {
      const rel = t.relByName.get(base)!;
      return this.aggregateOrder(rel.target, v, dir, (op, column) => ({ kind: 'aggregate', rel, filter: this.access.select(rel.target)!.filter, op, column }));
    }
    if (base !== null && t.computedByName.get(base)?.fn.returnTable) {
      // Hasura's CFOBETableAggregation: the function's rows, with the target table's select filter.
      const field = t.computedByName.get(base)!;
      const target = field.fn.returnTable!;
      return this.aggregateOrder(target, v, dir, (op, column) => ({ kind: 'computed_aggregate', field, filter: this.access.select(target)!.filter, op, column }));
    }
    return vfail(path, `field '${key}' not found in type: '${t.gqlName}_order_by'`);
  }

  /** `{count: asc, max: {col: desc}, …}` of a `<table>_aggregate_order_by`, one item per direction given. */
  private aggregateOrder(
    target: Table,
    v: unknown,
    dir: (d: unknown, target: OrderTarget) => OrderByItem,
    make: (op: 'count' | AggregateOp, column: Column | null) => OrderTarget,
  ): OrderByItem[] {
    const out: OrderByItem[] = [];
    for (const [op, x] of Object.entries(v as Record<string, unknown>)) {
      if (x === undefined || x === null) continue;
      if (op === 'count') out.push(dir(x, make('count', null)));
      else
        for (const [col, d] of Object.entries(x as Record<string, unknown>)) {
          if (d === undefined || d === null) continue;
          out.push(dir(d, make(op as AggregateOp, target.columnByGql.get(col)!)));
        }
    }
    return out;
  }

  // ---- mutations ------------------------------------------------------------------------------------

  private insert(t: Table, objects: Record<string, unknown>[], onConflict: Record<string, unknown> | undefined, path: string, conflictPath: string): InsertIR {
    const perm = this.access.insert(t)!;
    const rows = objects.map((o, i) => this.insertRow(t, o, `${path}[${i}]`, new Set()));
    return {
      table: t,
      rows: objects.length === 0 ? [] : rows,
      onConflict: onConflict ? this.onConflict(t, onConflict, conflictPath) : null,
      check: this.access.isAdmin ? null : perm.check,
    };
  }

  private insertRow(t: Table, obj: Record<string, unknown>, path: string, fromParent: Set<string>): InsertRow {
    const perm = this.access.insert(t)!;
    const row: InsertRow = { columns: new Map(), objectRelationships: [], arrayRelationships: [] };
    const given = Object.keys(obj).filter((k) => obj[k] !== undefined);
    const givenColumns = given.filter((k) => t.columnByGql.has(k)).map((k) => t.columnByGql.get(k)!.name);
    const clash = givenColumns.filter((c) => fromParent.has(c));
    if (clash.length) vfail(path, `cannot insert ${clash.map((c) => `"${c}"`).join(', ')} columns as their values are already being determined by parent insert`);
    for (const key of given) {
      const v = obj[key];
      if (t.columnByGql.has(key)) {
        row.columns.set(t.columnByGql.get(key)!.name, lit(v));
      } else if (t.relByName.has(key)) {
        if (v === null) continue;
        const rel = t.relByName.get(key)!;
        const nested = v as { data: unknown; on_conflict?: Record<string, unknown> };
        const relPath = `${path}.${key}`;
        if (rel.kind === 'object') {
          if (rel.sourceHoldsKey) {
            const determined = rel.mapping.map(([s]) => s).filter((s) => givenColumns.includes(s));
            if (determined.length)
              vfail(relPath, `cannot insert object relation ship "${rel.name}" as ${determined.map((c) => `"${c}"`).join(', ')} column values are already determined`);
          }
          const targetFromParent = rel.sourceHoldsKey ? new Set<string>() : new Set(rel.mapping.map(([, tcol]) => tcol));
          const insert: InsertIR = {
            table: rel.target,
            rows: [this.insertRow(rel.target, nested.data as Record<string, unknown>, `${relPath}.data`, targetFromParent)],
            onConflict: nested.on_conflict ? this.onConflict(rel.target, nested.on_conflict, `${relPath}.on_conflict`) : null,
            check: this.access.isAdmin ? null : this.access.insert(rel.target)!.check,
          };
          row.objectRelationships.push({ rel, insert });
        } else {
          const targetFromParent = new Set(rel.mapping.map(([, tcol]) => tcol));
          const data = nested.data as Record<string, unknown>[];
          const insert: InsertIR = {
            table: rel.target,
            rows: data.map((d, i) => this.insertRow(rel.target, d, `${relPath}.data[${i}]`, targetFromParent)),
            onConflict: nested.on_conflict ? this.onConflict(rel.target, nested.on_conflict, `${relPath}.on_conflict`) : null,
            check: this.access.isAdmin ? null : this.access.insert(rel.target)!.check,
          };
          row.arrayRelationships.push({ rel, insert });
        }
      }
    }
    for (const [c, v] of Object.entries(perm.set)) row.columns.set(c, v);
    return row;
  }

  private onConflict(t: Table, value: Record<string, unknown>, path: string): OnConflictIR {
    const constraint = t.constraints.find((c) => c.name === value.constraint)!;
    const cols = (value.update_columns as unknown[]) ?? [];
    if (cols.some((c) => c === PLACEHOLDER)) vfail(path, 'erroneous column name');
    const update = this.access.update(t);
    const userWhere = this.where(t, value.where, `${path}.where`);
    return {
      constraint,
      updateColumns: cols.map((c) => t.columnByName.get(c as string)!),
      where: and(this.access.isAdmin ? null : update?.filter, userWhere),
      presets: this.access.isAdmin ? {} : (update?.set ?? {}),
      updateCheck: this.access.isAdmin ? null : (update?.check ?? null),
    };
  }

  private update(t: Table, args: Record<string, unknown>, where: BoolExp | null): UpdateIR {
    const perm = this.access.update(t)!;
    const assignments: UpdateIR['assignments'] = [];
    const seen = new Map<string, string[]>();
    for (const [arg, op] of UPDATE_OPS) {
      const obj = args[arg] as Record<string, unknown> | null | undefined;
      if (!obj) continue;
      for (const [key, v] of Object.entries(obj)) {
        if (v === undefined) continue;
        const column = t.columnByGql.get(key)!;
        seen.set(column.gqlName, [...(seen.get(column.gqlName) ?? []), arg]);
        assignments.push({ column, op, value: lit(v) });
      }
    }
    const multiple = [...seen.entries()].filter(([, ops]) => ops.length > 1);
    if (multiple.length)
      vfail('$', `column found in multiple operators; ${multiple.map(([c, ops]) => `"${c}" in ${ops.join(', ')}`).join('. ')}`);
    for (const [c, v] of Object.entries(perm.set)) {
      const column = t.columnByName.get(c)!;
      const i = assignments.findIndex((a) => a.column === column);
      if (i >= 0) assignments.splice(i, 1);
      assignments.push({ column, op: 'set', value: v });
    }
    return { table: t, where: and(where, perm.filter) ?? TRUE, assignments, check: this.access.isAdmin ? null : perm.check };
  }

  private mutationOutput(t: Table, f: CollectedField, def: GraphQLField<unknown, unknown>, single: boolean): MutationOutput {
    const type = unwrap(def.type);
    const collected = this.collect(f, null, type, `${f.path}.selectionSet`, f.fragmentStack);
    if (single) return { kind: 'single', fields: this.selection(t, type, collected) };
    return {
      kind: 'response',
      fields: collected.map((c) => {
        if (c.name === '__typename') return { kind: 'typename' as const, alias: c.key, typename: type.name };
        const cdef = type.getFields()[c.name];
        if (!cdef) vfail(c.path, `field '${c.name}' not found in type: '${type.name}'`);
        if (c.name === 'affected_rows') return { kind: 'affected_rows' as const, alias: c.key };
        const rtype = unwrap(cdef.type);
        return { kind: 'returning' as const, alias: c.key, fields: this.selection(t, rtype, this.collect(c, null, rtype, `${c.path}.selectionSet`, c.fragmentStack)) };
      }),
    };
  }
}

/**
 * The arguments of a function call by position, as Hasura checks them: a missing argument needs a default,
 * and arguments known only by position (arg_1 …) can be left out only at the end.
 */
export function functionArgs(args: FnArg[], given: unknown, sessionIndex: number | null, rowIndex: number | null, path: string): FnCallArg[] {
  const values = (given ?? {}) as Record<string, unknown>;
  const out: FnCallArg[] = args.map((a) => {
    if (a.index === sessionIndex) return 'session';
    if (a.index === rowIndex) return 'row';
    return a.name in values ? lit(values[a.name]) : undefined;
  });
  const fail = (message: string): never => {
    throw new HasuraError('not-supported', message, path);
  };
  args.forEach((a, i) => {
    if (out[i] === undefined && !a.hasDefault) fail('Non default arguments cannot be omitted');
  });
  if (args.some((a) => !a.named)) {
    const last = out.reduce<number>((acc, v, i) => (v === undefined ? acc : i), -1);
    if (out.slice(0, last + 1).some((v) => v === undefined)) fail('Only last set of positional arguments can be omitted');
  }
  return out;
}

const computedArgs = (field: ComputedField, given: unknown, path: string) =>
  functionArgs(field.fn.args, given, field.sessionArgIndex, field.tableArgIndex, path);

function unwrap(type: unknown): GraphQLObjectType {
  let t = type;
  while (t instanceof GraphQLNonNull || t instanceof GraphQLList) t = t.ofType;
  return t as GraphQLObjectType;
}

/**
 * Hasura's JSON path argument: `$`, `.a.b`, `a`, `arr[0]`, `['key']`, `["key"]`, in any combination.
 * Returns the path elements for PostgreSQL's `#>` operator.
 */
export function parseJsonPath(path: string, errorPath: string): string[] {
  const out: string[] = [];
  let i = 0;
  const s = path.trim();
  if (s.startsWith('$')) i = 1;
  const bad = () => vfail(errorPath, `parse json path error: ${path}`);
  while (i < s.length) {
    const ch = s[i];
    if (ch === '.') {
      i++;
      continue;
    }
    if (ch === '[') {
      const q = s[i + 1];
      if (q === "'" || q === '"') {
        const end = s.indexOf(q, i + 2);
        if (end < 0 || s[end + 1] !== ']') bad();
        out.push(s.slice(i + 2, end));
        i = end + 2;
      } else {
        const end = s.indexOf(']', i);
        if (end < 0) bad();
        const idx = s.slice(i + 1, end).trim();
        if (!/^-?\d+$/.test(idx)) bad();
        out.push(idx);
        i = end + 1;
      }
      continue;
    }
    let j = i;
    while (j < s.length && s[j] !== '.' && s[j] !== '[') j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

export { SELECT_ARGS };
