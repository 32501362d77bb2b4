import type { FieldNode, FragmentDefinitionNode, VariableDefinitionNode } from 'graphql';
import type { VariableValues } from './request/values';
import type { BoolExp, Column, ComputedField, Constraint, FunctionInfo, Relationship, Table, Value } from './model/types';
import type { AggregateOp } from './schema';

// The parsed, validated and permission-applied form of a request: what the SQL compiler turns into statements.
// Permission filters are already folded into `where`; session variables stay symbolic until execution.

export type FieldIR =
  | { kind: 'column'; alias: string; column: Column; jsonPath: string[] | null }
  | { kind: 'typename'; alias: string; typename: string }
  | { kind: 'object_relationship'; alias: string; rel: Relationship; select: SelectIR }
  | { kind: 'array_relationship'; alias: string; rel: Relationship; select: SelectIR }
  | { kind: 'array_relationship_aggregate'; alias: string; rel: Relationship; aggregate: AggregateIR }
  | { kind: 'computed_scalar'; alias: string; field: ComputedField; args: FnCallArg[] }
  | { kind: 'computed_set'; alias: string; field: ComputedField; args: FnCallArg[]; select: SelectIR };

/** One argument of a function call, by position: a value, the session JSON, the row (computed fields), or omitted. */
export type FnCallArg = Value | 'session' | 'row' | undefined;

export type OrderTarget =
  | { kind: 'column'; column: Column }
  | { kind: 'computed'; field: ComputedField }
  | { kind: 'object_relationship'; rel: Relationship; filter: BoolExp | null; next: OrderTarget }
  | { kind: 'aggregate'; rel: Relationship; filter: BoolExp | null; op: 'count' | AggregateOp; column: Column | null }
  /** `<computed field>_aggregate` of a computed field returning SETOF a table, over its rows the role may select. */
  | { kind: 'computed_aggregate'; field: ComputedField; filter: BoolExp | null; op: 'count' | AggregateOp; column: Column | null };

export interface OrderByItem {
  target: OrderTarget;
  desc: boolean;
  nullsFirst: boolean;
}

export type Source =
  | { kind: 'table'; table: Table }
  | { kind: 'function'; fn: FunctionInfo; args: FnCallArg[]; table: Table }
  /** Rows a mutation wrote, passed back as JSON so `returning` sees them after the write. */
  | { kind: 'rows'; table: Table; rowsJson: string };

export interface SelectArgs {
  where: BoolExp | null;
  /** Inherited roles: columns / computed fields shown only in rows passing their filter (else null). */
  cellFilters?: Map<string, BoolExp>;
  orderBy: OrderByItem[];
  limit: Value | null;
  offset: Value | null;
  distinctOn: Column[] | null;
}

export interface SelectIR {
  source: Source;
  args: SelectArgs;
  fields: FieldIR[];
  /** One object (or null) instead of an array: object relationships and *_by_pk. */
  single: boolean;
}

export type AggregateSelection =
  | { kind: 'typename'; alias: string; typename: string }
  | { kind: 'count'; alias: string; columns: Column[]; distinct: boolean }
  | { kind: 'op'; alias: string; op: AggregateOp; fields: ({ kind: 'column'; alias: string; column: Column } | { kind: 'typename'; alias: string; typename: string })[] };

export type AggregateField =
  | { kind: 'typename'; alias: string; typename: string }
  | { kind: 'aggregate'; alias: string; fields: AggregateSelection[] }
  | { kind: 'nodes'; alias: string; fields: FieldIR[] };

export interface AggregateIR {
  source: Source;
  args: SelectArgs;
  fields: AggregateField[];
  /** The select permission's row limit when it caps only `nodes` (the aggregate counts every row), else null. */
  nodesLimit: number | null;
}

export interface OnConflictIR {
  constraint: Constraint;
  updateColumns: Column[];
  /** The update permission's filter and the client's `where`, both on the existing row. */
  where: BoolExp | null;
  /** The update permission's presets, applied when the conflicting row is updated. */
  presets: Record<string, Value>;
  updateCheck: BoolExp | null;
}

export interface InsertRow {
  columns: Map<string, Value>;
  objectRelationships: { rel: Relationship; insert: InsertIR }[];
  arrayRelationships: { rel: Relationship; insert: InsertIR }[];
}

export interface InsertIR {
  table: Table;
  rows: InsertRow[];
  onConflict: OnConflictIR | null;
  check: BoolExp | null;
}

export type UpdateOp = 'set' | 'inc' | 'append' | 'prepend' | 'delete_key' | 'delete_elem' | 'delete_at_path';

export interface UpdateIR {
  table: Table;
  where: BoolExp;
  assignments: { column: Column; op: UpdateOp; value: Value }[];
  check: BoolExp | null;
}

export interface DeleteIR {
  table: Table;
  where: BoolExp;
}

export type MutationOutput =
  | {
      kind: 'response';
      fields: ({ kind: 'affected_rows'; alias: string } | { kind: 'returning'; alias: string; fields: FieldIR[] } | { kind: 'typename'; alias: string; typename: string })[];
    }
  | { kind: 'single'; fields: FieldIR[] };

export type RootFieldIR =
  | { kind: 'typename'; alias: string; typename: string }
  | { kind: 'introspection'; alias: string; node: FieldNode; fragments: FragmentDefinitionNode[] }
  | { kind: 'select'; alias: string; select: SelectIR }
  | { kind: 'aggregate'; alias: string; aggregate: AggregateIR }
  | { kind: 'insert'; alias: string; insert: InsertIR; output: MutationOutput; errorPath: string }
  | { kind: 'update'; alias: string; update: UpdateIR; output: MutationOutput }
  | { kind: 'update_many'; alias: string; updates: UpdateIR[]; output: MutationOutput }
  | { kind: 'delete'; alias: string; delete: DeleteIR; output: MutationOutput };

export interface OperationIR {
  kind: 'query' | 'mutation';
  fields: RootFieldIR[];
  /**
   * The request's variables: their coerced values (bound into `var` parameters when the plan runs), and which
   * of them shaped the SQL. `definitions` coerce the variables of a later request that reuses the plan.
   */
  variables: { definitions: readonly VariableDefinitionNode[]; usage: VariableValues };
}
