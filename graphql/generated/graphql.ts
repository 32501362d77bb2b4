/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Boolean expression to compare columns of type "Boolean". All fields are combined with logical 'AND'. */
export type Boolean_Comparison_Exp = {
  _eq?: boolean | null | undefined;
  _gt?: boolean | null | undefined;
  _gte?: boolean | null | undefined;
  _in?: Array<boolean> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: boolean | null | undefined;
  _lte?: boolean | null | undefined;
  _neq?: boolean | null | undefined;
  _nin?: Array<boolean> | null | undefined;
};

/** Boolean expression to compare columns of type "Int". All fields are combined with logical 'AND'. */
export type Int_Comparison_Exp = {
  _eq?: number | null | undefined;
  _gt?: number | null | undefined;
  _gte?: number | null | undefined;
  _in?: Array<number> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: number | null | undefined;
  _lte?: number | null | undefined;
  _neq?: number | null | undefined;
  _nin?: Array<number> | null | undefined;
};

/** Boolean expression to compare columns of type "String". All fields are combined with logical 'AND'. */
export type String_Comparison_Exp = {
  _eq?: string | null | undefined;
  _gt?: string | null | undefined;
  _gte?: string | null | undefined;
  /** does the column match the given case-insensitive pattern */
  _ilike?: string | null | undefined;
  _in?: Array<string> | null | undefined;
  /** does the column match the given POSIX regular expression, case insensitive */
  _iregex?: string | null | undefined;
  _is_null?: boolean | null | undefined;
  /** does the column match the given pattern */
  _like?: string | null | undefined;
  _lt?: string | null | undefined;
  _lte?: string | null | undefined;
  _neq?: string | null | undefined;
  /** does the column NOT match the given case-insensitive pattern */
  _nilike?: string | null | undefined;
  _nin?: Array<string> | null | undefined;
  /** does the column NOT match the given POSIX regular expression, case insensitive */
  _niregex?: string | null | undefined;
  /** does the column NOT match the given pattern */
  _nlike?: string | null | undefined;
  /** does the column NOT match the given POSIX regular expression, case sensitive */
  _nregex?: string | null | undefined;
  /** does the column NOT match the given SQL regular expression */
  _nsimilar?: string | null | undefined;
  /** does the column match the given POSIX regular expression, case sensitive */
  _regex?: string | null | undefined;
  /** does the column match the given SQL regular expression */
  _similar?: string | null | undefined;
};

/** input type for inserting data into table "aircraft_correlation" */
export type Aircraft_Correlation_Insert_Input = {
  aircraft_count?: number | null | undefined;
  creator?: Users_Obj_Rel_Insert_Input | null | undefined;
  error?: string | null | undefined;
  fetched_at?: string | null | undefined;
  inputs?: unknown;
  matches?: Aircraft_Correlation_Match_Arr_Rel_Insert_Input | null | undefined;
  note?: string | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  possible_aircraft?: boolean | null | undefined;
  provider?: string | null | undefined;
  query?: unknown;
  raw?: unknown;
  status?: string | null | undefined;
  summary?: string | null | undefined;
  tolerances?: unknown;
  trigger?: string | null | undefined;
};

/** input type for inserting array relation for remote table "aircraft_correlation_match" */
export type Aircraft_Correlation_Match_Arr_Rel_Insert_Input = {
  data: Array<Aircraft_Correlation_Match_Insert_Input>;
};

/** input type for inserting data into table "aircraft_correlation_match" */
export type Aircraft_Correlation_Match_Insert_Input = {
  altitude_m?: number | null | undefined;
  az?: number | null | undefined;
  callsign?: string | null | undefined;
  correlation?: Aircraft_Correlation_Obj_Rel_Insert_Input | null | undefined;
  correlation_id?: string | null | undefined;
  el?: number | null | undefined;
  ground_distance_km?: number | null | undefined;
  icao24?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  rank?: number | null | undefined;
  separation_deg?: number | null | undefined;
  slant_range_km?: number | null | undefined;
  time_offset_s?: number | null | undefined;
  within_tolerance?: boolean | null | undefined;
};

/** input type for inserting object relation for remote table "aircraft_correlation" */
export type Aircraft_Correlation_Obj_Rel_Insert_Input = {
  data: Aircraft_Correlation_Insert_Input;
};

/** Boolean expression to filter rows from the table "audit_log". All fields are combined with a logical 'AND'. */
export type Audit_Log_Bool_Exp = {
  _and?: Array<Audit_Log_Bool_Exp> | null | undefined;
  _not?: Audit_Log_Bool_Exp | null | undefined;
  _or?: Array<Audit_Log_Bool_Exp> | null | undefined;
  action?: String_Comparison_Exp | null | undefined;
  actor_id?: String_Comparison_Exp | null | undefined;
  at?: Timestamptz_Comparison_Exp | null | undefined;
  diff?: Jsonb_Comparison_Exp | null | undefined;
  entity?: String_Comparison_Exp | null | undefined;
  entity_id?: String_Comparison_Exp | null | undefined;
  id?: Bigint_Comparison_Exp | null | undefined;
};

/** Boolean expression to compare columns of type "bigint". All fields are combined with logical 'AND'. */
export type Bigint_Comparison_Exp = {
  _eq?: number | string | null | undefined;
  _gt?: number | string | null | undefined;
  _gte?: number | string | null | undefined;
  _in?: Array<number | string> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: number | string | null | undefined;
  _lte?: number | string | null | undefined;
  _neq?: number | string | null | undefined;
  _nin?: Array<number | string> | null | undefined;
};

export type Drop_Status_Enum =
  /** Reviewed and linked to a phenom */
  | 'accepted'
  /** Reviewed, already covered by a phenom */
  | 'duplicate'
  /** Submitted, not reviewed */
  | 'pending'
  /** Reviewed and discarded */
  | 'rejected';

/** Boolean expression to compare columns of type "drop_status_enum". All fields are combined with logical 'AND'. */
export type Drop_Status_Enum_Comparison_Exp = {
  _eq?: Drop_Status_Enum | null | undefined;
  _gt?: Drop_Status_Enum | null | undefined;
  _gte?: Drop_Status_Enum | null | undefined;
  _in?: Array<Drop_Status_Enum> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: Drop_Status_Enum | null | undefined;
  _lte?: Drop_Status_Enum | null | undefined;
  _neq?: Drop_Status_Enum | null | undefined;
  _nin?: Array<Drop_Status_Enum> | null | undefined;
};

