// The engine's resolved model: metadata joined with the PostgreSQL catalog. Every later stage (schema, request
// parsing, SQL compilation) reads these shapes and nothing else.

/**
 * A value in a boolean expression, a preset or an argument: a literal, a session variable, or a request
 * variable (a GraphQL variable that only fills a bind parameter) — the last two read per request.
 */
export type Value = { kind: 'lit'; value: unknown } | { kind: 'session'; name: string } | { kind: 'var'; name: string };

export type ScalarOp =
  | '_eq'
  | '_neq'
  | '_gt'
  | '_gte'
  | '_lt'
  | '_lte'
  | '_in'
  | '_nin'
  | '_like'
  | '_nlike'
  | '_ilike'
  | '_nilike'
  | '_similar'
  | '_nsimilar'
  | '_regex'
  | '_nregex'
  | '_iregex'
  | '_niregex'
  | '_contains'
  | '_contained_in'
  | '_has_key'
  | '_has_keys_any'
  | '_has_keys_all';
export type ColumnCompareOp = '_ceq' | '_cneq' | '_cgt' | '_cgte' | '_clt' | '_clte';

export type ColumnOp =
  | { op: ScalarOp; value: Value }
  | { op: '_is_null'; value: Value }
  | { op: ColumnCompareOp; column: string; root: boolean }
  /** `_cast: {String: {...}}`: compare the value cast to text. */
  | { op: '_cast'; ops: ColumnOp[] };

export type BoolExp =
  | { kind: 'and'; items: BoolExp[] }
  | { kind: 'or'; items: BoolExp[] }
  | { kind: 'not'; item: BoolExp }
  | { kind: 'column'; column: Column; ops: ColumnOp[] }
  | { kind: 'rel'; rel: Relationship; where: BoolExp }
  /** `<rel>_aggregate: {count|bool_and|bool_or: …}`: an aggregate over the related rows passing `filter`, compared. */
  | { kind: 'aggregate'; rel: Relationship; predicate: AggregatePredicate }
  | { kind: 'exists'; table: Table; where: BoolExp }
  | { kind: 'computed'; field: ComputedField; args: Record<string, Value>; ops: ColumnOp[] }
  | { kind: 'computedSet'; field: ComputedField; args: Record<string, Value>; where: BoolExp };

export const TRUE: BoolExp = { kind: 'and', items: [] };

/** The aggregation functions Hasura offers in `<table>_aggregate_bool_exp` on PostgreSQL. */
export type AggregatePredicateFn = 'count' | 'bool_and' | 'bool_or';

export interface AggregatePredicate {
  fn: AggregatePredicateFn;
  /** count: the counted columns (none: count(*)); bool_and / bool_or: the one Boolean column. */
  columns: Column[];
  /** Parsed, and ignored in SQL, as Hasura does. */
  distinct: boolean;
  /** Which related rows are aggregated (in a client's `where`, the target's select permission is folded in). */
  filter: BoolExp;
  /** The comparison the aggregate must pass (Int_comparison_exp for count, Boolean_comparison_exp otherwise). */
  ops: ColumnOp[];
}

export interface Column {
  name: string;
  gqlName: string;
  /** A type valid in a cast, e.g. 'integer', 'character varying', 'text[]'. */
  sqlType: string;
  typname: string;
  /** pg_type.typcategory: N numeric, S string, D date/time, A array, U user-defined … */
  category: string;
  isArray: boolean;
  nullable: boolean;
  hasDefault: boolean;
  generated: boolean;
  description: string | null;
  /** The GraphQL scalar (or enum, for enum-table references) the column is exposed as. */
  scalar: string;
  /** Set when the column references an enum table: its GraphQL enum replaces the scalar. */
  enumTable?: Table;
}

export interface Relationship {
  name: string;
  kind: 'object' | 'array';
  source: Table;
  target: Table;
  /** Pairs of [source column, target column]. */
  mapping: [string, string][];
  /** True when the source row holds the referencing columns (insert the target first). */
  sourceHoldsKey: boolean;
  /** Defined by a foreign key (not manual_configuration): the database guarantees the target row exists. */
  viaForeignKey: boolean;
  description: string | null;
}

export interface FnArg {
  name: string;
  /** False for arguments PostgreSQL knows only by position (exposed as arg_1, arg_2, …). */
  named: boolean;
  sqlType: string;
  typname: string;
  category: string;
  hasDefault: boolean;
  /** Position in the function's argument list. */
  index: number;
}

export interface FunctionInfo {
  schema: string;
  name: string;
  args: FnArg[];
  returnsSet: boolean;
  returnSqlType: string;
  returnTypname: string;
  returnCategory: string;
  returnTable: Table | null;
  volatility: 'i' | 's' | 'v';
  description: string | null;
}

export interface ComputedField {
  name: string;
  fn: FunctionInfo;
  tableArgIndex: number;
  sessionArgIndex: number | null;
  /** Arguments the client passes through `args`. */
  inputArgs: FnArg[];
  /** Scalar computed fields: the GraphQL scalar of the result. */
  scalar: string | null;
  description: string | null;
}

export interface TrackedFunction {
  fn: FunctionInfo;
  gqlName: string;
  aggregateName: string;
  table: Table;
  sessionArgIndex: number | null;
  inputArgs: FnArg[];
  exposedAs: 'query' | 'mutation';
}

export interface SelectPerm {
  columns: Set<string>;
  computedFields: Set<string>;
  filter: BoolExp;
  limit: number | null;
  allowAggregations: boolean;
  /**
   * Inherited roles only: a column (or computed field) that not every parent role grants is shown only in
   * rows that pass the filter of a parent role granting it; elsewhere it reads as null.
   */
  cellFilters?: Map<string, BoolExp>;
}
export interface InsertPerm {
  columns: Set<string>;
  check: BoolExp;
  set: Record<string, Value>;
  backendOnly: boolean;
}
export interface UpdatePerm {
  columns: Set<string>;
  filter: BoolExp;
  check: BoolExp | null;
  set: Record<string, Value>;
  backendOnly: boolean;
}
export interface DeletePerm {
  filter: BoolExp;
  backendOnly: boolean;
}

export interface Constraint {
  name: string;
  columns: string[];
}

export interface CustomRootFields {
  select?: string | null;
  select_by_pk?: string | null;
  select_aggregate?: string | null;
  insert?: string | null;
  insert_one?: string | null;
  update?: string | null;
  update_by_pk?: string | null;
  delete?: string | null;
  delete_by_pk?: string | null;
}

export interface Table {
  schema: string;
  name: string;
  gqlName: string;
  description: string | null;
  columns: Column[];
  columnByName: Map<string, Column>;
  columnByGql: Map<string, Column>;
  primaryKey: string[] | null;
  /** Primary key and unique constraints: the targets of on_conflict. */
  constraints: Constraint[];
  relationships: Relationship[];
  relByName: Map<string, Relationship>;
  computedFields: ComputedField[];
  computedByName: Map<string, ComputedField>;
  customRootFields: CustomRootFields;
  isEnum: boolean;
  enumValues: { value: string; comment: string | null }[];
  select: Map<string, SelectPerm>;
  insert: Map<string, InsertPerm>;
  update: Map<string, UpdatePerm>;
  delete: Map<string, DeletePerm>;
}

export interface Model {
  tables: Table[];
  tableByKey: Map<string, Table>;
  functions: TrackedFunction[];
  roles: string[];
  /** Hasura's --stringify-numeric-types: bigint, numeric, float8 and money columns leave as JSON strings. */
  stringifyNumbers: boolean;
}

export const ADMIN_ROLE = 'admin';