export type Drops_Aggregate_Bool_Exp = {
  count?: Drops_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Drops_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Drops_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Drops_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "drops" */
export type Drops_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Drops_Max_Order_By | null | undefined;
  min?: Drops_Min_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "drops" */
export type Drops_Arr_Rel_Insert_Input = {
  data: Array<Drops_Insert_Input>;
  /** upsert condition */
  on_conflict?: Drops_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "drops". All fields are combined with a logical 'AND'. */
export type Drops_Bool_Exp = {
  _and?: Array<Drops_Bool_Exp> | null | undefined;
  _not?: Drops_Bool_Exp | null | undefined;
  _or?: Array<Drops_Bool_Exp> | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  payload?: Jsonb_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  status?: Drop_Status_Enum_Comparison_Exp | null | undefined;
  submitted_at?: Timestamptz_Comparison_Exp | null | undefined;
  submitter?: Users_Bool_Exp | null | undefined;
  submitter_id?: String_Comparison_Exp | null | undefined;
  updated_at?: Timestamptz_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "drops" */
export type Drops_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'drops_pkey';

/** input type for inserting data into table "drops" */
export type Drops_Insert_Input = {
  payload?: unknown;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  status?: Drop_Status_Enum | null | undefined;
  submitted_at?: string | null | undefined;
  submitter_id?: string | null | undefined;
};

/** order by max() on columns of table "drops" */
export type Drops_Max_Order_By = {
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  status?: Order_By | null | undefined;
  submitted_at?: Order_By | null | undefined;
  submitter_id?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

/** order by min() on columns of table "drops" */
export type Drops_Min_Order_By = {
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  status?: Order_By | null | undefined;
  submitted_at?: Order_By | null | undefined;
  submitter_id?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

/** on_conflict condition type for table "drops" */
export type Drops_On_Conflict = {
  constraint: Drops_Constraint;
  update_columns?: Array<Drops_Update_Column>;
  where?: Drops_Bool_Exp | null | undefined;
};

/** select columns of table "drops" */
export type Drops_Select_Column =
  /** column name */
  | 'id'
  /** column name */
  | 'payload'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'status'
  /** column name */
  | 'submitted_at'
  /** column name */
  | 'submitter_id'
  /** column name */
  | 'updated_at';

/** input type for updating data in table "drops" */
export type Drops_Set_Input = {
  phenom_id?: string | null | undefined;
  status?: Drop_Status_Enum | null | undefined;
};

/** update columns of table "drops" */
export type Drops_Update_Column =
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'status';

/** Boolean expression to compare columns of type "float8". All fields are combined with logical 'AND'. */
export type Float8_Comparison_Exp = {
  _eq?: number | null | undefined;
  _gt?: number | null | undefined;
  _gte?: number | null | undefined;
  _in?: Array<number> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: number | null | undefined;
  _lte?: number | null | undefined;
  _neq?: number | null | undefined;
  _nin?: Array<number> | null | undefined;
};

export type Item_Shares_Aggregate_Bool_Exp = {
  bool_and?: Item_Shares_Aggregate_Bool_Exp_Bool_And | null | undefined;
  bool_or?: Item_Shares_Aggregate_Bool_Exp_Bool_Or | null | undefined;
  count?: Item_Shares_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Item_Shares_Aggregate_Bool_Exp_Bool_And = {
  arguments: Item_Shares_Select_Column_Item_Shares_Aggregate_Bool_Exp_Bool_And_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Item_Shares_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Item_Shares_Aggregate_Bool_Exp_Bool_Or = {
  arguments: Item_Shares_Select_Column_Item_Shares_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Item_Shares_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Item_Shares_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Item_Shares_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Item_Shares_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** input type for inserting array relation for remote table "item_shares" */
export type Item_Shares_Arr_Rel_Insert_Input = {
  data: Array<Item_Shares_Insert_Input>;
};

/** Boolean expression to filter rows from the table "item_shares". All fields are combined with a logical 'AND'. */
export type Item_Shares_Bool_Exp = {
  _and?: Array<Item_Shares_Bool_Exp> | null | undefined;
  _not?: Item_Shares_Bool_Exp | null | undefined;
  _or?: Array<Item_Shares_Bool_Exp> | null | undefined;
  can_edit?: Boolean_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  item?: List_Items_Bool_Exp | null | undefined;
  item_id?: Uuid_Comparison_Exp | null | undefined;
  shared_by?: String_Comparison_Exp | null | undefined;
  sharer?: Users_Bool_Exp | null | undefined;
  user?: Users_Bool_Exp | null | undefined;
  user_id?: String_Comparison_Exp | null | undefined;
};

/** input type for inserting data into table "item_shares" */
export type Item_Shares_Insert_Input = {
  can_edit?: boolean | null | undefined;
  item?: List_Items_Obj_Rel_Insert_Input | null | undefined;
  item_id?: string | null | undefined;
  sharer?: Users_Obj_Rel_Insert_Input | null | undefined;
  user?: Users_Obj_Rel_Insert_Input | null | undefined;
  user_id?: string | null | undefined;
};

/** select columns of table "item_shares" */
export type Item_Shares_Select_Column =
  /** column name */
  | 'can_edit'
  /** column name */
  | 'created_at'
  /** column name */
  | 'item_id'
  /** column name */
  | 'shared_by'
  /** column name */
  | 'user_id';

/** select "item_shares_aggregate_bool_exp_bool_and_arguments_columns" columns of table "item_shares" */
export type Item_Shares_Select_Column_Item_Shares_Aggregate_Bool_Exp_Bool_And_Arguments_Columns =
  /** column name */
  | 'can_edit';

/** select "item_shares_aggregate_bool_exp_bool_or_arguments_columns" columns of table "item_shares" */
export type Item_Shares_Select_Column_Item_Shares_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns =
  /** column name */
  | 'can_edit';

export type Jsonb_Cast_Exp = {
  String?: String_Comparison_Exp | null | undefined;
};

/** Boolean expression to compare columns of type "jsonb". All fields are combined with logical 'AND'. */
export type Jsonb_Comparison_Exp = {
  _cast?: Jsonb_Cast_Exp | null | undefined;
  /** is the column contained in the given json value */
  _contained_in?: unknown;
  /** does the column contain the given json value at the top level */
  _contains?: unknown;
  _eq?: unknown;
  _gt?: unknown;
  _gte?: unknown;
  /** does the string exist as a top-level key in the column */
  _has_key?: string | null | undefined;
  /** do all of these strings exist as top-level keys in the column */
  _has_keys_all?: Array<string> | null | undefined;
  /** do any of these strings exist as top-level keys in the column */
  _has_keys_any?: Array<string> | null | undefined;
  _in?: Array<unknown> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: unknown;
  _lte?: unknown;
  _neq?: unknown;
  _nin?: Array<unknown> | null | undefined;
};

export type List_Items_Aggregate_Bool_Exp = {
  count?: List_Items_Aggregate_Bool_Exp_Count | null | undefined;
};

export type List_Items_Aggregate_Bool_Exp_Count = {
  arguments?: Array<List_Items_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: List_Items_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "list_items" */
export type List_Items_Aggregate_Order_By = {
  avg?: List_Items_Avg_Order_By | null | undefined;
  count?: Order_By | null | undefined;
  max?: List_Items_Max_Order_By | null | undefined;
  min?: List_Items_Min_Order_By | null | undefined;
  stddev?: List_Items_Stddev_Order_By | null | undefined;
  stddev_pop?: List_Items_Stddev_Pop_Order_By | null | undefined;
  stddev_samp?: List_Items_Stddev_Samp_Order_By | null | undefined;
  sum?: List_Items_Sum_Order_By | null | undefined;
  var_pop?: List_Items_Var_Pop_Order_By | null | undefined;
  var_samp?: List_Items_Var_Samp_Order_By | null | undefined;
  variance?: List_Items_Variance_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "list_items" */
export type List_Items_Arr_Rel_Insert_Input = {
  data: Array<List_Items_Insert_Input>;
  /** upsert condition */
  on_conflict?: List_Items_On_Conflict | null | undefined;
};

/** order by avg() on columns of table "list_items" */
export type List_Items_Avg_Order_By = {
  position?: Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "list_items". All fields are combined with a logical 'AND'. */
export type List_Items_Bool_Exp = {
  _and?: Array<List_Items_Bool_Exp> | null | undefined;
  _not?: List_Items_Bool_Exp | null | undefined;
  _or?: Array<List_Items_Bool_Exp> | null | undefined;
  added_by?: String_Comparison_Exp | null | undefined;
  added_by_user?: Users_Bool_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  list?: Lists_Bool_Exp | null | undefined;
  list_id?: Uuid_Comparison_Exp | null | undefined;
  note?: String_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  position?: Int_Comparison_Exp | null | undefined;
  shares?: Item_Shares_Bool_Exp | null | undefined;
  shares_aggregate?: Item_Shares_Aggregate_Bool_Exp | null | undefined;
};

/** unique or primary key constraints on table "list_items" */
export type List_Items_Constraint =
  /** unique or primary key constraint on columns "list_id", "phenom_id" */
  | 'list_items_list_id_phenom_id_key'
  /** unique or primary key constraint on columns "id" */
  | 'list_items_pkey';

/** input type for incrementing numeric columns in table */
export type List_Items_Inc_Input = {
  position?: number | null | undefined;
};

/** input type for inserting data into table "list_items" */
export type List_Items_Insert_Input = {
  added_by_user?: Users_Obj_Rel_Insert_Input | null | undefined;
  list?: Lists_Obj_Rel_Insert_Input | null | undefined;
  list_id?: string | null | undefined;
  note?: string | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  position?: number | null | undefined;
  shares?: Item_Shares_Arr_Rel_Insert_Input | null | undefined;
};

/** order by max() on columns of table "list_items" */
export type List_Items_Max_Order_By = {
  added_by?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  list_id?: Order_By | null | undefined;
  note?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  position?: Order_By | null | undefined;
};

/** order by min() on columns of table "list_items" */
export type List_Items_Min_Order_By = {
  added_by?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  list_id?: Order_By | null | undefined;
  note?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  position?: Order_By | null | undefined;
};

/** input type for inserting object relation for remote table "list_items" */
export type List_Items_Obj_Rel_Insert_Input = {
  data: List_Items_Insert_Input;
  /** upsert condition */
  on_conflict?: List_Items_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "list_items" */
export type List_Items_On_Conflict = {
  constraint: List_Items_Constraint;
  update_columns?: Array<List_Items_Update_Column>;
  where?: List_Items_Bool_Exp | null | undefined;
};

/** select columns of table "list_items" */
export type List_Items_Select_Column =
  /** column name */
  | 'added_by'
  /** column name */
  | 'created_at'
  /** column name */
  | 'id'
  /** column name */
  | 'list_id'
  /** column name */
  | 'note'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'position';

/** input type for updating data in table "list_items" */
export type List_Items_Set_Input = {
  note?: string | null | undefined;
  position?: number | null | undefined;
};

/** order by stddev() on columns of table "list_items" */
export type List_Items_Stddev_Order_By = {
  position?: Order_By | null | undefined;
};

/** order by stddev_pop() on columns of table "list_items" */
export type List_Items_Stddev_Pop_Order_By = {
  position?: Order_By | null | undefined;
};

/** order by stddev_samp() on columns of table "list_items" */
export type List_Items_Stddev_Samp_Order_By = {
  position?: Order_By | null | undefined;
};

/** order by sum() on columns of table "list_items" */
export type List_Items_Sum_Order_By = {
  position?: Order_By | null | undefined;
};

/** update columns of table "list_items" */
export type List_Items_Update_Column =
  /** column name */
  | 'note'
  /** column name */
  | 'position';

export type List_Items_Updates = {
  /** increments the numeric columns with given value of the filtered values */
  _inc?: List_Items_Inc_Input | null | undefined;
  /** sets the columns of the filtered rows to the given values */
  _set?: List_Items_Set_Input | null | undefined;
  /** filter the rows which have to be updated */
  where: List_Items_Bool_Exp;
};

/** order by var_pop() on columns of table "list_items" */
export type List_Items_Var_Pop_Order_By = {
  position?: Order_By | null | undefined;
};

/** order by var_samp() on columns of table "list_items" */
export type List_Items_Var_Samp_Order_By = {
  position?: Order_By | null | undefined;
};

/** order by variance() on columns of table "list_items" */
export type List_Items_Variance_Order_By = {
  position?: Order_By | null | undefined;
};

export type List_Shares_Aggregate_Bool_Exp = {
  bool_and?: List_Shares_Aggregate_Bool_Exp_Bool_And | null | undefined;
  bool_or?: List_Shares_Aggregate_Bool_Exp_Bool_Or | null | undefined;
  count?: List_Shares_Aggregate_Bool_Exp_Count | null | undefined;
};

export type List_Shares_Aggregate_Bool_Exp_Bool_And = {
  arguments: List_Shares_Select_Column_List_Shares_Aggregate_Bool_Exp_Bool_And_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: List_Shares_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type List_Shares_Aggregate_Bool_Exp_Bool_Or = {
  arguments: List_Shares_Select_Column_List_Shares_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: List_Shares_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type List_Shares_Aggregate_Bool_Exp_Count = {
  arguments?: Array<List_Shares_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: List_Shares_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** input type for inserting array relation for remote table "list_shares" */
export type List_Shares_Arr_Rel_Insert_Input = {
  data: Array<List_Shares_Insert_Input>;
  /** upsert condition */
  on_conflict?: List_Shares_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "list_shares". All fields are combined with a logical 'AND'. */
export type List_Shares_Bool_Exp = {
  _and?: Array<List_Shares_Bool_Exp> | null | undefined;
  _not?: List_Shares_Bool_Exp | null | undefined;
  _or?: Array<List_Shares_Bool_Exp> | null | undefined;
  can_edit?: Boolean_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  list?: Lists_Bool_Exp | null | undefined;
  list_id?: Uuid_Comparison_Exp | null | undefined;
  user?: Users_Bool_Exp | null | undefined;
  user_id?: String_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "list_shares" */
export type List_Shares_Constraint =
  /** unique or primary key constraint on columns "list_id", "user_id" */
  | 'list_shares_pkey';

/** input type for inserting data into table "list_shares" */
export type List_Shares_Insert_Input = {
  can_edit?: boolean | null | undefined;
  list?: Lists_Obj_Rel_Insert_Input | null | undefined;
  list_id?: string | null | undefined;
  user?: Users_Obj_Rel_Insert_Input | null | undefined;
  user_id?: string | null | undefined;
};

/** on_conflict condition type for table "list_shares" */
export type List_Shares_On_Conflict = {
  constraint: List_Shares_Constraint;
  update_columns?: Array<List_Shares_Update_Column>;
  where?: List_Shares_Bool_Exp | null | undefined;
};

/** select columns of table "list_shares" */
export type List_Shares_Select_Column =
  /** column name */
  | 'can_edit'
  /** column name */
  | 'created_at'
  /** column name */
  | 'list_id'
  /** column name */
  | 'user_id';

/** select "list_shares_aggregate_bool_exp_bool_and_arguments_columns" columns of table "list_shares" */
export type List_Shares_Select_Column_List_Shares_Aggregate_Bool_Exp_Bool_And_Arguments_Columns =
  /** column name */
  | 'can_edit';

/** select "list_shares_aggregate_bool_exp_bool_or_arguments_columns" columns of table "list_shares" */
export type List_Shares_Select_Column_List_Shares_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns =
  /** column name */
  | 'can_edit';

/** update columns of table "list_shares" */
export type List_Shares_Update_Column =
  /** column name */
  | 'can_edit';

export type Lists_Aggregate_Bool_Exp = {
  count?: Lists_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Lists_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Lists_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Lists_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "lists" */
export type Lists_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Lists_Max_Order_By | null | undefined;
  min?: Lists_Min_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "lists" */
export type Lists_Arr_Rel_Insert_Input = {
  data: Array<Lists_Insert_Input>;
  /** upsert condition */
  on_conflict?: Lists_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "lists". All fields are combined with a logical 'AND'. */
export type Lists_Bool_Exp = {
  _and?: Array<Lists_Bool_Exp> | null | undefined;
  _not?: Lists_Bool_Exp | null | undefined;
  _or?: Array<Lists_Bool_Exp> | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  description?: String_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  items?: List_Items_Bool_Exp | null | undefined;
  items_aggregate?: List_Items_Aggregate_Bool_Exp | null | undefined;
  name?: String_Comparison_Exp | null | undefined;
  owner?: Users_Bool_Exp | null | undefined;
  owner_id?: String_Comparison_Exp | null | undefined;
  shares?: List_Shares_Bool_Exp | null | undefined;
  shares_aggregate?: List_Shares_Aggregate_Bool_Exp | null | undefined;
  updated_at?: Timestamptz_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "lists" */
export type Lists_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'lists_pkey';

/** input type for inserting data into table "lists" */
export type Lists_Insert_Input = {
  description?: string | null | undefined;
  items?: List_Items_Arr_Rel_Insert_Input | null | undefined;
  name?: string | null | undefined;
  owner?: Users_Obj_Rel_Insert_Input | null | undefined;
  shares?: List_Shares_Arr_Rel_Insert_Input | null | undefined;
};

/** order by max() on columns of table "lists" */
export type Lists_Max_Order_By = {
  created_at?: Order_By | null | undefined;
  description?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  name?: Order_By | null | undefined;
  owner_id?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

/** order by min() on columns of table "lists" */
export type Lists_Min_Order_By = {
  created_at?: Order_By | null | undefined;
  description?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  name?: Order_By | null | undefined;
  owner_id?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

/** input type for inserting object relation for remote table "lists" */
export type Lists_Obj_Rel_Insert_Input = {
  data: Lists_Insert_Input;
  /** upsert condition */
  on_conflict?: Lists_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "lists" */
export type Lists_On_Conflict = {
  constraint: Lists_Constraint;
  update_columns?: Array<Lists_Update_Column>;
  where?: Lists_Bool_Exp | null | undefined;
};

/** select columns of table "lists" */
export type Lists_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'description'
  /** column name */
  | 'id'
  /** column name */
  | 'name'
  /** column name */
  | 'owner_id'
  /** column name */
  | 'updated_at';

/** input type for updating data in table "lists" */
export type Lists_Set_Input = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

/** update columns of table "lists" */
export type Lists_Update_Column =
  /** column name */
  | 'description'
  /** column name */
  | 'name';

/** Boolean expression to filter rows from the table "media_uploads". All fields are combined with a logical 'AND'. */
export type Media_Uploads_Bool_Exp = {
  _and?: Array<Media_Uploads_Bool_Exp> | null | undefined;
  _not?: Media_Uploads_Bool_Exp | null | undefined;
  _or?: Array<Media_Uploads_Bool_Exp> | null | undefined;
  bytes?: Bigint_Comparison_Exp | null | undefined;
  content_type?: String_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  expires_at?: Timestamptz_Comparison_Exp | null | undefined;
  file_name?: String_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  s3_key?: String_Comparison_Exp | null | undefined;
  uploaded_by?: String_Comparison_Exp | null | undefined;
  uploader?: Users_Bool_Exp | null | undefined;
};

/** input type for inserting data into table "media_uploads" */
export type Media_Uploads_Insert_Input = {
  bytes?: number | string | null | undefined;
  content_type?: string | null | undefined;
  file_name?: string | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  uploader?: Users_Obj_Rel_Insert_Input | null | undefined;
};

/** input type for inserting object relation for remote table "media_uploads" */
export type Media_Uploads_Obj_Rel_Insert_Input = {
  data: Media_Uploads_Insert_Input;
};

export type Notifications_Aggregate_Bool_Exp = {
  count?: Notifications_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Notifications_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Notifications_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Notifications_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "notifications" */
export type Notifications_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Notifications_Max_Order_By | null | undefined;
  min?: Notifications_Min_Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "notifications". All fields are combined with a logical 'AND'. */
export type Notifications_Bool_Exp = {
  _and?: Array<Notifications_Bool_Exp> | null | undefined;
  _not?: Notifications_Bool_Exp | null | undefined;
  _or?: Array<Notifications_Bool_Exp> | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  kind?: String_Comparison_Exp | null | undefined;
  payload?: Jsonb_Comparison_Exp | null | undefined;
  read_at?: Timestamptz_Comparison_Exp | null | undefined;
  user?: Users_Bool_Exp | null | undefined;
  user_id?: String_Comparison_Exp | null | undefined;
};

/** order by max() on columns of table "notifications" */
export type Notifications_Max_Order_By = {
  created_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  kind?: Order_By | null | undefined;
  read_at?: Order_By | null | undefined;
  user_id?: Order_By | null | undefined;
};

/** order by min() on columns of table "notifications" */
export type Notifications_Min_Order_By = {
  created_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  kind?: Order_By | null | undefined;
  read_at?: Order_By | null | undefined;
  user_id?: Order_By | null | undefined;
};

/** select columns of table "notifications" */
export type Notifications_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'id'
  /** column name */
  | 'kind'
  /** column name */
  | 'payload'
  /** column name */
  | 'read_at'
  /** column name */
  | 'user_id';

/** column ordering options */
export type Order_By =
  /** in ascending order, nulls last */
  | 'asc'
  /** in ascending order, nulls first */
  | 'asc_nulls_first'
  /** in ascending order, nulls last */
  | 'asc_nulls_last'
  /** in descending order, nulls first */
  | 'desc'
  /** in descending order, nulls first */
  | 'desc_nulls_first'
  /** in descending order, nulls last */
  | 'desc_nulls_last';

export type Outcome_Confidence_Enum =
  /** Confirmed */
  | 'certain'
  /** Consistent with the outcome */
  | 'possible'
  /** Most likely explanation */
  | 'probable';

/** Boolean expression to compare columns of type "outcome_confidence_enum". All fields are combined with logical 'AND'. */
export type Outcome_Confidence_Enum_Comparison_Exp = {
  _eq?: Outcome_Confidence_Enum | null | undefined;
  _gt?: Outcome_Confidence_Enum | null | undefined;
  _gte?: Outcome_Confidence_Enum | null | undefined;
  _in?: Array<Outcome_Confidence_Enum> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: Outcome_Confidence_Enum | null | undefined;
  _lte?: Outcome_Confidence_Enum | null | undefined;
  _neq?: Outcome_Confidence_Enum | null | undefined;
  _nin?: Array<Outcome_Confidence_Enum> | null | undefined;
};

export type Phenom_Aggregate_Bool_Exp = {
  count?: Phenom_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Phenom_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Phenom_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Phenom_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "phenom" */
export type Phenom_Aggregate_Order_By = {
  avg?: Phenom_Avg_Order_By | null | undefined;
  count?: Order_By | null | undefined;
  max?: Phenom_Max_Order_By | null | undefined;
  min?: Phenom_Min_Order_By | null | undefined;
  stddev?: Phenom_Stddev_Order_By | null | undefined;
  stddev_pop?: Phenom_Stddev_Pop_Order_By | null | undefined;
  stddev_samp?: Phenom_Stddev_Samp_Order_By | null | undefined;
  sum?: Phenom_Sum_Order_By | null | undefined;
  var_pop?: Phenom_Var_Pop_Order_By | null | undefined;
  var_samp?: Phenom_Var_Samp_Order_By | null | undefined;
  variance?: Phenom_Variance_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "phenom" */
export type Phenom_Arr_Rel_Insert_Input = {
  data: Array<Phenom_Insert_Input>;
  /** upsert condition */
  on_conflict?: Phenom_On_Conflict | null | undefined;
};

/** order by avg() on columns of table "phenom" */
export type Phenom_Avg_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "phenom". All fields are combined with a logical 'AND'. */
export type Phenom_Bool_Exp = {
  _and?: Array<Phenom_Bool_Exp> | null | undefined;
  _not?: Phenom_Bool_Exp | null | undefined;
  _or?: Array<Phenom_Bool_Exp> | null | undefined;
  altitude_m?: Float8_Comparison_Exp | null | undefined;
  assignee?: Users_Bool_Exp | null | undefined;
  assignee_id?: String_Comparison_Exp | null | undefined;
  coords?: Phenom_Coords_Bool_Exp | null | undefined;
  coords_aggregate?: Phenom_Coords_Aggregate_Bool_Exp | null | undefined;
  country?: String_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  created_by?: String_Comparison_Exp | null | undefined;
  creator?: Users_Bool_Exp | null | undefined;
  deleted_at?: Timestamptz_Comparison_Exp | null | undefined;
  description?: String_Comparison_Exp | null | undefined;
  drops?: Drops_Bool_Exp | null | undefined;
  drops_aggregate?: Drops_Aggregate_Bool_Exp | null | undefined;
  duration_s?: Int_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  latitude?: Float8_Comparison_Exp | null | undefined;
  list_items?: List_Items_Bool_Exp | null | undefined;
  list_items_aggregate?: List_Items_Aggregate_Bool_Exp | null | undefined;
  location_name?: String_Comparison_Exp | null | undefined;
  longitude?: Float8_Comparison_Exp | null | undefined;
  media?: Phenom_Media_Bool_Exp | null | undefined;
  media_aggregate?: Phenom_Media_Aggregate_Bool_Exp | null | undefined;
  occurred_at?: Timestamptz_Comparison_Exp | null | undefined;
  occurred_at_precision?: Time_Precision_Enum_Comparison_Exp | null | undefined;
  outcome?: Phenom_Outcome_Enum_Comparison_Exp | null | undefined;
  outcome_confidence?: Outcome_Confidence_Enum_Comparison_Exp | null | undefined;
  reported_at?: Timestamptz_Comparison_Exp | null | undefined;
  screening_runs?: Screening_Run_Bool_Exp | null | undefined;
  screening_runs_aggregate?: Screening_Run_Aggregate_Bool_Exp | null | undefined;
  sensor_data?: Phenom_Sensor_Data_Bool_Exp | null | undefined;
  sensor_data_aggregate?: Phenom_Sensor_Data_Aggregate_Bool_Exp | null | undefined;
  shape?: String_Comparison_Exp | null | undefined;
  shoots?: Phenom_Shoots_Bool_Exp | null | undefined;
  shoots_aggregate?: Phenom_Shoots_Aggregate_Bool_Exp | null | undefined;
  source?: String_Comparison_Exp | null | undefined;
  status?: Phenom_Status_Enum_Comparison_Exp | null | undefined;
  title?: String_Comparison_Exp | null | undefined;
  updated_at?: Timestamptz_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "phenom" */
export type Phenom_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'phenom_pkey';

export type Phenom_Coords_Aggregate_Bool_Exp = {
  count?: Phenom_Coords_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Phenom_Coords_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Phenom_Coords_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Phenom_Coords_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "phenom_coords" */
export type Phenom_Coords_Aggregate_Order_By = {
  avg?: Phenom_Coords_Avg_Order_By | null | undefined;
  count?: Order_By | null | undefined;
  max?: Phenom_Coords_Max_Order_By | null | undefined;
  min?: Phenom_Coords_Min_Order_By | null | undefined;
  stddev?: Phenom_Coords_Stddev_Order_By | null | undefined;
  stddev_pop?: Phenom_Coords_Stddev_Pop_Order_By | null | undefined;
  stddev_samp?: Phenom_Coords_Stddev_Samp_Order_By | null | undefined;
  sum?: Phenom_Coords_Sum_Order_By | null | undefined;
  var_pop?: Phenom_Coords_Var_Pop_Order_By | null | undefined;
  var_samp?: Phenom_Coords_Var_Samp_Order_By | null | undefined;
  variance?: Phenom_Coords_Variance_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "phenom_coords" */
export type Phenom_Coords_Arr_Rel_Insert_Input = {
  data: Array<Phenom_Coords_Insert_Input>;
};

/** order by avg() on columns of table "phenom_coords" */
export type Phenom_Coords_Avg_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "phenom_coords". All fields are combined with a logical 'AND'. */
export type Phenom_Coords_Bool_Exp = {
  _and?: Array<Phenom_Coords_Bool_Exp> | null | undefined;
  _not?: Phenom_Coords_Bool_Exp | null | undefined;
  _or?: Array<Phenom_Coords_Bool_Exp> | null | undefined;
  bearing_deg?: Float8_Comparison_Exp | null | undefined;
  elevation_deg?: Float8_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  object_alt_m?: Float8_Comparison_Exp | null | undefined;
  object_lat?: Float8_Comparison_Exp | null | undefined;
  object_lng?: Float8_Comparison_Exp | null | undefined;
  observer_alt_m?: Float8_Comparison_Exp | null | undefined;
  observer_lat?: Float8_Comparison_Exp | null | undefined;
  observer_lng?: Float8_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  t?: Timestamptz_Comparison_Exp | null | undefined;
};

/** input type for inserting data into table "phenom_coords" */
export type Phenom_Coords_Insert_Input = {
  bearing_deg?: number | null | undefined;
  elevation_deg?: number | null | undefined;
  object_alt_m?: number | null | undefined;
  object_lat?: number | null | undefined;
  object_lng?: number | null | undefined;
  observer_alt_m?: number | null | undefined;
  observer_lat?: number | null | undefined;
  observer_lng?: number | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  t?: string | null | undefined;
};

/** order by max() on columns of table "phenom_coords" */
export type Phenom_Coords_Max_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  t?: Order_By | null | undefined;
};

/** order by min() on columns of table "phenom_coords" */
export type Phenom_Coords_Min_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  t?: Order_By | null | undefined;
};

/** select columns of table "phenom_coords" */
export type Phenom_Coords_Select_Column =
  /** column name */
  | 'bearing_deg'
  /** column name */
  | 'elevation_deg'
  /** column name */
  | 'id'
  /** column name */
  | 'object_alt_m'
  /** column name */
  | 'object_lat'
  /** column name */
  | 'object_lng'
  /** column name */
  | 'observer_alt_m'
  /** column name */
  | 'observer_lat'
  /** column name */
  | 'observer_lng'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 't';

/** order by stddev() on columns of table "phenom_coords" */
export type Phenom_Coords_Stddev_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by stddev_pop() on columns of table "phenom_coords" */
export type Phenom_Coords_Stddev_Pop_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by stddev_samp() on columns of table "phenom_coords" */
export type Phenom_Coords_Stddev_Samp_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by sum() on columns of table "phenom_coords" */
export type Phenom_Coords_Sum_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by var_pop() on columns of table "phenom_coords" */
export type Phenom_Coords_Var_Pop_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by var_samp() on columns of table "phenom_coords" */
export type Phenom_Coords_Var_Samp_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** order by variance() on columns of table "phenom_coords" */
export type Phenom_Coords_Variance_Order_By = {
  bearing_deg?: Order_By | null | undefined;
  elevation_deg?: Order_By | null | undefined;
  object_alt_m?: Order_By | null | undefined;
  object_lat?: Order_By | null | undefined;
  object_lng?: Order_By | null | undefined;
  observer_alt_m?: Order_By | null | undefined;
  observer_lat?: Order_By | null | undefined;
  observer_lng?: Order_By | null | undefined;
};

/** input type for inserting data into table "phenom" */
export type Phenom_Insert_Input = {
  altitude_m?: number | null | undefined;
  assignee?: Users_Obj_Rel_Insert_Input | null | undefined;
  assignee_id?: string | null | undefined;
  coords?: Phenom_Coords_Arr_Rel_Insert_Input | null | undefined;
  country?: string | null | undefined;
  creator?: Users_Obj_Rel_Insert_Input | null | undefined;
  description?: string | null | undefined;
  drops?: Drops_Arr_Rel_Insert_Input | null | undefined;
  duration_s?: number | null | undefined;
  latitude?: number | null | undefined;
  list_items?: List_Items_Arr_Rel_Insert_Input | null | undefined;
  location_name?: string | null | undefined;
  longitude?: number | null | undefined;
  media?: Phenom_Media_Arr_Rel_Insert_Input | null | undefined;
  occurred_at?: string | null | undefined;
  occurred_at_precision?: Time_Precision_Enum | null | undefined;
  outcome?: Phenom_Outcome_Enum | null | undefined;
  outcome_confidence?: Outcome_Confidence_Enum | null | undefined;
  reported_at?: string | null | undefined;
  screening_runs?: Screening_Run_Arr_Rel_Insert_Input | null | undefined;
  sensor_data?: Phenom_Sensor_Data_Arr_Rel_Insert_Input | null | undefined;
  shape?: string | null | undefined;
  shoots?: Phenom_Shoots_Arr_Rel_Insert_Input | null | undefined;
  source?: string | null | undefined;
  status?: Phenom_Status_Enum | null | undefined;
  title?: string | null | undefined;
};

export type Phenom_Map_Clusters_Args = {
  east?: number | null | undefined;
  north?: number | null | undefined;
  occurred_before?: string | null | undefined;
  occurred_from?: string | null | undefined;
  outcomes?: string | null | undefined;
  search?: string | null | undefined;
  south?: number | null | undefined;
  statuses?: string | null | undefined;
  west?: number | null | undefined;
  zoom?: number | null | undefined;
};

/** order by max() on columns of table "phenom" */
export type Phenom_Max_Order_By = {
  altitude_m?: Order_By | null | undefined;
  assignee_id?: Order_By | null | undefined;
  country?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  created_by?: Order_By | null | undefined;
  deleted_at?: Order_By | null | undefined;
  description?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  location_name?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
  occurred_at?: Order_By | null | undefined;
  occurred_at_precision?: Order_By | null | undefined;
  outcome?: Order_By | null | undefined;
  outcome_confidence?: Order_By | null | undefined;
  reported_at?: Order_By | null | undefined;
  shape?: Order_By | null | undefined;
  source?: Order_By | null | undefined;
  status?: Order_By | null | undefined;
  title?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

export type Phenom_Media_Aggregate_Bool_Exp = {
  count?: Phenom_Media_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Phenom_Media_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Phenom_Media_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Phenom_Media_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "phenom_media" */
export type Phenom_Media_Aggregate_Order_By = {
  avg?: Phenom_Media_Avg_Order_By | null | undefined;
  count?: Order_By | null | undefined;
  max?: Phenom_Media_Max_Order_By | null | undefined;
  min?: Phenom_Media_Min_Order_By | null | undefined;
  stddev?: Phenom_Media_Stddev_Order_By | null | undefined;
  stddev_pop?: Phenom_Media_Stddev_Pop_Order_By | null | undefined;
  stddev_samp?: Phenom_Media_Stddev_Samp_Order_By | null | undefined;
  sum?: Phenom_Media_Sum_Order_By | null | undefined;
  var_pop?: Phenom_Media_Var_Pop_Order_By | null | undefined;
  var_samp?: Phenom_Media_Var_Samp_Order_By | null | undefined;
  variance?: Phenom_Media_Variance_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "phenom_media" */
export type Phenom_Media_Arr_Rel_Insert_Input = {
  data: Array<Phenom_Media_Insert_Input>;
  /** upsert condition */
  on_conflict?: Phenom_Media_On_Conflict | null | undefined;
};

/** order by avg() on columns of table "phenom_media" */
export type Phenom_Media_Avg_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "phenom_media". All fields are combined with a logical 'AND'. */
export type Phenom_Media_Bool_Exp = {
  _and?: Array<Phenom_Media_Bool_Exp> | null | undefined;
  _not?: Phenom_Media_Bool_Exp | null | undefined;
  _or?: Array<Phenom_Media_Bool_Exp> | null | undefined;
  bytes?: Bigint_Comparison_Exp | null | undefined;
  captured_at?: Timestamptz_Comparison_Exp | null | undefined;
  content_type?: String_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  duration_s?: Float8_Comparison_Exp | null | undefined;
  file_name?: String_Comparison_Exp | null | undefined;
  height?: Int_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  s3_key?: String_Comparison_Exp | null | undefined;
  sha256?: String_Comparison_Exp | null | undefined;
  transcriptions?: Transcriptions_Bool_Exp | null | undefined;
  transcriptions_aggregate?: Transcriptions_Aggregate_Bool_Exp | null | undefined;
  upload?: Media_Uploads_Bool_Exp | null | undefined;
  upload_id?: Uuid_Comparison_Exp | null | undefined;
  uploaded_by?: String_Comparison_Exp | null | undefined;
  uploader?: Users_Bool_Exp | null | undefined;
  width?: Int_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "phenom_media" */
export type Phenom_Media_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'phenom_media_pkey'
  /** unique or primary key constraint on columns "s3_key" */
  | 'phenom_media_s3_key_key'
  /** unique or primary key constraint on columns "upload_id" */
  | 'phenom_media_upload_id_key';

/** input type for inserting data into table "phenom_media" */
export type Phenom_Media_Insert_Input = {
  bytes?: number | string | null | undefined;
  captured_at?: string | null | undefined;
  content_type?: string | null | undefined;
  duration_s?: number | null | undefined;
  file_name?: string | null | undefined;
  height?: number | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  s3_key?: string | null | undefined;
  sha256?: string | null | undefined;
  transcriptions?: Transcriptions_Arr_Rel_Insert_Input | null | undefined;
  upload?: Media_Uploads_Obj_Rel_Insert_Input | null | undefined;
  upload_id?: string | null | undefined;
  uploader?: Users_Obj_Rel_Insert_Input | null | undefined;
  width?: number | null | undefined;
};

/** order by max() on columns of table "phenom_media" */
export type Phenom_Media_Max_Order_By = {
  bytes?: Order_By | null | undefined;
  captured_at?: Order_By | null | undefined;
  content_type?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  file_name?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  s3_key?: Order_By | null | undefined;
  sha256?: Order_By | null | undefined;
  upload_id?: Order_By | null | undefined;
  uploaded_by?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by min() on columns of table "phenom_media" */
export type Phenom_Media_Min_Order_By = {
  bytes?: Order_By | null | undefined;
  captured_at?: Order_By | null | undefined;
  content_type?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  file_name?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  s3_key?: Order_By | null | undefined;
  sha256?: Order_By | null | undefined;
  upload_id?: Order_By | null | undefined;
  uploaded_by?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** input type for inserting object relation for remote table "phenom_media" */
export type Phenom_Media_Obj_Rel_Insert_Input = {
  data: Phenom_Media_Insert_Input;
  /** upsert condition */
  on_conflict?: Phenom_Media_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "phenom_media" */
export type Phenom_Media_On_Conflict = {
  constraint: Phenom_Media_Constraint;
  update_columns?: Array<Phenom_Media_Update_Column>;
  where?: Phenom_Media_Bool_Exp | null | undefined;
};

/** select columns of table "phenom_media" */
export type Phenom_Media_Select_Column =
  /** column name */
  | 'bytes'
  /** column name */
  | 'captured_at'
  /** column name */
  | 'content_type'
  /** column name */
  | 'created_at'
  /** column name */
  | 'duration_s'
  /** column name */
  | 'file_name'
  /** column name */
  | 'height'
  /** column name */
  | 'id'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 's3_key'
  /** column name */
  | 'sha256'
  /** column name */
  | 'upload_id'
  /** column name */
  | 'uploaded_by'
  /** column name */
  | 'width';

/** order by stddev() on columns of table "phenom_media" */
export type Phenom_Media_Stddev_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by stddev_pop() on columns of table "phenom_media" */
export type Phenom_Media_Stddev_Pop_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by stddev_samp() on columns of table "phenom_media" */
export type Phenom_Media_Stddev_Samp_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by sum() on columns of table "phenom_media" */
export type Phenom_Media_Sum_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** update columns of table "phenom_media" */
export type Phenom_Media_Update_Column =
  /** column name */
  | 'captured_at';

/** order by var_pop() on columns of table "phenom_media" */
export type Phenom_Media_Var_Pop_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by var_samp() on columns of table "phenom_media" */
export type Phenom_Media_Var_Samp_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by variance() on columns of table "phenom_media" */
export type Phenom_Media_Variance_Order_By = {
  bytes?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  height?: Order_By | null | undefined;
  width?: Order_By | null | undefined;
};

/** order by min() on columns of table "phenom" */
export type Phenom_Min_Order_By = {
  altitude_m?: Order_By | null | undefined;
  assignee_id?: Order_By | null | undefined;
  country?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  created_by?: Order_By | null | undefined;
  deleted_at?: Order_By | null | undefined;
  description?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  location_name?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
  occurred_at?: Order_By | null | undefined;
  occurred_at_precision?: Order_By | null | undefined;
  outcome?: Order_By | null | undefined;
  outcome_confidence?: Order_By | null | undefined;
  reported_at?: Order_By | null | undefined;
  shape?: Order_By | null | undefined;
  source?: Order_By | null | undefined;
  status?: Order_By | null | undefined;
  title?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

/** input type for inserting object relation for remote table "phenom" */
export type Phenom_Obj_Rel_Insert_Input = {
  data: Phenom_Insert_Input;
  /** upsert condition */
  on_conflict?: Phenom_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "phenom" */
export type Phenom_On_Conflict = {
  constraint: Phenom_Constraint;
  update_columns?: Array<Phenom_Update_Column>;
  where?: Phenom_Bool_Exp | null | undefined;
};

/** Ordering options when selecting data from "phenom". */
export type Phenom_Order_By = {
  altitude_m?: Order_By | null | undefined;
  assignee?: Users_Order_By | null | undefined;
  assignee_id?: Order_By | null | undefined;
  coords_aggregate?: Phenom_Coords_Aggregate_Order_By | null | undefined;
  country?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  created_by?: Order_By | null | undefined;
  creator?: Users_Order_By | null | undefined;
  deleted_at?: Order_By | null | undefined;
  description?: Order_By | null | undefined;
  drops_aggregate?: Drops_Aggregate_Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  list_items_aggregate?: List_Items_Aggregate_Order_By | null | undefined;
  location_name?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
  media_aggregate?: Phenom_Media_Aggregate_Order_By | null | undefined;
  occurred_at?: Order_By | null | undefined;
  occurred_at_precision?: Order_By | null | undefined;
  outcome?: Order_By | null | undefined;
  outcome_confidence?: Order_By | null | undefined;
  reported_at?: Order_By | null | undefined;
  screening_runs_aggregate?: Screening_Run_Aggregate_Order_By | null | undefined;
  sensor_data_aggregate?: Phenom_Sensor_Data_Aggregate_Order_By | null | undefined;
  shape?: Order_By | null | undefined;
  shoots_aggregate?: Phenom_Shoots_Aggregate_Order_By | null | undefined;
  source?: Order_By | null | undefined;
  status?: Order_By | null | undefined;
  title?: Order_By | null | undefined;
  updated_at?: Order_By | null | undefined;
};

export type Phenom_Outcome_Enum =
  /** Conventional aircraft */
  | 'aircraft'
  /** Balloon, lantern or similar */
  | 'balloon'
  /** Bird or insect */
  | 'bird'
  /** Drone / UAS */
  | 'drone'
  /** Deliberate fabrication */
  | 'hoax'
  /** Not enough data to decide */
  | 'insufficient_data'
  /** Explained, none of the above */
  | 'other'
  /** Planet or bright star */
  | 'planet_star'
  /** Satellite pass or re-entry */
  | 'satellite'
  /** Starlink satellite train */
  | 'starlink'
  /** Not determined yet */
  | 'unknown'
  /** Weather or atmospheric phenomenon */
  | 'weather';

/** Boolean expression to compare columns of type "phenom_outcome_enum". All fields are combined with logical 'AND'. */
export type Phenom_Outcome_Enum_Comparison_Exp = {
  _eq?: Phenom_Outcome_Enum | null | undefined;
  _gt?: Phenom_Outcome_Enum | null | undefined;
  _gte?: Phenom_Outcome_Enum | null | undefined;
  _in?: Array<Phenom_Outcome_Enum> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: Phenom_Outcome_Enum | null | undefined;
  _lte?: Phenom_Outcome_Enum | null | undefined;
  _neq?: Phenom_Outcome_Enum | null | undefined;
  _nin?: Array<Phenom_Outcome_Enum> | null | undefined;
};

/** select columns of table "phenom" */
export type Phenom_Select_Column =
  /** column name */
  | 'altitude_m'
  /** column name */
  | 'assignee_id'
  /** column name */
  | 'country'
  /** column name */
  | 'created_at'
  /** column name */
  | 'created_by'
  /** column name */
  | 'deleted_at'
  /** column name */
  | 'description'
  /** column name */
  | 'duration_s'
  /** column name */
  | 'id'
  /** column name */
  | 'latitude'
  /** column name */
  | 'location_name'
  /** column name */
  | 'longitude'
  /** column name */
  | 'occurred_at'
  /** column name */
  | 'occurred_at_precision'
  /** column name */
  | 'outcome'
  /** column name */
  | 'outcome_confidence'
  /** column name */
  | 'reported_at'
  /** column name */
  | 'shape'
  /** column name */
  | 'source'
  /** column name */
  | 'status'
  /** column name */
  | 'title'
  /** column name */
  | 'updated_at';

export type Phenom_Sensor_Data_Aggregate_Bool_Exp = {
  count?: Phenom_Sensor_Data_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Phenom_Sensor_Data_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Phenom_Sensor_Data_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Phenom_Sensor_Data_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Phenom_Sensor_Data_Max_Order_By | null | undefined;
  min?: Phenom_Sensor_Data_Min_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Arr_Rel_Insert_Input = {
  data: Array<Phenom_Sensor_Data_Insert_Input>;
};

/** Boolean expression to filter rows from the table "phenom_sensor_data". All fields are combined with a logical 'AND'. */
export type Phenom_Sensor_Data_Bool_Exp = {
  _and?: Array<Phenom_Sensor_Data_Bool_Exp> | null | undefined;
  _not?: Phenom_Sensor_Data_Bool_Exp | null | undefined;
  _or?: Array<Phenom_Sensor_Data_Bool_Exp> | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  readings?: Jsonb_Comparison_Exp | null | undefined;
  sensor?: String_Comparison_Exp | null | undefined;
  t?: Timestamptz_Comparison_Exp | null | undefined;
};

/** input type for inserting data into table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Insert_Input = {
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  readings?: unknown;
  sensor?: string | null | undefined;
  t?: string | null | undefined;
};

/** order by max() on columns of table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Max_Order_By = {
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  sensor?: Order_By | null | undefined;
  t?: Order_By | null | undefined;
};

/** order by min() on columns of table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Min_Order_By = {
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  sensor?: Order_By | null | undefined;
  t?: Order_By | null | undefined;
};

/** select columns of table "phenom_sensor_data" */
export type Phenom_Sensor_Data_Select_Column =
  /** column name */
  | 'id'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'readings'
  /** column name */
  | 'sensor'
  /** column name */
  | 't';

/** input type for updating data in table "phenom" */
export type Phenom_Set_Input = {
  altitude_m?: number | null | undefined;
  assignee_id?: string | null | undefined;
  country?: string | null | undefined;
  deleted_at?: string | null | undefined;
  description?: string | null | undefined;
  duration_s?: number | null | undefined;
  latitude?: number | null | undefined;
  location_name?: string | null | undefined;
  longitude?: number | null | undefined;
  occurred_at?: string | null | undefined;
  occurred_at_precision?: Time_Precision_Enum | null | undefined;
  outcome?: Phenom_Outcome_Enum | null | undefined;
  outcome_confidence?: Outcome_Confidence_Enum | null | undefined;
  reported_at?: string | null | undefined;
  shape?: string | null | undefined;
  source?: string | null | undefined;
  status?: Phenom_Status_Enum | null | undefined;
  title?: string | null | undefined;
};

export type Phenom_Shoots_Aggregate_Bool_Exp = {
  count?: Phenom_Shoots_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Phenom_Shoots_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Phenom_Shoots_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Phenom_Shoots_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "phenom_shoots" */
export type Phenom_Shoots_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Phenom_Shoots_Max_Order_By | null | undefined;
  min?: Phenom_Shoots_Min_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "phenom_shoots" */
export type Phenom_Shoots_Arr_Rel_Insert_Input = {
  data: Array<Phenom_Shoots_Insert_Input>;
  /** upsert condition */
  on_conflict?: Phenom_Shoots_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "phenom_shoots". All fields are combined with a logical 'AND'. */
export type Phenom_Shoots_Bool_Exp = {
  _and?: Array<Phenom_Shoots_Bool_Exp> | null | undefined;
  _not?: Phenom_Shoots_Bool_Exp | null | undefined;
  _or?: Array<Phenom_Shoots_Bool_Exp> | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  device?: String_Comparison_Exp | null | undefined;
  ended_at?: Timestamptz_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  notes?: String_Comparison_Exp | null | undefined;
  operator?: String_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  started_at?: Timestamptz_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "phenom_shoots" */
export type Phenom_Shoots_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'phenom_shoots_pkey';

/** input type for inserting data into table "phenom_shoots" */
export type Phenom_Shoots_Insert_Input = {
  device?: string | null | undefined;
  ended_at?: string | null | undefined;
  notes?: string | null | undefined;
  operator?: string | null | undefined;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  started_at?: string | null | undefined;
};

/** order by max() on columns of table "phenom_shoots" */
export type Phenom_Shoots_Max_Order_By = {
  created_at?: Order_By | null | undefined;
  device?: Order_By | null | undefined;
  ended_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  notes?: Order_By | null | undefined;
  operator?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  started_at?: Order_By | null | undefined;
};

/** order by min() on columns of table "phenom_shoots" */
export type Phenom_Shoots_Min_Order_By = {
  created_at?: Order_By | null | undefined;
  device?: Order_By | null | undefined;
  ended_at?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  notes?: Order_By | null | undefined;
  operator?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  started_at?: Order_By | null | undefined;
};

/** on_conflict condition type for table "phenom_shoots" */
export type Phenom_Shoots_On_Conflict = {
  constraint: Phenom_Shoots_Constraint;
  update_columns?: Array<Phenom_Shoots_Update_Column>;
  where?: Phenom_Shoots_Bool_Exp | null | undefined;
};

/** select columns of table "phenom_shoots" */
export type Phenom_Shoots_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'device'
  /** column name */
  | 'ended_at'
  /** column name */
  | 'id'
  /** column name */
  | 'notes'
  /** column name */
  | 'operator'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'started_at';

/** update columns of table "phenom_shoots" */
export type Phenom_Shoots_Update_Column =
  /** column name */
  | 'device'
  /** column name */
  | 'ended_at'
  /** column name */
  | 'notes'
  /** column name */
  | 'operator'
  /** column name */
  | 'started_at';

export type Phenom_Status_Enum =
  /** Kept for the record, no further work */
  | 'archived'
  /** Assigned and under investigation */
  | 'investigating'
  /** Reported, not looked at yet */
  | 'new'
  /** An outcome has been reached */
  | 'resolved'
  /** Being screened */
  | 'triage';

/** Boolean expression to compare columns of type "phenom_status_enum". All fields are combined with logical 'AND'. */
export type Phenom_Status_Enum_Comparison_Exp = {
  _eq?: Phenom_Status_Enum | null | undefined;
  _gt?: Phenom_Status_Enum | null | undefined;
  _gte?: Phenom_Status_Enum | null | undefined;
  _in?: Array<Phenom_Status_Enum> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: Phenom_Status_Enum | null | undefined;
  _lte?: Phenom_Status_Enum | null | undefined;
  _neq?: Phenom_Status_Enum | null | undefined;
  _nin?: Array<Phenom_Status_Enum> | null | undefined;
};

/** order by stddev() on columns of table "phenom" */
export type Phenom_Stddev_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** order by stddev_pop() on columns of table "phenom" */
export type Phenom_Stddev_Pop_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** order by stddev_samp() on columns of table "phenom" */
export type Phenom_Stddev_Samp_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** order by sum() on columns of table "phenom" */
export type Phenom_Sum_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** update columns of table "phenom" */
export type Phenom_Update_Column =
  /** column name */
  | 'altitude_m'
  /** column name */
  | 'assignee_id'
  /** column name */
  | 'country'
  /** column name */
  | 'deleted_at'
  /** column name */
  | 'description'
  /** column name */
  | 'duration_s'
  /** column name */
  | 'latitude'
  /** column name */
  | 'location_name'
  /** column name */
  | 'longitude'
  /** column name */
  | 'occurred_at'
  /** column name */
  | 'occurred_at_precision'
  /** column name */
  | 'outcome'
  /** column name */
  | 'outcome_confidence'
  /** column name */
  | 'reported_at'
  /** column name */
  | 'shape'
  /** column name */
  | 'source'
  /** column name */
  | 'status'
  /** column name */
  | 'title';

/** order by var_pop() on columns of table "phenom" */
export type Phenom_Var_Pop_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** order by var_samp() on columns of table "phenom" */
export type Phenom_Var_Samp_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

/** order by variance() on columns of table "phenom" */
export type Phenom_Variance_Order_By = {
  altitude_m?: Order_By | null | undefined;
  duration_s?: Order_By | null | undefined;
  latitude?: Order_By | null | undefined;
  longitude?: Order_By | null | undefined;
};

export type Promote_Drop_Args = {
  country?: string | null | undefined;
  description?: string | null | undefined;
  drop_id?: string | null | undefined;
  latitude?: number | null | undefined;
  location_name?: string | null | undefined;
  longitude?: number | null | undefined;
  occurred_at?: string | null | undefined;
  occurred_at_precision?: string | null | undefined;
  shape?: string | null | undefined;
  title?: string | null | undefined;
};

export type Screening_Candidate_Aggregate_Bool_Exp = {
  bool_and?: Screening_Candidate_Aggregate_Bool_Exp_Bool_And | null | undefined;
  bool_or?: Screening_Candidate_Aggregate_Bool_Exp_Bool_Or | null | undefined;
  count?: Screening_Candidate_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Screening_Candidate_Aggregate_Bool_Exp_Bool_And = {
  arguments: Screening_Candidate_Select_Column_Screening_Candidate_Aggregate_Bool_Exp_Bool_And_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Screening_Candidate_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Screening_Candidate_Aggregate_Bool_Exp_Bool_Or = {
  arguments: Screening_Candidate_Select_Column_Screening_Candidate_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Screening_Candidate_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Screening_Candidate_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Screening_Candidate_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Screening_Candidate_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** input type for inserting array relation for remote table "screening_candidate" */
export type Screening_Candidate_Arr_Rel_Insert_Input = {
  data: Array<Screening_Candidate_Insert_Input>;
  /** upsert condition */
  on_conflict?: Screening_Candidate_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "screening_candidate". All fields are combined with a logical 'AND'. */
export type Screening_Candidate_Bool_Exp = {
  _and?: Array<Screening_Candidate_Bool_Exp> | null | undefined;
  _not?: Screening_Candidate_Bool_Exp | null | undefined;
  _or?: Array<Screening_Candidate_Bool_Exp> | null | undefined;
  accepted_at?: Timestamptz_Comparison_Exp | null | undefined;
  accepted_by?: String_Comparison_Exp | null | undefined;
  accepter?: Users_Bool_Exp | null | undefined;
  az?: Float8_Comparison_Exp | null | undefined;
  el?: Float8_Comparison_Exp | null | undefined;
  flags?: Jsonb_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  kind?: String_Comparison_Exp | null | undefined;
  magnitude?: Float8_Comparison_Exp | null | undefined;
  name?: String_Comparison_Exp | null | undefined;
  object_id?: String_Comparison_Exp | null | undefined;
  range_km?: Float8_Comparison_Exp | null | undefined;
  rank?: Int_Comparison_Exp | null | undefined;
  reasons?: String_Comparison_Exp | null | undefined;
  run?: Screening_Run_Bool_Exp | null | undefined;
  run_id?: Uuid_Comparison_Exp | null | undefined;
  separation_deg?: Float8_Comparison_Exp | null | undefined;
  sunlit?: Boolean_Comparison_Exp | null | undefined;
  time_offset_s?: Float8_Comparison_Exp | null | undefined;
  track?: Jsonb_Comparison_Exp | null | undefined;
  verdict?: String_Comparison_Exp | null | undefined;
  visible?: Boolean_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "screening_candidate" */
export type Screening_Candidate_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'screening_candidate_pkey'
  /** unique or primary key constraint on columns "run_id", "rank" */
  | 'screening_candidate_run_id_rank_key';

/** input type for inserting data into table "screening_candidate" */
export type Screening_Candidate_Insert_Input = {
  accepter?: Users_Obj_Rel_Insert_Input | null | undefined;
  az?: number | null | undefined;
  el?: number | null | undefined;
  flags?: unknown;
  kind?: string | null | undefined;
  magnitude?: number | null | undefined;
  name?: string | null | undefined;
  object_id?: string | null | undefined;
  range_km?: number | null | undefined;
  rank?: number | null | undefined;
  reasons?: string | null | undefined;
  run?: Screening_Run_Obj_Rel_Insert_Input | null | undefined;
  run_id?: string | null | undefined;
  separation_deg?: number | null | undefined;
  sunlit?: boolean | null | undefined;
  time_offset_s?: number | null | undefined;
  track?: unknown;
  verdict?: string | null | undefined;
  visible?: boolean | null | undefined;
};

/** on_conflict condition type for table "screening_candidate" */
export type Screening_Candidate_On_Conflict = {
  constraint: Screening_Candidate_Constraint;
  update_columns?: Array<Screening_Candidate_Update_Column>;
  where?: Screening_Candidate_Bool_Exp | null | undefined;
};

/** select columns of table "screening_candidate" */
export type Screening_Candidate_Select_Column =
  /** column name */
  | 'accepted_at'
  /** column name */
  | 'accepted_by'
  /** column name */
  | 'az'
  /** column name */
  | 'el'
  /** column name */
  | 'flags'
  /** column name */
  | 'id'
  /** column name */
  | 'kind'
  /** column name */
  | 'magnitude'
  /** column name */
  | 'name'
  /** column name */
  | 'object_id'
  /** column name */
  | 'range_km'
  /** column name */
  | 'rank'
  /** column name */
  | 'reasons'
  /** column name */
  | 'run_id'
  /** column name */
  | 'separation_deg'
  /** column name */
  | 'sunlit'
  /** column name */
  | 'time_offset_s'
  /** column name */
  | 'track'
  /** column name */
  | 'verdict'
  /** column name */
  | 'visible';

/** select "screening_candidate_aggregate_bool_exp_bool_and_arguments_columns" columns of table "screening_candidate" */
export type Screening_Candidate_Select_Column_Screening_Candidate_Aggregate_Bool_Exp_Bool_And_Arguments_Columns =
  /** column name */
  | 'sunlit'
  /** column name */
  | 'visible';

/** select "screening_candidate_aggregate_bool_exp_bool_or_arguments_columns" columns of table "screening_candidate" */
export type Screening_Candidate_Select_Column_Screening_Candidate_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns =
  /** column name */
  | 'sunlit'
  /** column name */
  | 'visible';

/** update columns of table "screening_candidate" */
export type Screening_Candidate_Update_Column =
  /** column name */
  | 'accepted_at';

export type Screening_Run_Aggregate_Bool_Exp = {
  count?: Screening_Run_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Screening_Run_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Screening_Run_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Screening_Run_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "screening_run" */
export type Screening_Run_Aggregate_Order_By = {
  avg?: Screening_Run_Avg_Order_By | null | undefined;
  count?: Order_By | null | undefined;
  max?: Screening_Run_Max_Order_By | null | undefined;
  min?: Screening_Run_Min_Order_By | null | undefined;
  stddev?: Screening_Run_Stddev_Order_By | null | undefined;
  stddev_pop?: Screening_Run_Stddev_Pop_Order_By | null | undefined;
  stddev_samp?: Screening_Run_Stddev_Samp_Order_By | null | undefined;
  sum?: Screening_Run_Sum_Order_By | null | undefined;
  var_pop?: Screening_Run_Var_Pop_Order_By | null | undefined;
  var_samp?: Screening_Run_Var_Samp_Order_By | null | undefined;
  variance?: Screening_Run_Variance_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "screening_run" */
export type Screening_Run_Arr_Rel_Insert_Input = {
  data: Array<Screening_Run_Insert_Input>;
};

/** order by avg() on columns of table "screening_run" */
export type Screening_Run_Avg_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** Boolean expression to filter rows from the table "screening_run". All fields are combined with a logical 'AND'. */
export type Screening_Run_Bool_Exp = {
  _and?: Array<Screening_Run_Bool_Exp> | null | undefined;
  _not?: Screening_Run_Bool_Exp | null | undefined;
  _or?: Array<Screening_Run_Bool_Exp> | null | undefined;
  candidates?: Screening_Candidate_Bool_Exp | null | undefined;
  candidates_aggregate?: Screening_Candidate_Aggregate_Bool_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  created_by?: String_Comparison_Exp | null | undefined;
  creator?: Users_Bool_Exp | null | undefined;
  engine_version?: String_Comparison_Exp | null | undefined;
  failed_providers?: Int_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  inputs?: Jsonb_Comparison_Exp | null | undefined;
  phenom?: Phenom_Bool_Exp | null | undefined;
  phenom_id?: Uuid_Comparison_Exp | null | undefined;
  providers?: Jsonb_Comparison_Exp | null | undefined;
  replay_of?: Uuid_Comparison_Exp | null | undefined;
  sun?: Jsonb_Comparison_Exp | null | undefined;
  trigger?: String_Comparison_Exp | null | undefined;
};

/** input type for inserting data into table "screening_run" */
export type Screening_Run_Insert_Input = {
  candidates?: Screening_Candidate_Arr_Rel_Insert_Input | null | undefined;
  creator?: Users_Obj_Rel_Insert_Input | null | undefined;
  engine_version?: string | null | undefined;
  failed_providers?: number | null | undefined;
  inputs?: unknown;
  phenom?: Phenom_Obj_Rel_Insert_Input | null | undefined;
  phenom_id?: string | null | undefined;
  providers?: unknown;
  replay_of?: string | null | undefined;
  sun?: unknown;
  trigger?: string | null | undefined;
};

/** order by max() on columns of table "screening_run" */
export type Screening_Run_Max_Order_By = {
  created_at?: Order_By | null | undefined;
  created_by?: Order_By | null | undefined;
  engine_version?: Order_By | null | undefined;
  failed_providers?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  replay_of?: Order_By | null | undefined;
  trigger?: Order_By | null | undefined;
};

/** order by min() on columns of table "screening_run" */
export type Screening_Run_Min_Order_By = {
  created_at?: Order_By | null | undefined;
  created_by?: Order_By | null | undefined;
  engine_version?: Order_By | null | undefined;
  failed_providers?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  phenom_id?: Order_By | null | undefined;
  replay_of?: Order_By | null | undefined;
  trigger?: Order_By | null | undefined;
};

/** input type for inserting object relation for remote table "screening_run" */
export type Screening_Run_Obj_Rel_Insert_Input = {
  data: Screening_Run_Insert_Input;
};

/** select columns of table "screening_run" */
export type Screening_Run_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'created_by'
  /** column name */
  | 'engine_version'
  /** column name */
  | 'failed_providers'
  /** column name */
  | 'id'
  /** column name */
  | 'inputs'
  /** column name */
  | 'phenom_id'
  /** column name */
  | 'providers'
  /** column name */
  | 'replay_of'
  /** column name */
  | 'sun'
  /** column name */
  | 'trigger';

/** order by stddev() on columns of table "screening_run" */
export type Screening_Run_Stddev_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by stddev_pop() on columns of table "screening_run" */
export type Screening_Run_Stddev_Pop_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by stddev_samp() on columns of table "screening_run" */
export type Screening_Run_Stddev_Samp_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by sum() on columns of table "screening_run" */
export type Screening_Run_Sum_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by var_pop() on columns of table "screening_run" */
export type Screening_Run_Var_Pop_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by var_samp() on columns of table "screening_run" */
export type Screening_Run_Var_Samp_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

/** order by variance() on columns of table "screening_run" */
export type Screening_Run_Variance_Order_By = {
  failed_providers?: Order_By | null | undefined;
};

export type Team_Members_Aggregate_Bool_Exp = {
  bool_and?: Team_Members_Aggregate_Bool_Exp_Bool_And | null | undefined;
  bool_or?: Team_Members_Aggregate_Bool_Exp_Bool_Or | null | undefined;
  count?: Team_Members_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Team_Members_Aggregate_Bool_Exp_Bool_And = {
  arguments: Team_Members_Select_Column_Team_Members_Aggregate_Bool_Exp_Bool_And_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Team_Members_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Team_Members_Aggregate_Bool_Exp_Bool_Or = {
  arguments: Team_Members_Select_Column_Team_Members_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns;
  distinct?: boolean | null | undefined;
  filter?: Team_Members_Bool_Exp | null | undefined;
  predicate: Boolean_Comparison_Exp;
};

export type Team_Members_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Team_Members_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Team_Members_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** order by aggregate values of table "team_members" */
export type Team_Members_Aggregate_Order_By = {
  count?: Order_By | null | undefined;
  max?: Team_Members_Max_Order_By | null | undefined;
  min?: Team_Members_Min_Order_By | null | undefined;
};

/** input type for inserting array relation for remote table "team_members" */
export type Team_Members_Arr_Rel_Insert_Input = {
  data: Array<Team_Members_Insert_Input>;
  /** upsert condition */
  on_conflict?: Team_Members_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "team_members". All fields are combined with a logical 'AND'. */
export type Team_Members_Bool_Exp = {
  _and?: Array<Team_Members_Bool_Exp> | null | undefined;
  _not?: Team_Members_Bool_Exp | null | undefined;
  _or?: Array<Team_Members_Bool_Exp> | null | undefined;
  is_lead?: Boolean_Comparison_Exp | null | undefined;
  joined_at?: Timestamptz_Comparison_Exp | null | undefined;
  team?: Teams_Bool_Exp | null | undefined;
  team_id?: Uuid_Comparison_Exp | null | undefined;
  user?: Users_Bool_Exp | null | undefined;
  user_id?: String_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "team_members" */
export type Team_Members_Constraint =
  /** unique or primary key constraint on columns "team_id", "user_id" */
  | 'team_members_pkey';

/** input type for inserting data into table "team_members" */
export type Team_Members_Insert_Input = {
  is_lead?: boolean | null | undefined;
  team?: Teams_Obj_Rel_Insert_Input | null | undefined;
  team_id?: string | null | undefined;
  user_id?: string | null | undefined;
};

/** order by max() on columns of table "team_members" */
export type Team_Members_Max_Order_By = {
  joined_at?: Order_By | null | undefined;
  team_id?: Order_By | null | undefined;
  user_id?: Order_By | null | undefined;
};

/** order by min() on columns of table "team_members" */
export type Team_Members_Min_Order_By = {
  joined_at?: Order_By | null | undefined;
  team_id?: Order_By | null | undefined;
  user_id?: Order_By | null | undefined;
};

/** on_conflict condition type for table "team_members" */
export type Team_Members_On_Conflict = {
  constraint: Team_Members_Constraint;
  update_columns?: Array<Team_Members_Update_Column>;
  where?: Team_Members_Bool_Exp | null | undefined;
};

/** select columns of table "team_members" */
export type Team_Members_Select_Column =
  /** column name */
  | 'is_lead'
  /** column name */
  | 'joined_at'
  /** column name */
  | 'team_id'
  /** column name */
  | 'user_id';

/** select "team_members_aggregate_bool_exp_bool_and_arguments_columns" columns of table "team_members" */
export type Team_Members_Select_Column_Team_Members_Aggregate_Bool_Exp_Bool_And_Arguments_Columns =
  /** column name */
  | 'is_lead';

/** select "team_members_aggregate_bool_exp_bool_or_arguments_columns" columns of table "team_members" */
export type Team_Members_Select_Column_Team_Members_Aggregate_Bool_Exp_Bool_Or_Arguments_Columns =
  /** column name */
  | 'is_lead';

/** update columns of table "team_members" */
export type Team_Members_Update_Column =
  /** column name */
  | 'is_lead';

/** Boolean expression to filter rows from the table "teams". All fields are combined with a logical 'AND'. */
export type Teams_Bool_Exp = {
  _and?: Array<Teams_Bool_Exp> | null | undefined;
  _not?: Teams_Bool_Exp | null | undefined;
  _or?: Array<Teams_Bool_Exp> | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  description?: String_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  members?: Team_Members_Bool_Exp | null | undefined;
  members_aggregate?: Team_Members_Aggregate_Bool_Exp | null | undefined;
  name?: String_Comparison_Exp | null | undefined;
  updated_at?: Timestamptz_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "teams" */
export type Teams_Constraint =
  /** unique or primary key constraint on columns "name" */
  | 'teams_name_key'
  /** unique or primary key constraint on columns "id" */
  | 'teams_pkey';

/** input type for inserting data into table "teams" */
export type Teams_Insert_Input = {
  description?: string | null | undefined;
  members?: Team_Members_Arr_Rel_Insert_Input | null | undefined;
  name?: string | null | undefined;
};

/** input type for inserting object relation for remote table "teams" */
export type Teams_Obj_Rel_Insert_Input = {
  data: Teams_Insert_Input;
  /** upsert condition */
  on_conflict?: Teams_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "teams" */
export type Teams_On_Conflict = {
  constraint: Teams_Constraint;
  update_columns?: Array<Teams_Update_Column>;
  where?: Teams_Bool_Exp | null | undefined;
};

/** input type for updating data in table "teams" */
export type Teams_Set_Input = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

/** update columns of table "teams" */
export type Teams_Update_Column =
  /** column name */
  | 'description'
  /** column name */
  | 'name';

export type Time_Precision_Enum =
  /** Only the date is known */
  | 'day'
  /** To the hour */
  | 'hour'
  /** To the minute */
  | 'minute'
  /** Only the month is known */
  | 'month'
  /** Exact (e.g. from a device clock) */
  | 'second'
  /** Only the year is known */
  | 'year';

/** Boolean expression to compare columns of type "time_precision_enum". All fields are combined with logical 'AND'. */
export type Time_Precision_Enum_Comparison_Exp = {
  _eq?: Time_Precision_Enum | null | undefined;
  _gt?: Time_Precision_Enum | null | undefined;
  _gte?: Time_Precision_Enum | null | undefined;
  _in?: Array<Time_Precision_Enum> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: Time_Precision_Enum | null | undefined;
  _lte?: Time_Precision_Enum | null | undefined;
  _neq?: Time_Precision_Enum | null | undefined;
  _nin?: Array<Time_Precision_Enum> | null | undefined;
};

/** Boolean expression to compare columns of type "timestamptz". All fields are combined with logical 'AND'. */
export type Timestamptz_Comparison_Exp = {
  _eq?: string | null | undefined;
  _gt?: string | null | undefined;
  _gte?: string | null | undefined;
  _in?: Array<string> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: string | null | undefined;
  _lte?: string | null | undefined;
  _neq?: string | null | undefined;
  _nin?: Array<string> | null | undefined;
};

export type Transcriptions_Aggregate_Bool_Exp = {
  count?: Transcriptions_Aggregate_Bool_Exp_Count | null | undefined;
};

export type Transcriptions_Aggregate_Bool_Exp_Count = {
  arguments?: Array<Transcriptions_Select_Column> | null | undefined;
  distinct?: boolean | null | undefined;
  filter?: Transcriptions_Bool_Exp | null | undefined;
  predicate: Int_Comparison_Exp;
};

/** input type for inserting array relation for remote table "transcriptions" */
export type Transcriptions_Arr_Rel_Insert_Input = {
  data: Array<Transcriptions_Insert_Input>;
  /** upsert condition */
  on_conflict?: Transcriptions_On_Conflict | null | undefined;
};

/** Boolean expression to filter rows from the table "transcriptions". All fields are combined with a logical 'AND'. */
export type Transcriptions_Bool_Exp = {
  _and?: Array<Transcriptions_Bool_Exp> | null | undefined;
  _not?: Transcriptions_Bool_Exp | null | undefined;
  _or?: Array<Transcriptions_Bool_Exp> | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  id?: Uuid_Comparison_Exp | null | undefined;
  language?: String_Comparison_Exp | null | undefined;
  media?: Phenom_Media_Bool_Exp | null | undefined;
  media_id?: Uuid_Comparison_Exp | null | undefined;
  segments?: Jsonb_Comparison_Exp | null | undefined;
  text?: String_Comparison_Exp | null | undefined;
};

/** unique or primary key constraints on table "transcriptions" */
export type Transcriptions_Constraint =
  /** unique or primary key constraint on columns "id" */
  | 'transcriptions_pkey';

/** input type for inserting data into table "transcriptions" */
export type Transcriptions_Insert_Input = {
  language?: string | null | undefined;
  media?: Phenom_Media_Obj_Rel_Insert_Input | null | undefined;
  media_id?: string | null | undefined;
  segments?: unknown;
  text?: string | null | undefined;
};

/** on_conflict condition type for table "transcriptions" */
export type Transcriptions_On_Conflict = {
  constraint: Transcriptions_Constraint;
  update_columns?: Array<Transcriptions_Update_Column>;
  where?: Transcriptions_Bool_Exp | null | undefined;
};

/** select columns of table "transcriptions" */
export type Transcriptions_Select_Column =
  /** column name */
  | 'created_at'
  /** column name */
  | 'id'
  /** column name */
  | 'language'
  /** column name */
  | 'media_id'
  /** column name */
  | 'segments'
  /** column name */
  | 'text';

/** update columns of table "transcriptions" */
export type Transcriptions_Update_Column =
  /** column name */
  | 'language'
  /** column name */
  | 'segments'
  /** column name */
  | 'text';

/** Boolean expression to filter rows from the table "users". All fields are combined with a logical 'AND'. */
export type Users_Bool_Exp = {
  _and?: Array<Users_Bool_Exp> | null | undefined;
  _not?: Users_Bool_Exp | null | undefined;
  _or?: Array<Users_Bool_Exp> | null | undefined;
  assigned_phenoms?: Phenom_Bool_Exp | null | undefined;
  assigned_phenoms_aggregate?: Phenom_Aggregate_Bool_Exp | null | undefined;
  avatar_key?: String_Comparison_Exp | null | undefined;
  created_at?: Timestamptz_Comparison_Exp | null | undefined;
  created_phenoms?: Phenom_Bool_Exp | null | undefined;
  created_phenoms_aggregate?: Phenom_Aggregate_Bool_Exp | null | undefined;
  display_name?: String_Comparison_Exp | null | undefined;
  email?: String_Comparison_Exp | null | undefined;
  has_access?: Boolean_Comparison_Exp | null | undefined;
  id?: String_Comparison_Exp | null | undefined;
  last_seen_at?: Timestamptz_Comparison_Exp | null | undefined;
  lists?: Lists_Bool_Exp | null | undefined;
  lists_aggregate?: Lists_Aggregate_Bool_Exp | null | undefined;
  notifications?: Notifications_Bool_Exp | null | undefined;
  notifications_aggregate?: Notifications_Aggregate_Bool_Exp | null | undefined;
  team_memberships?: Team_Members_Bool_Exp | null | undefined;
  team_memberships_aggregate?: Team_Members_Aggregate_Bool_Exp | null | undefined;
};

/** unique or primary key constraints on table "users" */
export type Users_Constraint =
  /** unique or primary key constraint on columns "email" */
  | 'users_email_key'
  /** unique or primary key constraint on columns "id" */
  | 'users_pkey';

/** input type for inserting data into table "users" */
export type Users_Insert_Input = {
  assigned_phenoms?: Phenom_Arr_Rel_Insert_Input | null | undefined;
  avatar_key?: string | null | undefined;
  created_phenoms?: Phenom_Arr_Rel_Insert_Input | null | undefined;
  display_name?: string | null | undefined;
  last_seen_at?: string | null | undefined;
  lists?: Lists_Arr_Rel_Insert_Input | null | undefined;
};

/** input type for inserting object relation for remote table "users" */
export type Users_Obj_Rel_Insert_Input = {
  data: Users_Insert_Input;
  /** upsert condition */
  on_conflict?: Users_On_Conflict | null | undefined;
};

/** on_conflict condition type for table "users" */
export type Users_On_Conflict = {
  constraint: Users_Constraint;
  update_columns?: Array<Users_Update_Column>;
  where?: Users_Bool_Exp | null | undefined;
};

/** Ordering options when selecting data from "users". */
export type Users_Order_By = {
  assigned_phenoms_aggregate?: Phenom_Aggregate_Order_By | null | undefined;
  avatar_key?: Order_By | null | undefined;
  created_at?: Order_By | null | undefined;
  created_phenoms_aggregate?: Phenom_Aggregate_Order_By | null | undefined;
  display_name?: Order_By | null | undefined;
  email?: Order_By | null | undefined;
  has_access?: Order_By | null | undefined;
  id?: Order_By | null | undefined;
  last_seen_at?: Order_By | null | undefined;
  lists_aggregate?: Lists_Aggregate_Order_By | null | undefined;
  notifications_aggregate?: Notifications_Aggregate_Order_By | null | undefined;
  team_memberships_aggregate?: Team_Members_Aggregate_Order_By | null | undefined;
};

/** input type for updating data in table "users" */
export type Users_Set_Input = {
  avatar_key?: string | null | undefined;
  display_name?: string | null | undefined;
  has_access?: boolean | null | undefined;
  last_seen_at?: string | null | undefined;
};

/** update columns of table "users" */
export type Users_Update_Column =
  /** column name */
  | 'avatar_key'
  /** column name */
  | 'display_name'
  /** column name */
  | 'last_seen_at';

/** Boolean expression to compare columns of type "uuid". All fields are combined with logical 'AND'. */
export type Uuid_Comparison_Exp = {
  _eq?: string | null | undefined;
  _gt?: string | null | undefined;
  _gte?: string | null | undefined;
  _in?: Array<string> | null | undefined;
  _is_null?: boolean | null | undefined;
  _lt?: string | null | undefined;
  _lte?: string | null | undefined;
  _neq?: string | null | undefined;
  _nin?: Array<string> | null | undefined;
};

export type AuditLogQueryVariables = Exact<{
  where: Audit_Log_Bool_Exp;
  limit: number;
}>;


export type AuditLogQuery = { audit_log: Array<{ id: number | string, actor_id: string | null, action: string, entity: string, entity_id: string, diff: unknown, at: string }>, users: Array<{ id: string, display_name: string, email: string }> };

export type RecordSessionCutoffMutationVariables = Exact<{
  userId: string;
  reason: string;
}>;


export type RecordSessionCutoffMutation = { insert_session_cutoffs_one: { user_id: string, not_before: string } | null };

export type SessionCutoffQueryVariables = Exact<{
  userId: string;
}>;


export type SessionCutoffQuery = { session_cutoffs_by_pk: { not_before: string } | null };

export type AircraftCorrelationFieldsFragment = { id: string, created_at: string, trigger: string, provider: string | null, status: string, inputs: unknown, tolerances: unknown, query: unknown, fetched_at: string | null, note: string | null, error: string | null, aircraft_count: number, possible_aircraft: boolean, summary: string, creator: { display_name: string, email: string } | null, matches: Array<{ id: string, rank: number, icao24: string, callsign: string | null, az: number | string, el: number | string, ground_distance_km: number | string, slant_range_km: number | string, altitude_m: number | string, latitude: number | string, longitude: number | string, time_offset_s: number | string, separation_deg: number | string | null, within_tolerance: boolean }> };

export type BulkCorrelationCountQueryVariables = Exact<{
  since: string;
}>;


export type BulkCorrelationCountQuery = { phenom_aggregate: { aggregate: { count: number } | null } };

export type CorrelatedPhenomsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CorrelatedPhenomsQuery = { aircraft_correlation: Array<{ phenom_id: string }> };

export type CorrelationTargetQueryVariables = Exact<{
  id: string;
}>;


export type CorrelationTargetQuery = { phenom_by_pk: { id: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, occurred_at: string, coords: Array<{ t: string, observer_lat: number | string | null, observer_lng: number | string | null, observer_alt_m: number | string | null, bearing_deg: number | string | null, elevation_deg: number | string | null }> } | null };

export type InsertAircraftCorrelationMutationVariables = Exact<{
  correlation: Aircraft_Correlation_Insert_Input;
}>;


export type InsertAircraftCorrelationMutation = { insert_aircraft_correlation_one: { id: string, created_at: string, trigger: string, provider: string | null, status: string, inputs: unknown, tolerances: unknown, query: unknown, fetched_at: string | null, note: string | null, error: string | null, aircraft_count: number, possible_aircraft: boolean, summary: string, creator: { display_name: string, email: string } | null, matches: Array<{ id: string, rank: number, icao24: string, callsign: string | null, az: number | string, el: number | string, ground_distance_km: number | string, slant_range_km: number | string, altitude_m: number | string, latitude: number | string, longitude: number | string, time_offset_s: number | string, separation_deg: number | string | null, within_tolerance: boolean }> } | null };

export type LatestAircraftCorrelationQueryVariables = Exact<{
  phenomId: string;
}>;


export type LatestAircraftCorrelationQuery = { aircraft_correlation: Array<{ id: string, created_at: string, trigger: string, provider: string | null, status: string, inputs: unknown, tolerances: unknown, query: unknown, fetched_at: string | null, note: string | null, error: string | null, aircraft_count: number, possible_aircraft: boolean, summary: string, creator: { display_name: string, email: string } | null, matches: Array<{ id: string, rank: number, icao24: string, callsign: string | null, az: number | string, el: number | string, ground_distance_km: number | string, slant_range_km: number | string, altitude_m: number | string, latitude: number | string, longitude: number | string, time_offset_s: number | string, separation_deg: number | string | null, within_tolerance: boolean }> }> };

export type DashboardStatsQueryVariables = Exact<{
  recentLimit: number;
  queueLimit: number;
}>;


export type DashboardStatsQuery = { counts: Array<{ dimension: string, value: string, count: number | string }>, recent: Array<{ id: string, title: string, occurred_at: string, reported_at: string, location_name: string | null, country: string | null, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum }>, unscreened: Array<{ id: string, title: string, occurred_at: string, reported_at: string, location_name: string | null, country: string | null, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum }> };

export type DashboardPhenomFragment = { id: string, title: string, occurred_at: string, reported_at: string, location_name: string | null, country: string | null, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum };

export type DropFieldsFragment = { id: string, status: Drop_Status_Enum, payload: unknown, phenom_id: string | null, submitted_at: string, updated_at: string, submitter: { id: string, display_name: string } | null };

export type DropListQueryVariables = Exact<{
  where: Drops_Bool_Exp;
  limit: number;
  offset: number;
  countLimit: number;
}>;


export type DropListQuery = { drops: Array<{ id: string, status: Drop_Status_Enum, payload: unknown, phenom_id: string | null, submitted_at: string, updated_at: string, submitter: { id: string, display_name: string } | null }>, drops_aggregate: { aggregate: { count: number } | null } };

export type DropPromoteMutationVariables = Exact<{
  args: Promote_Drop_Args;
}>;


export type DropPromoteMutation = { promote_drop: Array<{ id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null }> };

export type DropReviewTargetQueryVariables = Exact<{
  dropId: string;
  phenomId: string;
  withPhenom: boolean;
}>;


export type DropReviewTargetQuery = { drops_by_pk: { id: string, status: Drop_Status_Enum } | null, phenom_by_pk?: { id: string } | null };

export type DropReviewMutationVariables = Exact<{
  id: string;
  set: Drops_Set_Input;
}>;


export type DropReviewMutation = { update_drops_by_pk: { id: string, status: Drop_Status_Enum, payload: unknown, phenom_id: string | null, submitted_at: string, updated_at: string, submitter: { id: string, display_name: string } | null } | null };

export type AddListItemMutationVariables = Exact<{
  object: List_Items_Insert_Input;
}>;


export type AddListItemMutation = { insert_list_items_one: { id: string, list_id: string, phenom_id: string, note: string, position: number, added_by: string | null, created_at: string } | null };

export type CreateListMutationVariables = Exact<{
  object: Lists_Insert_Input;
}>;


export type CreateListMutation = { insert_lists_one: { id: string, name: string, description: string, owner_id: string, created_at: string, updated_at: string } | null };

export type DeleteListMutationVariables = Exact<{
  id: string;
}>;


export type DeleteListMutation = { delete_lists_by_pk: { id: string } | null };

export type ListAccessQueryVariables = Exact<{
  id: string;
  me: string;
}>;


export type ListAccessQuery = { lists_by_pk: { id: string, owner_id: string, shares: Array<{ can_edit: boolean }> } | null };

export type ListDetailQueryVariables = Exact<{
  id: string;
}>;


export type ListDetailQuery = { lists_by_pk: { id: string, name: string, description: string, owner_id: string, created_at: string, updated_at: string, owner: { id: string, display_name: string, email: string } | null, shares: Array<{ user_id: string, can_edit: boolean }>, items: Array<{ id: string, phenom_id: string, note: string, position: number, added_by: string | null, created_at: string, shares: Array<{ user_id: string, can_edit: boolean }>, phenom: { id: string, title: string, status: Phenom_Status_Enum, occurred_at: string } | null }> } | null };

export type ListItemContextQueryVariables = Exact<{
  listId: string;
  phenomId: string;
  me: string;
}>;


export type ListItemContextQuery = { lists_by_pk: { id: string, owner_id: string, shares: Array<{ can_edit: boolean }>, items_aggregate: { aggregate: { count: number, max: { position: number | null } | null } | null } } | null, phenom_by_pk: { id: string } | null };

export type ListItemFieldsFragment = { id: string, list_id: string, phenom_id: string, note: string, position: number, added_by: string | null, created_at: string };

export type ListItemOrderQueryVariables = Exact<{
  listId: string;
  me: string;
}>;


export type ListItemOrderQuery = { lists_by_pk: { id: string, owner_id: string, shares: Array<{ can_edit: boolean }>, items: Array<{ id: string, position: number, shares: Array<{ can_edit: boolean }> }> } | null };

export type MyListsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyListsQuery = { lists: Array<{ id: string, name: string, description: string, updated_at: string, owner: { id: string, display_name: string, email: string } | null, items_aggregate: { aggregate: { count: number } | null }, shares: Array<{ user_id: string, can_edit: boolean }> }> };

export type RemoveListItemMutationVariables = Exact<{
  listId: string;
  itemId: string;
}>;


export type RemoveListItemMutation = { delete_list_items: { affected_rows: number } | null };

export type UpdateListItemsMutationVariables = Exact<{
  updates: Array<List_Items_Updates> | List_Items_Updates;
}>;


export type UpdateListItemsMutation = { update_list_items_many: Array<{ affected_rows: number, returning: Array<{ id: string, list_id: string, phenom_id: string, note: string, position: number, added_by: string | null, created_at: string }> } | null> | null };

export type UpdateListMutationVariables = Exact<{
  id: string;
  set: Lists_Set_Input;
}>;


export type UpdateListMutation = { update_lists_by_pk: { id: string, name: string, description: string, owner_id: string, created_at: string, updated_at: string } | null };

export type MapClustersQueryVariables = Exact<{
  args: Phenom_Map_Clusters_Args;
}>;


export type MapClustersQuery = { phenom_map_clusters: Array<{ x: number, y: number, count: number, latitude: number | string, longitude: number | string, phenom_id: string | null, title: string | null, status: string | null, occurred_at: string | null }> };

export type MapFocusQueryVariables = Exact<{
  id: string;
}>;


export type MapFocusQuery = { phenom_by_pk: { id: string, title: string, latitude: number | string | null, longitude: number | string | null, status: Phenom_Status_Enum, occurred_at: string } | null };

export type MapTimeRangeQueryVariables = Exact<{ [key: string]: never; }>;


export type MapTimeRangeQuery = { first: Array<{ occurred_at: string }>, last: Array<{ occurred_at: string }> };

export type CreateMediaUploadMutationVariables = Exact<{
  object: Media_Uploads_Insert_Input;
}>;


export type CreateMediaUploadMutation = { insert_media_uploads_one: { id: string, s3_key: string, content_type: string, bytes: number | string, expires_at: string } | null };

export type MediaByIdQueryVariables = Exact<{
  id: string;
}>;


export type MediaByIdQuery = { phenom_media_by_pk: { s3_key: string, id: string, phenom_id: string, file_name: string | null, content_type: string, bytes: number | string, width: number | null, height: number | null, duration_s: number | string | null, sha256: string | null, captured_at: string | null, uploaded_by: string | null, created_at: string } | null };

export type MediaFieldsFragment = { id: string, phenom_id: string, file_name: string | null, content_type: string, bytes: number | string, width: number | null, height: number | null, duration_s: number | string | null, sha256: string | null, captured_at: string | null, uploaded_by: string | null, created_at: string };

export type MediaUploadQueryVariables = Exact<{
  id: string;
}>;


export type MediaUploadQuery = { media_uploads_by_pk: { id: string, phenom_id: string, s3_key: string, content_type: string, bytes: number | string, expires_at: string, phenom: { id: string } | null } | null };

export type RegisterMediaMutationVariables = Exact<{
  object: Phenom_Media_Insert_Input;
}>;


export type RegisterMediaMutation = { insert_phenom_media_one: { id: string, phenom_id: string, file_name: string | null, content_type: string, bytes: number | string, width: number | null, height: number | null, duration_s: number | string | null, sha256: string | null, captured_at: string | null, uploaded_by: string | null, created_at: string } | null };

export type MarkAllNotificationsReadMutationVariables = Exact<{
  at: string;
}>;


export type MarkAllNotificationsReadMutation = { update_notifications: { affected_rows: number } | null };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
  at: string;
}>;


export type MarkNotificationReadMutation = { update_notifications: { affected_rows: number } | null };

export type NotificationByIdQueryVariables = Exact<{
  id: string;
}>;


export type NotificationByIdQuery = { notifications_by_pk: { id: string, kind: string, payload: unknown, read_at: string | null, created_at: string } | null };

export type NotificationPageQueryVariables = Exact<{
  limit: number;
  where: Notifications_Bool_Exp;
}>;


export type NotificationPageQuery = { notifications: Array<{ id: string, kind: string, payload: unknown, read_at: string | null, created_at: string }>, unread: { aggregate: { count: number } | null } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications_aggregate: { aggregate: { count: number } | null } };

export type PhenomActivityQueryVariables = Exact<{
  id: string;
}>;


export type PhenomActivityQuery = { audit_log: Array<{ id: number | string, actor_id: string | null, action: string, diff: unknown, at: string }> };

export type PhenomCreateMutationVariables = Exact<{
  object: Phenom_Insert_Input;
}>;


export type PhenomCreateMutation = { insert_phenom_one: { id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null } | null };

export type PhenomDeletedStateQueryVariables = Exact<{
  id: string;
}>;


export type PhenomDeletedStateQuery = { phenom_by_pk: { id: string, deleted_at: string | null } | null };

export type PhenomDetailQueryVariables = Exact<{
  id: string;
}>;


export type PhenomDetailQuery = { phenom_by_pk: { id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null, assignee: { id: string, display_name: string, email: string } | null, creator: { id: string, display_name: string, email: string } | null, media: Array<{ id: string, s3_key: string, file_name: string | null, content_type: string, bytes: number | string, width: number | null, height: number | null, duration_s: number | string | null, captured_at: string | null, transcriptions: Array<{ id: string, language: string, text: string, segments: unknown }> }>, coords: Array<{ id: string, t: string, observer_lat: number | string | null, observer_lng: number | string | null, observer_alt_m: number | string | null, object_lat: number | string | null, object_lng: number | string | null, object_alt_m: number | string | null, bearing_deg: number | string | null, elevation_deg: number | string | null }>, coords_aggregate: { aggregate: { count: number } | null }, sensor_data: Array<{ id: string, sensor: string, t: string, readings: unknown }>, sensor_data_aggregate: { aggregate: { count: number } | null }, drops: Array<{ id: string, status: Drop_Status_Enum, submitted_at: string, payload: unknown }>, shoots: Array<{ id: string, started_at: string, ended_at: string | null, device: string, operator: string, notes: string }> } | null };

export type PhenomExportPageQueryVariables = Exact<{
  where: Phenom_Bool_Exp;
  order_by: Array<Phenom_Order_By> | Phenom_Order_By;
  limit: number;
}>;


export type PhenomExportPageQuery = { phenom: Array<{ description: string, id: string, title: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, location_name: string | null, country: string | null, shape: string | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee: { email: string } | null }> };

export type PhenomFieldsFragment = { id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null };

export type PhenomListQueryVariables = Exact<{
  where: Phenom_Bool_Exp;
  countWhere: Phenom_Bool_Exp;
  order_by: Array<Phenom_Order_By> | Phenom_Order_By;
  limit: number;
  offset: number;
  countLimit: number;
}>;


export type PhenomListQuery = { phenom: Array<{ id: string, title: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, location_name: string | null, country: string | null, shape: string | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee: { id: string, display_name: string, email: string } | null, media_aggregate: { aggregate: { count: number } | null } }>, phenom_aggregate: { aggregate: { count: number } | null } };

export type PhenomRowFieldsFragment = { id: string, title: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, location_name: string | null, country: string | null, shape: string | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null };

export type PhenomScreeningStateQueryVariables = Exact<{
  id: string;
}>;


export type PhenomScreeningStateQuery = { phenom_by_pk: { id: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null } | null };

export type PhenomSetDeletedMutationVariables = Exact<{
  id: string;
  wasLive: boolean;
  deletedAt?: string | null | undefined;
}>;


export type PhenomSetDeletedMutation = { update_phenom: { returning: Array<{ id: string, deleted_at: string | null, updated_at: string }> } | null };

export type PhenomUpdateScreeningMutationVariables = Exact<{
  where: Phenom_Bool_Exp;
  set: Phenom_Set_Input;
}>;


export type PhenomUpdateScreeningMutation = { update_phenom: { returning: Array<{ id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null }> } | null };

export type PhenomUpdateMutationVariables = Exact<{
  id: string;
  set: Phenom_Set_Input;
}>;


export type PhenomUpdateMutation = { update_phenom_by_pk: { id: string, title: string, description: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, reported_at: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, location_name: string | null, country: string | null, shape: string | null, duration_s: number | null, source: string, status: Phenom_Status_Enum, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null, assignee_id: string | null, created_by: string | null, created_at: string, updated_at: string, deleted_at: string | null } | null };

export type AcceptScreeningCandidateMutationVariables = Exact<{
  phenomId: string;
  candidateId: string;
  outcome: Phenom_Outcome_Enum;
  confidence?: Outcome_Confidence_Enum | null | undefined;
  at: string;
}>;


export type AcceptScreeningCandidateMutation = { update_phenom_by_pk: { id: string, outcome: Phenom_Outcome_Enum, outcome_confidence: Outcome_Confidence_Enum | null } | null, update_screening_candidate_by_pk: { id: string, accepted_at: string | null } | null };

export type BulkScreeningTargetsQueryVariables = Exact<{
  since: string;
  after: string;
  limit: number;
}>;


export type BulkScreeningTargetsQuery = { phenom: Array<{ id: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, occurred_at: string, coords: Array<{ t: string, observer_lat: number | string | null, observer_lng: number | string | null, observer_alt_m: number | string | null, bearing_deg: number | string | null, elevation_deg: number | string | null }> }> };

export type ComparableCandidateFragment = { rank: number, kind: string, object_id: string | null, name: string, verdict: string | null };

export type InsertScreeningRunMutationVariables = Exact<{
  run: Screening_Run_Insert_Input;
}>;


export type InsertScreeningRunMutation = { insert_screening_run_one: { id: string, created_at: string, failed_providers: number, candidates: Array<{ id: string, reasons: string, rank: number, kind: string, object_id: string | null, name: string, verdict: string | null }> } | null };

export type ScreeningCandidateQueryVariables = Exact<{
  id: string;
}>;


export type ScreeningCandidateQuery = { screening_candidate_by_pk: { id: string, kind: string, flags: unknown, verdict: string | null, name: string, run: { phenom_id: string } | null } | null };

export type ScreeningRunFieldsFragment = { id: string, created_at: string, trigger: string, replay_of: string | null, engine_version: string, inputs: unknown, sun: unknown, failed_providers: number, creator: { display_name: string, email: string } | null, candidates: Array<{ id: string, rank: number, kind: string, object_id: string | null, name: string, flags: unknown, az: number | string, el: number | string, range_km: number | string, time_offset_s: number | string, sunlit: boolean | null, visible: boolean, magnitude: number | string | null, separation_deg: number | string | null, verdict: string | null, reasons: string, track: unknown, accepted_at: string | null }> };

export type ScreeningRunHistoryQueryVariables = Exact<{
  phenomId: string;
}>;


export type ScreeningRunHistoryQuery = { screening_run: Array<{ id: string, created_at: string, trigger: string, replay_of: string | null, failed_providers: number, creator: { display_name: string, email: string } | null, candidates: Array<{ name: string, verdict: string | null }> }> };

export type ScreeningRunProviderNotesQueryVariables = Exact<{
  phenomId: string;
  id: string;
}>;


export type ScreeningRunProviderNotesQuery = { screening_run: Array<{ provider0: unknown, note0: unknown, error0: unknown, provider1: unknown, note1: unknown, error1: unknown, provider2: unknown, note2: unknown, error2: unknown, provider3: unknown, note3: unknown, error3: unknown, provider4: unknown, note4: unknown, error4: unknown, provider5: unknown, note5: unknown, error5: unknown }> };

export type ScreeningRunToReplayQueryVariables = Exact<{
  id: string;
}>;


export type ScreeningRunToReplayQuery = { screening_run_by_pk: { id: string, phenom_id: string, engine_version: string, inputs: unknown, providers: unknown, candidates: Array<{ rank: number, kind: string, object_id: string | null, name: string, verdict: string | null }> } | null };

export type ScreeningRunsQueryVariables = Exact<{
  phenomId: string;
  ids: Array<string> | string;
}>;


export type ScreeningRunsQuery = { screening_run: Array<{ id: string, created_at: string, trigger: string, replay_of: string | null, engine_version: string, inputs: unknown, sun: unknown, failed_providers: number, creator: { display_name: string, email: string } | null, candidates: Array<{ id: string, rank: number, kind: string, object_id: string | null, name: string, flags: unknown, az: number | string, el: number | string, range_km: number | string, time_offset_s: number | string, sunlit: boolean | null, visible: boolean, magnitude: number | string | null, separation_deg: number | string | null, verdict: string | null, reasons: string, track: unknown, accepted_at: string | null }> }> };

export type ScreeningTargetFieldsFragment = { id: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, occurred_at: string, coords: Array<{ t: string, observer_lat: number | string | null, observer_lng: number | string | null, observer_alt_m: number | string | null, bearing_deg: number | string | null, elevation_deg: number | string | null }> };

export type ScreeningTargetQueryVariables = Exact<{
  id: string;
}>;


export type ScreeningTargetQuery = { phenom_by_pk: { id: string, latitude: number | string | null, longitude: number | string | null, altitude_m: number | string | null, occurred_at: string, screening_runs: Array<{ id: string, candidates: Array<{ rank: number, kind: string, object_id: string | null, name: string, verdict: string | null }> }>, coords: Array<{ t: string, observer_lat: number | string | null, observer_lng: number | string | null, observer_alt_m: number | string | null, bearing_deg: number | string | null, elevation_deg: number | string | null }> } | null };

export type ItemShareTargetQueryVariables = Exact<{
  itemId: string;
  userId: string;
  me: string;
}>;


export type ItemShareTargetQuery = { list_items_by_pk: { id: string, list: { id: string, owner_id: string, shares: Array<{ can_edit: boolean }> } | null } | null, users_by_pk: { id: string } | null };

export type ItemSharesQueryVariables = Exact<{
  itemId: string;
}>;


export type ItemSharesQuery = { list_items_by_pk: { id: string, list_id: string, shares: Array<{ user_id: string, shared_by: string | null, can_edit: boolean, created_at: string, user: { id: string, display_name: string, email: string } | null }> } | null };

export type ListShareTargetQueryVariables = Exact<{
  listId: string;
  userId: string;
}>;


export type ListShareTargetQuery = { lists_by_pk: { id: string, owner_id: string } | null, users_by_pk: { id: string } | null };

export type ListSharesQueryVariables = Exact<{
  listId: string;
}>;


export type ListSharesQuery = { lists_by_pk: { id: string, owner: { id: string, display_name: string, email: string } | null, shares: Array<{ user_id: string, can_edit: boolean, created_at: string, user: { id: string, display_name: string, email: string } | null }> } | null };

export type RevokeItemShareMutationVariables = Exact<{
  itemId: string;
  userId: string;
}>;


export type RevokeItemShareMutation = { delete_item_shares_by_pk: { item_id: string, user_id: string } | null };

export type RevokeListShareMutationVariables = Exact<{
  listId: string;
  userId: string;
}>;


export type RevokeListShareMutation = { delete_list_shares_by_pk: { list_id: string, user_id: string } | null };

export type ShareItemMutationVariables = Exact<{
  object: Item_Shares_Insert_Input;
}>;


export type ShareItemMutation = { insert_item_shares_one: { item_id: string, user_id: string, shared_by: string | null, can_edit: boolean, created_at: string } | null };

export type ShareListMutationVariables = Exact<{
  object: List_Shares_Insert_Input;
}>;


export type ShareListMutation = { insert_list_shares_one: { list_id: string, user_id: string, can_edit: boolean, created_at: string } | null };

export type CreateTeamMutationVariables = Exact<{
  object: Teams_Insert_Input;
}>;


export type CreateTeamMutation = { insert_teams_one: { id: string, name: string, description: string } | null };

export type DeleteTeamMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTeamMutation = { delete_teams_by_pk: { id: string } | null };

export type PutTeamMemberMutationVariables = Exact<{
  object: Team_Members_Insert_Input;
}>;


export type PutTeamMemberMutation = { insert_team_members_one: { team_id: string, user_id: string, is_lead: boolean, joined_at: string } | null };

export type RemoveTeamMemberMutationVariables = Exact<{
  teamId: string;
  userId: string;
}>;


export type RemoveTeamMemberMutation = { delete_team_members_by_pk: { team_id: string, user_id: string } | null };

export type TeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsQuery = { teams: Array<{ id: string, name: string, description: string, members: Array<{ is_lead: boolean, user: { id: string, display_name: string, email: string, has_access: boolean } | null }> }> };

export type UpdateTeamMutationVariables = Exact<{
  id: string;
  set: Teams_Set_Input;
}>;


export type UpdateTeamMutation = { update_teams_by_pk: { id: string, name: string, description: string } | null };

export type TriageQueueQueryVariables = Exact<{
  where: Phenom_Bool_Exp;
  limit: number;
  countLimit: number;
}>;


export type TriageQueueQuery = { phenom: Array<{ id: string, title: string, reported_at: string, occurred_at: string, occurred_at_precision: Time_Precision_Enum, location_name: string | null, country: string | null, status: Phenom_Status_Enum }>, phenom_aggregate: { aggregate: { count: number } | null } };

export type MarkUsersWithoutAccessMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkUsersWithoutAccessMutation = { update_users: { affected_rows: number } | null };

export type MeQueryVariables = Exact<{
  id: string;
}>;


export type MeQuery = { users_by_pk: { id: string, email: string, display_name: string, avatar_key: string | null, has_access: boolean, created_at: string, last_seen_at: string | null } | null };

export type MyProfileFieldsFragment = { id: string, email: string, display_name: string, avatar_key: string | null, has_access: boolean, created_at: string, last_seen_at: string | null };

export type MyProfileQueryVariables = Exact<{
  id: string;
}>;


export type MyProfileQuery = { users_by_pk: { id: string, last_seen_at: string | null } | null };

export type SearchStaffQueryVariables = Exact<{
  pattern: string;
  limit: number;
}>;


export type SearchStaffQuery = { users: Array<{ id: string, display_name: string, email: string, avatar_key: string | null }> };

export type SetUserAccessMutationVariables = Exact<{
  id: string;
  hasAccess: boolean;
}>;


export type SetUserAccessMutation = { update_users_by_pk: { id: string, has_access: boolean } | null };

export type StaffUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffUsersQuery = { users: Array<{ id: string, display_name: string, email: string }> };

export type UpdateMeMutationVariables = Exact<{
  id: string;
  set: Users_Set_Input;
}>;


export type UpdateMeMutation = { update_users_by_pk: { id: string, email: string, display_name: string, avatar_key: string | null, has_access: boolean, created_at: string, last_seen_at: string | null } | null };

export type UpsertMyProfileMutationVariables = Exact<{
  object: Users_Insert_Input;
}>;


export type UpsertMyProfileMutation = { insert_users_one: { id: string, last_seen_at: string | null } | null };

export type UserSummaryFragment = { id: string, display_name: string, email: string };

export const AircraftCorrelationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AircraftCorrelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"aircraft_correlation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"tolerances"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"fetched_at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"aircraft_count"}},{"kind":"Field","name":{"kind":"Name","value":"possible_aircraft"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"icao24"}},{"kind":"Field","name":{"kind":"Name","value":"callsign"}},{"kind":"Field","name":{"kind":"Name","value":"az"}},{"kind":"Field","name":{"kind":"Name","value":"el"}},{"kind":"Field","name":{"kind":"Name","value":"ground_distance_km"}},{"kind":"Field","name":{"kind":"Name","value":"slant_range_km"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"time_offset_s"}},{"kind":"Field","name":{"kind":"Name","value":"separation_deg"}},{"kind":"Field","name":{"kind":"Name","value":"within_tolerance"}}]}}]}}]} as unknown as DocumentNode<AircraftCorrelationFieldsFragment, unknown>;
export const DashboardPhenomFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPhenom"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<DashboardPhenomFragment, unknown>;
export const DropFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DropFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"drops"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}}]}}]}}]} as unknown as DocumentNode<DropFieldsFragment, unknown>;
export const ListItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"list_items"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"added_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<ListItemFieldsFragment, unknown>;
export const MediaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MediaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_media"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"file_name"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"captured_at"}},{"kind":"Field","name":{"kind":"Name","value":"uploaded_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<MediaFieldsFragment, unknown>;
export const PhenomFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<PhenomFieldsFragment, unknown>;
export const PhenomRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}}]}}]} as unknown as DocumentNode<PhenomRowFieldsFragment, unknown>;
export const ComparableCandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparableCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<ComparableCandidateFragment, unknown>;
export const ScreeningRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"replay_of"}},{"kind":"Field","name":{"kind":"Name","value":"engine_version"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"sun"}},{"kind":"Field","name":{"kind":"Name","value":"failed_providers"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"az"}},{"kind":"Field","name":{"kind":"Name","value":"el"}},{"kind":"Field","name":{"kind":"Name","value":"range_km"}},{"kind":"Field","name":{"kind":"Name","value":"time_offset_s"}},{"kind":"Field","name":{"kind":"Name","value":"sunlit"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"magnitude"}},{"kind":"Field","name":{"kind":"Name","value":"separation_deg"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"accepted_at"}}]}}]}}]} as unknown as DocumentNode<ScreeningRunFieldsFragment, unknown>;
export const ScreeningTargetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"coords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bearing_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elevation_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lat"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lng"}},{"kind":"Field","name":{"kind":"Name","value":"observer_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"bearing_deg"}},{"kind":"Field","name":{"kind":"Name","value":"elevation_deg"}}]}}]}}]} as unknown as DocumentNode<ScreeningTargetFieldsFragment, unknown>;
export const MyProfileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"avatar_key"}},{"kind":"Field","name":{"kind":"Name","value":"has_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}}]}}]} as unknown as DocumentNode<MyProfileFieldsFragment, unknown>;
export const UserSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UserSummaryFragment, unknown>;
export const AuditLogDocument = {"__meta__":{"hash":"sha256:d2437eed0843d9725a0436f619c6858ff835d40c5439c06321d1ffbce45414ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"audit_log_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit_log"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor_id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"entity_id"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"display_name"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1000"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const RecordSessionCutoffDocument = {"__meta__":{"hash":"sha256:cad1959b0d381b5f37a12e93e21f9f7c9460f427e22dac718d1c8729d671ae21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionCutoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_session_cutoffs_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"session_cutoffs_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"reason"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"not_before"}}]}}]}}]} as unknown as DocumentNode<RecordSessionCutoffMutation, RecordSessionCutoffMutationVariables>;
export const SessionCutoffDocument = {"__meta__":{"hash":"sha256:6918bc18d2e9b05999d905d50a494fd03e232c2ed3e31cf7423bf599ce35ba1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionCutoff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session_cutoffs_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"not_before"}}]}}]}}]} as unknown as DocumentNode<SessionCutoffQuery, SessionCutoffQueryVariables>;
export const BulkCorrelationCountDocument = {"__meta__":{"hash":"sha256:56714a819775860a41c3ebbc5f1a2fec75d188340761fe8a7e50eba1b7477f04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkCorrelationCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"latitude"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<BulkCorrelationCountQuery, BulkCorrelationCountQueryVariables>;
export const CorrelatedPhenomsDocument = {"__meta__":{"hash":"sha256:f1bcac2208420e083394d1cb1f99dd4fe5b8d0a85673d3113a9c6cc7dab78fa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrelatedPhenoms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aircraft_correlation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_neq"},"value":{"kind":"StringValue","value":"failed","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"distinct_on"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"phenom_id"}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}}]}}]}}]} as unknown as DocumentNode<CorrelatedPhenomsQuery, CorrelatedPhenomsQueryVariables>;
export const CorrelationTargetDocument = {"__meta__":{"hash":"sha256:da0fe34513c6af265587c7826f2ee597071818343edd5bf1de6d9e534fb3fd6f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrelationTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningTargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"coords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bearing_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elevation_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lat"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lng"}},{"kind":"Field","name":{"kind":"Name","value":"observer_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"bearing_deg"}},{"kind":"Field","name":{"kind":"Name","value":"elevation_deg"}}]}}]}}]} as unknown as DocumentNode<CorrelationTargetQuery, CorrelationTargetQueryVariables>;
export const InsertAircraftCorrelationDocument = {"__meta__":{"hash":"sha256:56b0ad1248ebdcb7d13a67a13fac0c941a9512114b3629b254e13856bd038f2c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InsertAircraftCorrelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"correlation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"aircraft_correlation_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_aircraft_correlation_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"correlation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AircraftCorrelationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AircraftCorrelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"aircraft_correlation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"tolerances"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"fetched_at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"aircraft_count"}},{"kind":"Field","name":{"kind":"Name","value":"possible_aircraft"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"icao24"}},{"kind":"Field","name":{"kind":"Name","value":"callsign"}},{"kind":"Field","name":{"kind":"Name","value":"az"}},{"kind":"Field","name":{"kind":"Name","value":"el"}},{"kind":"Field","name":{"kind":"Name","value":"ground_distance_km"}},{"kind":"Field","name":{"kind":"Name","value":"slant_range_km"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"time_offset_s"}},{"kind":"Field","name":{"kind":"Name","value":"separation_deg"}},{"kind":"Field","name":{"kind":"Name","value":"within_tolerance"}}]}}]}}]} as unknown as DocumentNode<InsertAircraftCorrelationMutation, InsertAircraftCorrelationMutationVariables>;
export const LatestAircraftCorrelationDocument = {"__meta__":{"hash":"sha256:db7986581b234ee55c97beb37bcdb98afe0d7085ac99d8e108d31487ad138842"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LatestAircraftCorrelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aircraft_correlation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AircraftCorrelationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AircraftCorrelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"aircraft_correlation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"tolerances"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"fetched_at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"aircraft_count"}},{"kind":"Field","name":{"kind":"Name","value":"possible_aircraft"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"icao24"}},{"kind":"Field","name":{"kind":"Name","value":"callsign"}},{"kind":"Field","name":{"kind":"Name","value":"az"}},{"kind":"Field","name":{"kind":"Name","value":"el"}},{"kind":"Field","name":{"kind":"Name","value":"ground_distance_km"}},{"kind":"Field","name":{"kind":"Name","value":"slant_range_km"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"time_offset_s"}},{"kind":"Field","name":{"kind":"Name","value":"separation_deg"}},{"kind":"Field","name":{"kind":"Name","value":"within_tolerance"}}]}}]}}]} as unknown as DocumentNode<LatestAircraftCorrelationQuery, LatestAircraftCorrelationQueryVariables>;
export const DashboardStatsDocument = {"__meta__":{"hash":"sha256:f534f14aa0b2a993a13f286e643816970c82053b64fb44103f95b766f7d1beb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recentLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queueLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"counts"},"name":{"kind":"Name","value":"phenom_counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"recent"},"name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reported_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recentLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPhenom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unscreened"},"name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"EnumValue","value":"new"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reported_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queueLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DashboardPhenom"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DashboardPhenom"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]} as unknown as DocumentNode<DashboardStatsQuery, DashboardStatsQueryVariables>;
export const DropListDocument = {"__meta__":{"hash":"sha256:c093ddba15fc9ee34ac3bf1c2a223e6dc8b6e93f5e690c1248cbf08d24a6013c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"drops_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"submitted_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DropFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"drops_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DropFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"drops"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}}]}}]}}]} as unknown as DocumentNode<DropListQuery, DropListQueryVariables>;
export const DropPromoteDocument = {"__meta__":{"hash":"sha256:35db9cc6e1484915bd2fa820ec242b364fb3f84f2f8ef9769b7d8f54b6402d1b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DropPromote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"args"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"promote_drop_args"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promote_drop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"args"},"value":{"kind":"Variable","name":{"kind":"Name","value":"args"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<DropPromoteMutation, DropPromoteMutationVariables>;
export const DropReviewTargetDocument = {"__meta__":{"hash":"sha256:715f9f11dcbdeec6683572bea4a426365eed6f65b7cb42e8003cd7b3a77e0804"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DropReviewTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dropId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPhenom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drops_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dropId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPhenom"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DropReviewTargetQuery, DropReviewTargetQueryVariables>;
export const DropReviewDocument = {"__meta__":{"hash":"sha256:9517d59f0b4d8fafba5db1278dedd86eee7e96017e7d6e7e6215a0597a17c41c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DropReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"drops_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_drops_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DropFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DropFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"drops"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"submitted_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"submitter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}}]}}]}}]} as unknown as DocumentNode<DropReviewMutation, DropReviewMutationVariables>;
export const AddListItemDocument = {"__meta__":{"hash":"sha256:9ccdd79705028a435effea3ff15040f10fcb819040df4f4d8b6d08268a4e6ebd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddListItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"list_items_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_list_items_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"list_items"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"added_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<AddListItemMutation, AddListItemMutationVariables>;
export const CreateListDocument = {"__meta__":{"hash":"sha256:c67f499c92ecf292f71b45f00145a23950fd3232789ec8aba6e22a3f121b17a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"lists_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_lists_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]}}]} as unknown as DocumentNode<CreateListMutation, CreateListMutationVariables>;
export const DeleteListDocument = {"__meta__":{"hash":"sha256:a498c4aa5de1062d453a1d7a075f80ea39284808677d72a3e7d946f39d39136e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteListMutation, DeleteListMutationVariables>;
export const ListAccessDocument = {"__meta__":{"hash":"sha256:b731f366da1fd007a98936ca4eae534182ece7c9b474fd09ce5485572272613f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}}]}}]}}]} as unknown as DocumentNode<ListAccessQuery, ListAccessQueryVariables>;
export const ListDetailDocument = {"__meta__":{"hash":"sha256:1bc1a84e0e7be763d57393a91249dbd1df7f92da763d72210349007346da7ef0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"added_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phenom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ListDetailQuery, ListDetailQueryVariables>;
export const ListItemContextDocument = {"__meta__":{"hash":"sha256:d9c3ed89bdf7b734341e953fc7c94844ae1b1ddfe42bbaa97baaced7a838c25c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListItemContext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListItemContextQuery, ListItemContextQueryVariables>;
export const ListItemOrderDocument = {"__meta__":{"hash":"sha256:75cc335362baf125b1914307e09c29bdf052b4e68a52a0f37e24375f6b61dd3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListItemOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ListItemOrderQuery, ListItemOrderQueryVariables>;
export const MyListsDocument = {"__meta__":{"hash":"sha256:59cca4b14d8d06daf988064d1946e905ed9b15b3f0ab563a1aca231b3f950768"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"updated_at"},"value":{"kind":"EnumValue","value":"desc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<MyListsQuery, MyListsQueryVariables>;
export const RemoveListItemDocument = {"__meta__":{"hash":"sha256:6d39c95cc76b3fb8cf3ec26b2e7c2c271ee316dca22ae89e0f0b2e41e50ed9ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveListItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_list_items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"list_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}}]}}]}}]} as unknown as DocumentNode<RemoveListItemMutation, RemoveListItemMutationVariables>;
export const UpdateListItemsDocument = {"__meta__":{"hash":"sha256:343c59c5dd54734381aaf3a0637c21673af81d61d9d3bd700d96a4e9c285b053"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateListItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"updates"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"list_items_updates"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_list_items_many"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"updates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"updates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}},{"kind":"Field","name":{"kind":"Name","value":"returning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ListItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ListItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"list_items"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"added_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<UpdateListItemsMutation, UpdateListItemsMutationVariables>;
export const UpdateListDocument = {"__meta__":{"hash":"sha256:6d5dfadc5cdfa2c6630571a2e6994e287369543f430e5a068c9ffa5cc1dcfd5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"lists_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]}}]} as unknown as DocumentNode<UpdateListMutation, UpdateListMutationVariables>;
export const MapClustersDocument = {"__meta__":{"hash":"sha256:cb478c3b2a4a32889d1ed4114a7f9cc7df51d61436679adcec078a6dc2b79301"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapClusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"args"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_map_clusters_args"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_map_clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"args"},"value":{"kind":"Variable","name":{"kind":"Name","value":"args"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}}]}}]}}]} as unknown as DocumentNode<MapClustersQuery, MapClustersQueryVariables>;
export const MapFocusDocument = {"__meta__":{"hash":"sha256:6fdf9b6244b4e14e9cdc6de9efbec51c592fb772c3e84409805b927d66f3686b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapFocus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}}]}}]}}]} as unknown as DocumentNode<MapFocusQuery, MapFocusQueryVariables>;
export const MapTimeRangeDocument = {"__meta__":{"hash":"sha256:35ef344bc3dbed1808a70ab6348ecdda79c4f2247f044724170ad6e5dcc21f15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapTimeRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"last"},"name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}}]}}]}}]} as unknown as DocumentNode<MapTimeRangeQuery, MapTimeRangeQueryVariables>;
export const CreateMediaUploadDocument = {"__meta__":{"hash":"sha256:f8a4c2ee4bd0cfb2bc13251f15a34b8bebf67324084ef926e4fe69d93bd3278f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMediaUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"media_uploads_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_media_uploads_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"s3_key"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"expires_at"}}]}}]}}]} as unknown as DocumentNode<CreateMediaUploadMutation, CreateMediaUploadMutationVariables>;
export const MediaByIdDocument = {"__meta__":{"hash":"sha256:c6038bb42f357d894fe80a5a6a3cb1b3bb283223a9f981e1c0596f5ec3d74e38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_media_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MediaFields"}},{"kind":"Field","name":{"kind":"Name","value":"s3_key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MediaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_media"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"file_name"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"captured_at"}},{"kind":"Field","name":{"kind":"Name","value":"uploaded_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<MediaByIdQuery, MediaByIdQueryVariables>;
export const MediaUploadDocument = {"__meta__":{"hash":"sha256:2b8e146fbb3b9052425a64c9f22781318268ec63911356dd7de45356b8124a0a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MediaUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"media_uploads_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"s3_key"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"expires_at"}},{"kind":"Field","name":{"kind":"Name","value":"phenom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MediaUploadQuery, MediaUploadQueryVariables>;
export const RegisterMediaDocument = {"__meta__":{"hash":"sha256:2e9c9b0c760117f1cfeeecd0db7f613729ba4686710e888020735f6e2aaefe0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterMedia"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_media_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_phenom_media_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MediaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MediaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_media"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"file_name"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"captured_at"}},{"kind":"Field","name":{"kind":"Name","value":"uploaded_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]} as unknown as DocumentNode<RegisterMediaMutation, RegisterMediaMutationVariables>;
export const MarkAllNotificationsReadDocument = {"__meta__":{"hash":"sha256:0c16117065b58bfb8d8208fc1b238855915780240fe6fcba7f742ea806038581"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}}]}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const MarkNotificationReadDocument = {"__meta__":{"hash":"sha256:aaaeda661693cfc1485c508e034398ad0a367acf29342924c4957f7490b1d8b0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const NotificationByIdDocument = {"__meta__":{"hash":"sha256:857bfb76d2ea0d0ccc91a17ab2dc7a472b56a4069568c11a4a5b522329ab5da0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"read_at"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<NotificationByIdQuery, NotificationByIdQueryVariables>;
export const NotificationPageDocument = {"__meta__":{"hash":"sha256:f0ac57464997f911a8bae708aaa35cc7e2038e901f3ffa8c908d6101fcf80e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"notifications_bool_exp"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"read_at"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unread"},"name":{"kind":"Name","value":"notifications_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationPageQuery, NotificationPageQueryVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"sha256:8eb21e84167aff49c51bf801e360dcd0e011e5d1b60a8de7d48eedf297ef4a26"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"read_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const PhenomActivityDocument = {"__meta__":{"hash":"sha256:38a58f38c103b7cc1c9e388bcee70d0b837aea9967abe6abe6312a0508814727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"audit_log"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entity"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"StringValue","value":"phenom","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"entity_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor_id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"diff"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<PhenomActivityQuery, PhenomActivityQueryVariables>;
export const PhenomCreateDocument = {"__meta__":{"hash":"sha256:4996fe826bd4feec1d4dcd2e3cf01705c44b1e18bcd011a6626d9af900be058d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhenomCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_phenom_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<PhenomCreateMutation, PhenomCreateMutationVariables>;
export const PhenomDeletedStateDocument = {"__meta__":{"hash":"sha256:fed76cfae232bc96ac36103b83e68faf8a1175e4b5a831263cd8cae08b4f07d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomDeletedState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]}}]} as unknown as DocumentNode<PhenomDeletedStateQuery, PhenomDeletedStateQueryVariables>;
export const PhenomDetailDocument = {"__meta__":{"hash":"sha256:d2888ea35cfc1d8fd3f3ea93edc5505fcba050fe0226e7f555e8839e9b495c02"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"captured_at"},"value":{"kind":"EnumValue","value":"asc_nulls_last"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"s3_key"}},{"kind":"Field","name":{"kind":"Name","value":"file_name"}},{"kind":"Field","name":{"kind":"Name","value":"content_type"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"captured_at"}},{"kind":"Field","name":{"kind":"Name","value":"transcriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"segments"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lat"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lng"}},{"kind":"Field","name":{"kind":"Name","value":"observer_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"object_lat"}},{"kind":"Field","name":{"kind":"Name","value":"object_lng"}},{"kind":"Field","name":{"kind":"Name","value":"object_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"bearing_deg"}},{"kind":"Field","name":{"kind":"Name","value":"elevation_deg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coords_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensor_data"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sensor"}},{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"readings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sensor_data_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"drops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"submitted_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submitted_at"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shoots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"started_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"started_at"}},{"kind":"Field","name":{"kind":"Name","value":"ended_at"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<PhenomDetailQuery, PhenomDetailQueryVariables>;
export const PhenomExportPageDocument = {"__meta__":{"hash":"sha256:3fec723c089611f60c2995463e9ac4ac24015c6e147d390f93ccdddf2d2b4d47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomExportPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order_by"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_order_by"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order_by"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}}]}}]} as unknown as DocumentNode<PhenomExportPageQuery, PhenomExportPageQueryVariables>;
export const PhenomListDocument = {"__meta__":{"hash":"sha256:89199454b53847cc9140005d5de37bf9cd0c42c2099234600967cbad002c640b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countWhere"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order_by"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_order_by"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order_by"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"media_aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phenom_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countWhere"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}}]}}]} as unknown as DocumentNode<PhenomListQuery, PhenomListQueryVariables>;
export const PhenomScreeningStateDocument = {"__meta__":{"hash":"sha256:22bea44b253874e2b2872858dc672925009bb2b81192a4bfe47fcd92f7f97294"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PhenomScreeningState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}}]}}]}}]} as unknown as DocumentNode<PhenomScreeningStateQuery, PhenomScreeningStateQueryVariables>;
export const PhenomSetDeletedDocument = {"__meta__":{"hash":"sha256:7fd24b3472324e8d137418d3b08d6c58538a055dc4ad06bab310542c3db2f21c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhenomSetDeleted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wasLive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deletedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wasLive"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deletedAt"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}}]}}]}}]}}]} as unknown as DocumentNode<PhenomSetDeletedMutation, PhenomSetDeletedMutationVariables>;
export const PhenomUpdateScreeningDocument = {"__meta__":{"hash":"sha256:d8ffb5630fddd2cd558249c7912c8aaa35d9f7b24cf241e73c3d241491f40a8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhenomUpdateScreening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returning"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<PhenomUpdateScreeningMutation, PhenomUpdateScreeningMutationVariables>;
export const PhenomUpdateDocument = {"__meta__":{"hash":"sha256:b53bc0c9ce8fabad6495c55e8c168459d5b4f03e9f57a92af5ea1d86f5d1e30c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PhenomUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PhenomFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PhenomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"shape"}},{"kind":"Field","name":{"kind":"Name","value":"duration_s"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}},{"kind":"Field","name":{"kind":"Name","value":"assignee_id"}},{"kind":"Field","name":{"kind":"Name","value":"created_by"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"updated_at"}},{"kind":"Field","name":{"kind":"Name","value":"deleted_at"}}]}}]} as unknown as DocumentNode<PhenomUpdateMutation, PhenomUpdateMutationVariables>;
export const AcceptScreeningCandidateDocument = {"__meta__":{"hash":"sha256:1e3471fff86c2b02ac0f65024d01c9d083d7bbede588e28f6a1dcd799cb23b25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptScreeningCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_outcome_enum"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"outcome_confidence_enum"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"outcome_confidence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidence"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"outcome_confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"update_screening_candidate_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"candidateId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"accepted_at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accepted_at"}}]}}]}}]} as unknown as DocumentNode<AcceptScreeningCandidateMutation, AcceptScreeningCandidateMutationVariables>;
export const BulkScreeningTargetsDocument = {"__meta__":{"hash":"sha256:4102107530a7791c2e93ed746a2bf2d42009cf3c4104b25396e771f645a43827"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkScreeningTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"timestamptz"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"occurred_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_gte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"latitude"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"deleted_at"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_gt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningTargetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"coords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bearing_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elevation_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lat"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lng"}},{"kind":"Field","name":{"kind":"Name","value":"observer_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"bearing_deg"}},{"kind":"Field","name":{"kind":"Name","value":"elevation_deg"}}]}}]}}]} as unknown as DocumentNode<BulkScreeningTargetsQuery, BulkScreeningTargetsQueryVariables>;
export const InsertScreeningRunDocument = {"__meta__":{"hash":"sha256:6f53c90c7c885c11c6815078f7941d9dec14edecc792ebc645ac2701355b8628"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InsertScreeningRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"run"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"screening_run_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_screening_run_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"run"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"failed_providers"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparableCandidate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparableCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<InsertScreeningRunMutation, InsertScreeningRunMutationVariables>;
export const ScreeningCandidateDocument = {"__meta__":{"hash":"sha256:2d8a01368ebf9af7a53485f1e21856c2effe6e38524b126931cf9effd52b419e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningCandidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screening_candidate_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningCandidateQuery, ScreeningCandidateQueryVariables>;
export const ScreeningRunHistoryDocument = {"__meta__":{"hash":"sha256:ea159fe8df9ae0193ed2de38d8118b4c43953765e7f902aaf20fdf0261e95cf4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRunHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screening_run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"desc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"replay_of"}},{"kind":"Field","name":{"kind":"Name","value":"failed_providers"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]}}]} as unknown as DocumentNode<ScreeningRunHistoryQuery, ScreeningRunHistoryQueryVariables>;
export const ScreeningRunProviderNotesDocument = {"__meta__":{"hash":"sha256:73e999fc9f45711d264203c20151ddf1c297c5805ad24dd9dafec3e185258bcf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRunProviderNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screening_run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provider0"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[0].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note0"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[0].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error0"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[0].error","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"provider1"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[1].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note1"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[1].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error1"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[1].error","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"provider2"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[2].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note2"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[2].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error2"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[2].error","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"provider3"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[3].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note3"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[3].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error3"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[3].error","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"provider4"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[4].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note4"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[4].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error4"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[4].error","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"provider5"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[5].provider","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"note5"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[5].note","block":false}}]},{"kind":"Field","alias":{"kind":"Name","value":"error5"},"name":{"kind":"Name","value":"providers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"path"},"value":{"kind":"StringValue","value":"$[5].error","block":false}}]}]}}]}}]} as unknown as DocumentNode<ScreeningRunProviderNotesQuery, ScreeningRunProviderNotesQueryVariables>;
export const ScreeningRunToReplayDocument = {"__meta__":{"hash":"sha256:88e06943ebc2daa4150c340607d51e0da41e08e8a558667398429420ca38d5ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRunToReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screening_run_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phenom_id"}},{"kind":"Field","name":{"kind":"Name","value":"engine_version"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparableCandidate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparableCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<ScreeningRunToReplayQuery, ScreeningRunToReplayQueryVariables>;
export const ScreeningRunsDocument = {"__meta__":{"hash":"sha256:19543c52d156dada9d4b4a911d5447eae2eaf8b4104456e4e12e5ba044fdef95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"screening_run"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phenom_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phenomId"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_run"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"replay_of"}},{"kind":"Field","name":{"kind":"Name","value":"engine_version"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"sun"}},{"kind":"Field","name":{"kind":"Name","value":"failed_providers"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"az"}},{"kind":"Field","name":{"kind":"Name","value":"el"}},{"kind":"Field","name":{"kind":"Name","value":"range_km"}},{"kind":"Field","name":{"kind":"Name","value":"time_offset_s"}},{"kind":"Field","name":{"kind":"Name","value":"sunlit"}},{"kind":"Field","name":{"kind":"Name","value":"visible"}},{"kind":"Field","name":{"kind":"Name","value":"magnitude"}},{"kind":"Field","name":{"kind":"Name","value":"separation_deg"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"accepted_at"}}]}}]}}]} as unknown as DocumentNode<ScreeningRunsQuery, ScreeningRunsQueryVariables>;
export const ScreeningTargetDocument = {"__meta__":{"hash":"sha256:1ab2bf2c2320d10681149a64f813a935a15a5daedaf04db7b08aa3a345e5e486"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScreeningTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScreeningTargetFields"}},{"kind":"Field","name":{"kind":"Name","value":"screening_runs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"desc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"rank"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparableCandidate"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScreeningTargetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"phenom"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"altitude_m"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"coords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bearing_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"elevation_deg"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_is_null"},"value":{"kind":"BooleanValue","value":false}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"t"},"value":{"kind":"EnumValue","value":"asc"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"t"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lat"}},{"kind":"Field","name":{"kind":"Name","value":"observer_lng"}},{"kind":"Field","name":{"kind":"Name","value":"observer_alt_m"}},{"kind":"Field","name":{"kind":"Name","value":"bearing_deg"}},{"kind":"Field","name":{"kind":"Name","value":"elevation_deg"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparableCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"screening_candidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"object_id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<ScreeningTargetQuery, ScreeningTargetQueryVariables>;
export const ItemShareTargetDocument = {"__meta__":{"hash":"sha256:13895c0082d227d56f9bdc5110293d40cfc6fc7988405d43d6bad44a5938511f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemShareTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"me"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list_items_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"user_id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"me"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"can_edit"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ItemShareTargetQuery, ItemShareTargetQueryVariables>;
export const ItemSharesDocument = {"__meta__":{"hash":"sha256:9cce90fc34b0b46e367bd47ef0e107d3425beb21cd24bcdc9036a8eaf96ece09"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ItemShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list_items_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"shared_by"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ItemSharesQuery, ItemSharesQueryVariables>;
export const ListShareTargetDocument = {"__meta__":{"hash":"sha256:e0d51867c6674f8df47ee405441e24770d3d8d8bca21bcf6a1de558f5164d396"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListShareTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner_id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ListShareTargetQuery, ListShareTargetQueryVariables>;
export const ListSharesDocument = {"__meta__":{"hash":"sha256:329f8bc6c6b3fd22bce4108eaaf6fa15c34ae22c370fd1db27ca1f70917e6b55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lists_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"created_at"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ListSharesQuery, ListSharesQueryVariables>;
export const RevokeItemShareDocument = {"__meta__":{"hash":"sha256:091b8884e9e5d7d8ddf814af6595e0ef1e3c1444818971f35dda555b5bd233f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeItemShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_item_shares_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"item_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<RevokeItemShareMutation, RevokeItemShareMutationVariables>;
export const RevokeListShareDocument = {"__meta__":{"hash":"sha256:af1559f456cc640c22dc67cd14f2065ca33b55f676d4788527b6652b11097467"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeListShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_list_shares_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"list_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<RevokeListShareMutation, RevokeListShareMutationVariables>;
export const ShareItemDocument = {"__meta__":{"hash":"sha256:46c884f53b17b8663239527b5f3f46e6d1d58f3e2db20e01fcb635ad617e8ef6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"item_shares_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_item_shares_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"shared_by"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<ShareItemMutation, ShareItemMutationVariables>;
export const ShareListDocument = {"__meta__":{"hash":"sha256:5e57b60a45c6c7fa7bdd277925a811ed4915997c3ed5275cdd1154b1daf59401"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"list_shares_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_list_shares_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"can_edit"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}}]}}]}}]} as unknown as DocumentNode<ShareListMutation, ShareListMutationVariables>;
export const CreateTeamDocument = {"__meta__":{"hash":"sha256:e17e2436fcae7b58ebf7e0bf8989f373cbbd44f747586a4ddf52f29069317868"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"teams_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_teams_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const DeleteTeamDocument = {"__meta__":{"hash":"sha256:2039a703e1f077fe4fb2b5497d58acb40e4a1082f2eb249beff2a9b9d45c4dc1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_teams_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteTeamMutation, DeleteTeamMutationVariables>;
export const PutTeamMemberDocument = {"__meta__":{"hash":"sha256:af665870220718c7012a3ad4f8e0054adf25c6c3fe77f3ac0d00171bc80fc90a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PutTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"team_members_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_team_members_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"team_members_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"is_lead"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}},{"kind":"Field","name":{"kind":"Name","value":"is_lead"}},{"kind":"Field","name":{"kind":"Name","value":"joined_at"}}]}}]}}]} as unknown as DocumentNode<PutTeamMemberMutation, PutTeamMemberMutationVariables>;
export const RemoveTeamMemberDocument = {"__meta__":{"hash":"sha256:4b3bdc37e01f6738174ac976403538f65c9bceab5ce2b69bd963dccb33cf8040"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveTeamMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delete_team_members_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"team_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"user_id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team_id"}},{"kind":"Field","name":{"kind":"Name","value":"user_id"}}]}}]}}]} as unknown as DocumentNode<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const TeamsDocument = {"__meta__":{"hash":"sha256:ceb3263d2a7c6da64171c5918d1ffaf8609297d5e3c3602edfecae60884ea243"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"asc"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"is_lead"},"value":{"kind":"EnumValue","value":"desc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"joined_at"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"is_lead"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"has_access"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const UpdateTeamDocument = {"__meta__":{"hash":"sha256:423b73aa325a721959f4d8b541a04aefee099d62628f8b5ab0f17fa04208d7ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"uuid"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"teams_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_teams_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const TriageQueueDocument = {"__meta__":{"hash":"sha256:fb20327f9786b411bac8b7ea6b6935c5ff6768de3aad750ae06ab0959620485a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TriageQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"phenom_bool_exp"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phenom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"reported_at"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reported_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at"}},{"kind":"Field","name":{"kind":"Name","value":"occurred_at_precision"}},{"kind":"Field","name":{"kind":"Name","value":"location_name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phenom_aggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countLimit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<TriageQueueQuery, TriageQueueQueryVariables>;
export const MarkUsersWithoutAccessDocument = {"__meta__":{"hash":"sha256:afad1c3359c21dbe5835e61de57543f2738a2d65f9ec563145e045ce1a3beee0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkUsersWithoutAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"has_access"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"has_access"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"affected_rows"}}]}}]}}]} as unknown as DocumentNode<MarkUsersWithoutAccessMutation, MarkUsersWithoutAccessMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:1af05c658df562e0f4fff610e516f509b717a5b51387acbb306b6874941455b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"avatar_key"}},{"kind":"Field","name":{"kind":"Name","value":"has_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"sha256:456a17c431a82f8db1099ba1561e6c48840e0f6d97f12a675f55cad3a264f874"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const SearchStaffDocument = {"__meta__":{"hash":"sha256:d649341dc1dcf79c6c81b3aa16e33867f1fb14970447356ce624f8ea15249b0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"has_access"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"_or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"display_name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_ilike"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}}}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_ilike"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}}}]}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"display_name"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"EnumValue","value":"asc"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"avatar_key"}}]}}]}}]} as unknown as DocumentNode<SearchStaffQuery, SearchStaffQueryVariables>;
export const SetUserAccessDocument = {"__meta__":{"hash":"sha256:470f21bea8829d53e17a58efdfe6c329178fbdeac7d287b7e1f2705c34e389bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"has_access"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hasAccess"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"has_access"}}]}}]}}]} as unknown as DocumentNode<SetUserAccessMutation, SetUserAccessMutationVariables>;
export const StaffUsersDocument = {"__meta__":{"hash":"sha256:a1ce40497fafb31f062d39412c04302234f6067253da621d7ebf1ee5c40d826f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"has_access"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"_eq"},"value":{"kind":"BooleanValue","value":true}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"order_by"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"display_name"},"value":{"kind":"EnumValue","value":"asc"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"EnumValue","value":"asc"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const UpdateMeDocument = {"__meta__":{"hash":"sha256:224a2ff7a5c2031ca6eeb5670fde9149f0d172f3b82325c3a8b6a83ceba34cf1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"set"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"users_set_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"update_users_by_pk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pk_columns"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"_set"},"value":{"kind":"Variable","name":{"kind":"Name","value":"set"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyProfileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyProfileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"users"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"display_name"}},{"kind":"Field","name":{"kind":"Name","value":"avatar_key"}},{"kind":"Field","name":{"kind":"Name","value":"has_access"}},{"kind":"Field","name":{"kind":"Name","value":"created_at"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}}]}}]} as unknown as DocumentNode<UpdateMeMutation, UpdateMeMutationVariables>;
export const UpsertMyProfileDocument = {"__meta__":{"hash":"sha256:250d970177f56c4e070797c754347cf59478bb7f3f6489542c0d4bbbe3d48552"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertMyProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"object"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"users_insert_input"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"insert_users_one"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"object"},"value":{"kind":"Variable","name":{"kind":"Name","value":"object"}}},{"kind":"Argument","name":{"kind":"Name","value":"on_conflict"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"constraint"},"value":{"kind":"EnumValue","value":"users_pkey"}},{"kind":"ObjectField","name":{"kind":"Name","value":"update_columns"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"last_seen_at"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"last_seen_at"}}]}}]}}]} as unknown as DocumentNode<UpsertMyProfileMutation, UpsertMyProfileMutationVariables>;