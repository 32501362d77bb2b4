/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditLog($where: audit_log_bool_exp!, $limit: Int!) {\n  audit_log(where: $where, order_by: {id: desc}, limit: $limit) {\n    id\n    actor_id\n    action\n    entity\n    entity_id\n    diff\n    at\n  }\n  users(order_by: [{display_name: asc}, {email: asc}], limit: 1000) {\n    id\n    display_name\n    email\n  }\n}": typeof types.AuditLogDocument,
    "mutation RecordSessionCutoff($userId: String!, $reason: String!) {\n  insert_session_cutoffs_one(\n    object: {user_id: $userId, reason: $reason}\n    on_conflict: {constraint: session_cutoffs_pkey, update_columns: [reason]}\n  ) {\n    user_id\n    not_before\n  }\n}": typeof types.RecordSessionCutoffDocument,
    "query SessionCutoff($userId: String!) {\n  session_cutoffs_by_pk(user_id: $userId) {\n    not_before\n  }\n}": typeof types.SessionCutoffDocument,
    "fragment AircraftCorrelationFields on aircraft_correlation {\n  id\n  created_at\n  trigger\n  provider\n  status\n  inputs\n  tolerances\n  query\n  fetched_at\n  note\n  error\n  aircraft_count\n  possible_aircraft\n  summary\n  creator {\n    display_name\n    email\n  }\n  matches(order_by: {rank: asc}) {\n    id\n    rank\n    icao24\n    callsign\n    az\n    el\n    ground_distance_km\n    slant_range_km\n    altitude_m\n    latitude\n    longitude\n    time_offset_s\n    separation_deg\n    within_tolerance\n  }\n}": typeof types.AircraftCorrelationFieldsFragmentDoc,
    "query BulkCorrelationCount($since: timestamptz!) {\n  phenom_aggregate(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}}\n  ) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.BulkCorrelationCountDocument,
    "query CorrelatedPhenoms($ids: [uuid!]!) {\n  aircraft_correlation(\n    where: {phenom_id: {_in: $ids}, status: {_neq: \"failed\"}}\n    distinct_on: [phenom_id]\n    order_by: [{phenom_id: asc}]\n  ) {\n    phenom_id\n  }\n}": typeof types.CorrelatedPhenomsDocument,
    "query CorrelationTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n  }\n}": typeof types.CorrelationTargetDocument,
    "mutation InsertAircraftCorrelation($correlation: aircraft_correlation_insert_input!) {\n  insert_aircraft_correlation_one(object: $correlation) {\n    ...AircraftCorrelationFields\n  }\n}": typeof types.InsertAircraftCorrelationDocument,
    "query LatestAircraftCorrelation($phenomId: uuid!) {\n  aircraft_correlation(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: {created_at: desc}\n    limit: 1\n  ) {\n    ...AircraftCorrelationFields\n  }\n}": typeof types.LatestAircraftCorrelationDocument,
    "query DashboardStats($recentLimit: Int!, $queueLimit: Int!) {\n  counts: phenom_counts {\n    dimension\n    value\n    count\n  }\n  recent: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{reported_at: desc}, {id: desc}]\n    limit: $recentLimit\n  ) {\n    ...DashboardPhenom\n  }\n  unscreened: phenom(\n    where: {deleted_at: {_is_null: true}, status: {_eq: new}}\n    order_by: [{reported_at: asc}, {id: asc}]\n    limit: $queueLimit\n  ) {\n    ...DashboardPhenom\n  }\n}\n\nfragment DashboardPhenom on phenom {\n  id\n  title\n  occurred_at\n  reported_at\n  location_name\n  country\n  status\n  outcome\n}": typeof types.DashboardStatsDocument,
    "fragment DropFields on drops {\n  id\n  status\n  payload\n  phenom_id\n  submitted_at\n  updated_at\n  submitter {\n    id\n    display_name\n  }\n}": typeof types.DropFieldsFragmentDoc,
    "query DropList($where: drops_bool_exp!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  drops(\n    where: $where\n    order_by: [{submitted_at: desc}, {id: desc}]\n    limit: $limit\n    offset: $offset\n  ) {\n    ...DropFields\n  }\n  drops_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.DropListDocument,
    "mutation DropPromote($args: promote_drop_args!) {\n  promote_drop(args: $args) {\n    ...PhenomFields\n  }\n}": typeof types.DropPromoteDocument,
    "query DropReviewTarget($dropId: uuid!, $phenomId: uuid!, $withPhenom: Boolean!) {\n  drops_by_pk(id: $dropId) {\n    id\n    status\n  }\n  phenom_by_pk(id: $phenomId) @include(if: $withPhenom) {\n    id\n  }\n}": typeof types.DropReviewTargetDocument,
    "mutation DropReview($id: uuid!, $set: drops_set_input!) {\n  update_drops_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...DropFields\n  }\n}": typeof types.DropReviewDocument,
    "mutation AddListItem($object: list_items_insert_input!) {\n  insert_list_items_one(object: $object) {\n    ...ListItemFields\n  }\n}": typeof types.AddListItemDocument,
    "mutation CreateList($object: lists_insert_input!) {\n  insert_lists_one(object: $object) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}": typeof types.CreateListDocument,
    "mutation DeleteList($id: uuid!) {\n  delete_lists_by_pk(id: $id) {\n    id\n  }\n}": typeof types.DeleteListDocument,
    "query ListAccess($id: uuid!, $me: String!) {\n  lists_by_pk(id: $id) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n  }\n}": typeof types.ListAccessDocument,
    "query ListDetail($id: uuid!) {\n  lists_by_pk(id: $id) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      phenom_id\n      note\n      position\n      added_by\n      created_at\n      shares {\n        user_id\n        can_edit\n      }\n      phenom {\n        id\n        title\n        status\n        occurred_at\n      }\n    }\n  }\n}": typeof types.ListDetailDocument,
    "query ListItemContext($listId: uuid!, $phenomId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items_aggregate {\n      aggregate {\n        count\n        max {\n          position\n        }\n      }\n    }\n  }\n  phenom_by_pk(id: $phenomId) {\n    id\n  }\n}": typeof types.ListItemContextDocument,
    "fragment ListItemFields on list_items {\n  id\n  list_id\n  phenom_id\n  note\n  position\n  added_by\n  created_at\n}": typeof types.ListItemFieldsFragmentDoc,
    "query ListItemOrder($listId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      position\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n}": typeof types.ListItemOrderDocument,
    "query MyLists {\n  lists(order_by: {updated_at: desc}) {\n    id\n    name\n    description\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    items_aggregate {\n      aggregate {\n        count\n      }\n    }\n    shares {\n      user_id\n      can_edit\n    }\n  }\n}": typeof types.MyListsDocument,
    "mutation RemoveListItem($listId: uuid!, $itemId: uuid!) {\n  delete_list_items(where: {id: {_eq: $itemId}, list_id: {_eq: $listId}}) {\n    affected_rows\n  }\n}": typeof types.RemoveListItemDocument,
    "mutation UpdateListItems($updates: [list_items_updates!]!) {\n  update_list_items_many(updates: $updates) {\n    affected_rows\n    returning {\n      ...ListItemFields\n    }\n  }\n}": typeof types.UpdateListItemsDocument,
    "mutation UpdateList($id: uuid!, $set: lists_set_input!) {\n  update_lists_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}": typeof types.UpdateListDocument,
    "query MapClusters($args: phenom_map_clusters_args!) {\n  phenom_map_clusters(args: $args) {\n    x\n    y\n    count\n    latitude\n    longitude\n    phenom_id\n    title\n    status\n    occurred_at\n  }\n}": typeof types.MapClustersDocument,
    "query MapFocus($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    title\n    latitude\n    longitude\n    status\n    occurred_at\n  }\n}": typeof types.MapFocusDocument,
    "query MapTimeRange {\n  first: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: asc}, {id: asc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n  last: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n}": typeof types.MapTimeRangeDocument,
    "mutation CreateMediaUpload($object: media_uploads_insert_input!) {\n  insert_media_uploads_one(object: $object) {\n    id\n    s3_key\n    content_type\n    bytes\n    expires_at\n  }\n}": typeof types.CreateMediaUploadDocument,
    "query MediaById($id: uuid!) {\n  phenom_media_by_pk(id: $id) {\n    ...MediaFields\n    s3_key\n  }\n}": typeof types.MediaByIdDocument,
    "fragment MediaFields on phenom_media {\n  id\n  phenom_id\n  file_name\n  content_type\n  bytes\n  width\n  height\n  duration_s\n  sha256\n  captured_at\n  uploaded_by\n  created_at\n}": typeof types.MediaFieldsFragmentDoc,
    "query MediaUpload($id: uuid!) {\n  media_uploads_by_pk(id: $id) {\n    id\n    phenom_id\n    s3_key\n    content_type\n    bytes\n    expires_at\n    phenom {\n      id\n    }\n  }\n}": typeof types.MediaUploadDocument,
    "mutation RegisterMedia($object: phenom_media_insert_input!) {\n  insert_phenom_media_one(object: $object) {\n    ...MediaFields\n  }\n}": typeof types.RegisterMediaDocument,
    "mutation MarkAllNotificationsRead($at: timestamptz!) {\n  update_notifications(where: {read_at: {_is_null: true}}, _set: {read_at: $at}) {\n    affected_rows\n  }\n}": typeof types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: uuid!, $at: timestamptz!) {\n  update_notifications(\n    where: {id: {_eq: $id}, read_at: {_is_null: true}}\n    _set: {read_at: $at}\n  ) {\n    affected_rows\n  }\n}": typeof types.MarkNotificationReadDocument,
    "query NotificationById($id: uuid!) {\n  notifications_by_pk(id: $id) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n}": typeof types.NotificationByIdDocument,
    "query NotificationPage($limit: Int!, $where: notifications_bool_exp!) {\n  notifications(\n    where: $where\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n  unread: notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.NotificationPageDocument,
    "query UnreadNotificationCount {\n  notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.UnreadNotificationCountDocument,
    "query PhenomActivity($id: String!) {\n  audit_log(\n    where: {entity: {_eq: \"phenom\"}, entity_id: {_eq: $id}}\n    order_by: [{at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    actor_id\n    action\n    diff\n    at\n  }\n}": typeof types.PhenomActivityDocument,
    "mutation PhenomCreate($object: phenom_insert_input!) {\n  insert_phenom_one(object: $object) {\n    ...PhenomFields\n  }\n}": typeof types.PhenomCreateDocument,
    "query PhenomDeletedState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    deleted_at\n  }\n}": typeof types.PhenomDeletedStateDocument,
    "query PhenomDetail($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...PhenomFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    creator {\n      id\n      display_name\n      email\n    }\n    media(order_by: [{captured_at: asc_nulls_last}, {created_at: asc}]) {\n      id\n      s3_key\n      file_name\n      content_type\n      bytes\n      width\n      height\n      duration_s\n      captured_at\n      transcriptions(order_by: {created_at: asc}) {\n        id\n        language\n        text\n        segments\n      }\n    }\n    coords(order_by: {t: asc}, limit: 500) {\n      id\n      t\n      observer_lat\n      observer_lng\n      observer_alt_m\n      object_lat\n      object_lng\n      object_alt_m\n      bearing_deg\n      elevation_deg\n    }\n    coords_aggregate {\n      aggregate {\n        count\n      }\n    }\n    sensor_data(order_by: [{t: asc}, {id: asc}], limit: 500) {\n      id\n      sensor\n      t\n      readings\n    }\n    sensor_data_aggregate {\n      aggregate {\n        count\n      }\n    }\n    drops(order_by: [{submitted_at: desc}, {id: asc}], limit: 100) {\n      id\n      status\n      submitted_at\n      payload\n    }\n    shoots(order_by: {started_at: asc}) {\n      id\n      started_at\n      ended_at\n      device\n      operator\n      notes\n    }\n  }\n}": typeof types.PhenomDetailDocument,
    "query PhenomExportPage($where: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit) {\n    ...PhenomRowFields\n    description\n    assignee {\n      email\n    }\n  }\n}": typeof types.PhenomExportPageDocument,
    "fragment PhenomFields on phenom {\n  id\n  title\n  description\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  altitude_m\n  location_name\n  country\n  shape\n  duration_s\n  source\n  status\n  outcome\n  outcome_confidence\n  assignee_id\n  created_by\n  created_at\n  updated_at\n  deleted_at\n}": typeof types.PhenomFieldsFragmentDoc,
    "query PhenomList($where: phenom_bool_exp!, $countWhere: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit, offset: $offset) {\n    ...PhenomRowFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    media_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n  phenom_aggregate(where: $countWhere, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.PhenomListDocument,
    "fragment PhenomRowFields on phenom {\n  id\n  title\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  location_name\n  country\n  shape\n  source\n  status\n  outcome\n  outcome_confidence\n}": typeof types.PhenomRowFieldsFragmentDoc,
    "query PhenomScreeningState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    status\n    outcome\n    outcome_confidence\n  }\n}": typeof types.PhenomScreeningStateDocument,
    "mutation PhenomSetDeleted($id: uuid!, $wasLive: Boolean!, $deletedAt: timestamptz) {\n  update_phenom(\n    where: {id: {_eq: $id}, deleted_at: {_is_null: $wasLive}}\n    _set: {deleted_at: $deletedAt}\n  ) {\n    returning {\n      id\n      deleted_at\n      updated_at\n    }\n  }\n}": typeof types.PhenomSetDeletedDocument,
    "mutation PhenomUpdateScreening($where: phenom_bool_exp!, $set: phenom_set_input!) {\n  update_phenom(where: $where, _set: $set) {\n    returning {\n      ...PhenomFields\n    }\n  }\n}": typeof types.PhenomUpdateScreeningDocument,
    "mutation PhenomUpdate($id: uuid!, $set: phenom_set_input!) {\n  update_phenom_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...PhenomFields\n  }\n}": typeof types.PhenomUpdateDocument,
    "mutation AcceptScreeningCandidate($phenomId: uuid!, $candidateId: uuid!, $outcome: phenom_outcome_enum!, $confidence: outcome_confidence_enum, $at: timestamptz!) {\n  update_phenom_by_pk(\n    pk_columns: {id: $phenomId}\n    _set: {outcome: $outcome, outcome_confidence: $confidence}\n  ) {\n    id\n    outcome\n    outcome_confidence\n  }\n  update_screening_candidate_by_pk(\n    pk_columns: {id: $candidateId}\n    _set: {accepted_at: $at}\n  ) {\n    id\n    accepted_at\n  }\n}": typeof types.AcceptScreeningCandidateDocument,
    "query BulkScreeningTargets($since: timestamptz!, $after: uuid!, $limit: Int!) {\n  phenom(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}, id: {_gt: $after}}\n    order_by: {id: asc}\n    limit: $limit\n  ) {\n    ...ScreeningTargetFields\n  }\n}": typeof types.BulkScreeningTargetsDocument,
    "fragment ComparableCandidate on screening_candidate {\n  rank\n  kind\n  object_id\n  name\n  verdict\n}": typeof types.ComparableCandidateFragmentDoc,
    "mutation InsertScreeningRun($run: screening_run_insert_input!) {\n  insert_screening_run_one(object: $run) {\n    id\n    created_at\n    failed_providers\n    candidates(order_by: {rank: asc}) {\n      id\n      reasons\n      ...ComparableCandidate\n    }\n  }\n}": typeof types.InsertScreeningRunDocument,
    "query ScreeningCandidate($id: uuid!) {\n  screening_candidate_by_pk(id: $id) {\n    id\n    kind\n    flags\n    verdict\n    name\n    run {\n      phenom_id\n    }\n  }\n}": typeof types.ScreeningCandidateDocument,
    "fragment ScreeningRunFields on screening_run {\n  id\n  created_at\n  trigger\n  replay_of\n  engine_version\n  inputs\n  sun\n  failed_providers\n  creator {\n    display_name\n    email\n  }\n  candidates(order_by: {rank: asc}) {\n    id\n    rank\n    kind\n    object_id\n    name\n    flags\n    az\n    el\n    range_km\n    time_offset_s\n    sunlit\n    visible\n    magnitude\n    separation_deg\n    verdict\n    reasons\n    track\n    accepted_at\n  }\n}": typeof types.ScreeningRunFieldsFragmentDoc,
    "query ScreeningRunHistory($phenomId: uuid!) {\n  screening_run(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    created_at\n    trigger\n    replay_of\n    failed_providers\n    creator {\n      display_name\n      email\n    }\n    candidates(order_by: {rank: asc}, limit: 1) {\n      name\n      verdict\n    }\n  }\n}": typeof types.ScreeningRunHistoryDocument,
    "query ScreeningRunProviderNotes($phenomId: uuid!, $id: uuid!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_eq: $id}}) {\n    provider0: providers(path: \"$[0].provider\")\n    note0: providers(path: \"$[0].note\")\n    error0: providers(path: \"$[0].error\")\n    provider1: providers(path: \"$[1].provider\")\n    note1: providers(path: \"$[1].note\")\n    error1: providers(path: \"$[1].error\")\n    provider2: providers(path: \"$[2].provider\")\n    note2: providers(path: \"$[2].note\")\n    error2: providers(path: \"$[2].error\")\n    provider3: providers(path: \"$[3].provider\")\n    note3: providers(path: \"$[3].note\")\n    error3: providers(path: \"$[3].error\")\n    provider4: providers(path: \"$[4].provider\")\n    note4: providers(path: \"$[4].note\")\n    error4: providers(path: \"$[4].error\")\n    provider5: providers(path: \"$[5].provider\")\n    note5: providers(path: \"$[5].note\")\n    error5: providers(path: \"$[5].error\")\n  }\n}": typeof types.ScreeningRunProviderNotesDocument,
    "query ScreeningRunToReplay($id: uuid!) {\n  screening_run_by_pk(id: $id) {\n    id\n    phenom_id\n    engine_version\n    inputs\n    providers\n    candidates(order_by: {rank: asc}) {\n      ...ComparableCandidate\n    }\n  }\n}": typeof types.ScreeningRunToReplayDocument,
    "query ScreeningRuns($phenomId: uuid!, $ids: [uuid!]!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_in: $ids}}) {\n    ...ScreeningRunFields\n  }\n}": typeof types.ScreeningRunsDocument,
    "fragment ScreeningTargetFields on phenom {\n  id\n  latitude\n  longitude\n  altitude_m\n  occurred_at\n  coords(\n    where: {_or: [{bearing_deg: {_is_null: false}}, {elevation_deg: {_is_null: false}}]}\n    order_by: {t: asc}\n    limit: 1\n  ) {\n    t\n    observer_lat\n    observer_lng\n    observer_alt_m\n    bearing_deg\n    elevation_deg\n  }\n}": typeof types.ScreeningTargetFieldsFragmentDoc,
    "query ScreeningTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n    screening_runs(order_by: {created_at: desc}, limit: 1) {\n      id\n      candidates(order_by: {rank: asc}) {\n        ...ComparableCandidate\n      }\n    }\n  }\n}": typeof types.ScreeningTargetDocument,
    "query ItemShareTarget($itemId: uuid!, $userId: String!, $me: String!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list {\n      id\n      owner_id\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}": typeof types.ItemShareTargetDocument,
    "query ItemShares($itemId: uuid!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list_id\n    shares(order_by: {created_at: asc}) {\n      user_id\n      shared_by\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}": typeof types.ItemSharesDocument,
    "query ListShareTarget($listId: uuid!, $userId: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}": typeof types.ListShareTargetDocument,
    "query ListShares($listId: uuid!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}": typeof types.ListSharesDocument,
    "mutation RevokeItemShare($itemId: uuid!, $userId: String!) {\n  delete_item_shares_by_pk(item_id: $itemId, user_id: $userId) {\n    item_id\n    user_id\n  }\n}": typeof types.RevokeItemShareDocument,
    "mutation RevokeListShare($listId: uuid!, $userId: String!) {\n  delete_list_shares_by_pk(list_id: $listId, user_id: $userId) {\n    list_id\n    user_id\n  }\n}": typeof types.RevokeListShareDocument,
    "mutation ShareItem($object: item_shares_insert_input!) {\n  insert_item_shares_one(object: $object) {\n    item_id\n    user_id\n    shared_by\n    can_edit\n    created_at\n  }\n}": typeof types.ShareItemDocument,
    "mutation ShareList($object: list_shares_insert_input!) {\n  insert_list_shares_one(object: $object) {\n    list_id\n    user_id\n    can_edit\n    created_at\n  }\n}": typeof types.ShareListDocument,
    "mutation CreateTeam($object: teams_insert_input!) {\n  insert_teams_one(object: $object) {\n    id\n    name\n    description\n  }\n}": typeof types.CreateTeamDocument,
    "mutation DeleteTeam($id: uuid!) {\n  delete_teams_by_pk(id: $id) {\n    id\n  }\n}": typeof types.DeleteTeamDocument,
    "mutation PutTeamMember($object: team_members_insert_input!) {\n  insert_team_members_one(\n    object: $object\n    on_conflict: {constraint: team_members_pkey, update_columns: [is_lead]}\n  ) {\n    team_id\n    user_id\n    is_lead\n    joined_at\n  }\n}": typeof types.PutTeamMemberDocument,
    "mutation RemoveTeamMember($teamId: uuid!, $userId: String!) {\n  delete_team_members_by_pk(team_id: $teamId, user_id: $userId) {\n    team_id\n    user_id\n  }\n}": typeof types.RemoveTeamMemberDocument,
    "query Teams {\n  teams(order_by: {name: asc}) {\n    id\n    name\n    description\n    members(order_by: [{is_lead: desc}, {joined_at: asc}]) {\n      is_lead\n      user {\n        id\n        display_name\n        email\n        has_access\n      }\n    }\n  }\n}": typeof types.TeamsDocument,
    "mutation UpdateTeam($id: uuid!, $set: teams_set_input!) {\n  update_teams_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n  }\n}": typeof types.UpdateTeamDocument,
    "query TriageQueue($where: phenom_bool_exp!, $limit: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: [{reported_at: asc}, {id: asc}], limit: $limit) {\n    id\n    title\n    reported_at\n    occurred_at\n    occurred_at_precision\n    location_name\n    country\n    status\n  }\n  phenom_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": typeof types.TriageQueueDocument,
    "mutation MarkUsersWithoutAccess($ids: [String!]!) {\n  update_users(\n    where: {id: {_in: $ids}, has_access: {_eq: true}}\n    _set: {has_access: false}\n  ) {\n    affected_rows\n  }\n}": typeof types.MarkUsersWithoutAccessDocument,
    "query Me($id: String!) {\n  users_by_pk(id: $id) {\n    ...MyProfileFields\n  }\n}": typeof types.MeDocument,
    "fragment MyProfileFields on users {\n  id\n  email\n  display_name\n  avatar_key\n  has_access\n  created_at\n  last_seen_at\n}": typeof types.MyProfileFieldsFragmentDoc,
    "query MyProfile($id: String!) {\n  users_by_pk(id: $id) {\n    id\n    last_seen_at\n  }\n}": typeof types.MyProfileDocument,
    "query SearchStaff($pattern: String!, $limit: Int!) {\n  users(\n    where: {has_access: {_eq: true}, _or: [{display_name: {_ilike: $pattern}}, {email: {_ilike: $pattern}}]}\n    order_by: [{display_name: asc}, {email: asc}, {id: asc}]\n    limit: $limit\n  ) {\n    id\n    display_name\n    email\n    avatar_key\n  }\n}": typeof types.SearchStaffDocument,
    "mutation SetUserAccess($id: String!, $hasAccess: Boolean!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: {has_access: $hasAccess}) {\n    id\n    has_access\n  }\n}": typeof types.SetUserAccessDocument,
    "query StaffUsers {\n  users(\n    where: {has_access: {_eq: true}}\n    order_by: [{display_name: asc}, {email: asc}]\n  ) {\n    id\n    display_name\n    email\n  }\n}": typeof types.StaffUsersDocument,
    "mutation UpdateMe($id: String!, $set: users_set_input!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...MyProfileFields\n  }\n}": typeof types.UpdateMeDocument,
    "mutation UpsertMyProfile($object: users_insert_input!) {\n  insert_users_one(\n    object: $object\n    on_conflict: {constraint: users_pkey, update_columns: [last_seen_at]}\n  ) {\n    id\n    last_seen_at\n  }\n}": typeof types.UpsertMyProfileDocument,
    "fragment UserSummary on users {\n  id\n  display_name\n  email\n}": typeof types.UserSummaryFragmentDoc,
};
const documents: Documents = {
    "query AuditLog($where: audit_log_bool_exp!, $limit: Int!) {\n  audit_log(where: $where, order_by: {id: desc}, limit: $limit) {\n    id\n    actor_id\n    action\n    entity\n    entity_id\n    diff\n    at\n  }\n  users(order_by: [{display_name: asc}, {email: asc}], limit: 1000) {\n    id\n    display_name\n    email\n  }\n}": types.AuditLogDocument,
    "mutation RecordSessionCutoff($userId: String!, $reason: String!) {\n  insert_session_cutoffs_one(\n    object: {user_id: $userId, reason: $reason}\n    on_conflict: {constraint: session_cutoffs_pkey, update_columns: [reason]}\n  ) {\n    user_id\n    not_before\n  }\n}": types.RecordSessionCutoffDocument,
    "query SessionCutoff($userId: String!) {\n  session_cutoffs_by_pk(user_id: $userId) {\n    not_before\n  }\n}": types.SessionCutoffDocument,
    "fragment AircraftCorrelationFields on aircraft_correlation {\n  id\n  created_at\n  trigger\n  provider\n  status\n  inputs\n  tolerances\n  query\n  fetched_at\n  note\n  error\n  aircraft_count\n  possible_aircraft\n  summary\n  creator {\n    display_name\n    email\n  }\n  matches(order_by: {rank: asc}) {\n    id\n    rank\n    icao24\n    callsign\n    az\n    el\n    ground_distance_km\n    slant_range_km\n    altitude_m\n    latitude\n    longitude\n    time_offset_s\n    separation_deg\n    within_tolerance\n  }\n}": types.AircraftCorrelationFieldsFragmentDoc,
    "query BulkCorrelationCount($since: timestamptz!) {\n  phenom_aggregate(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}}\n  ) {\n    aggregate {\n      count\n    }\n  }\n}": types.BulkCorrelationCountDocument,
    "query CorrelatedPhenoms($ids: [uuid!]!) {\n  aircraft_correlation(\n    where: {phenom_id: {_in: $ids}, status: {_neq: \"failed\"}}\n    distinct_on: [phenom_id]\n    order_by: [{phenom_id: asc}]\n  ) {\n    phenom_id\n  }\n}": types.CorrelatedPhenomsDocument,
    "query CorrelationTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n  }\n}": types.CorrelationTargetDocument,
    "mutation InsertAircraftCorrelation($correlation: aircraft_correlation_insert_input!) {\n  insert_aircraft_correlation_one(object: $correlation) {\n    ...AircraftCorrelationFields\n  }\n}": types.InsertAircraftCorrelationDocument,
    "query LatestAircraftCorrelation($phenomId: uuid!) {\n  aircraft_correlation(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: {created_at: desc}\n    limit: 1\n  ) {\n    ...AircraftCorrelationFields\n  }\n}": types.LatestAircraftCorrelationDocument,
    "query DashboardStats($recentLimit: Int!, $queueLimit: Int!) {\n  counts: phenom_counts {\n    dimension\n    value\n    count\n  }\n  recent: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{reported_at: desc}, {id: desc}]\n    limit: $recentLimit\n  ) {\n    ...DashboardPhenom\n  }\n  unscreened: phenom(\n    where: {deleted_at: {_is_null: true}, status: {_eq: new}}\n    order_by: [{reported_at: asc}, {id: asc}]\n    limit: $queueLimit\n  ) {\n    ...DashboardPhenom\n  }\n}\n\nfragment DashboardPhenom on phenom {\n  id\n  title\n  occurred_at\n  reported_at\n  location_name\n  country\n  status\n  outcome\n}": types.DashboardStatsDocument,
    "fragment DropFields on drops {\n  id\n  status\n  payload\n  phenom_id\n  submitted_at\n  updated_at\n  submitter {\n    id\n    display_name\n  }\n}": types.DropFieldsFragmentDoc,
    "query DropList($where: drops_bool_exp!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  drops(\n    where: $where\n    order_by: [{submitted_at: desc}, {id: desc}]\n    limit: $limit\n    offset: $offset\n  ) {\n    ...DropFields\n  }\n  drops_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": types.DropListDocument,
    "mutation DropPromote($args: promote_drop_args!) {\n  promote_drop(args: $args) {\n    ...PhenomFields\n  }\n}": types.DropPromoteDocument,
    "query DropReviewTarget($dropId: uuid!, $phenomId: uuid!, $withPhenom: Boolean!) {\n  drops_by_pk(id: $dropId) {\n    id\n    status\n  }\n  phenom_by_pk(id: $phenomId) @include(if: $withPhenom) {\n    id\n  }\n}": types.DropReviewTargetDocument,
    "mutation DropReview($id: uuid!, $set: drops_set_input!) {\n  update_drops_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...DropFields\n  }\n}": types.DropReviewDocument,
    "mutation AddListItem($object: list_items_insert_input!) {\n  insert_list_items_one(object: $object) {\n    ...ListItemFields\n  }\n}": types.AddListItemDocument,
    "mutation CreateList($object: lists_insert_input!) {\n  insert_lists_one(object: $object) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}": types.CreateListDocument,
    "mutation DeleteList($id: uuid!) {\n  delete_lists_by_pk(id: $id) {\n    id\n  }\n}": types.DeleteListDocument,
    "query ListAccess($id: uuid!, $me: String!) {\n  lists_by_pk(id: $id) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n  }\n}": types.ListAccessDocument,
    "query ListDetail($id: uuid!) {\n  lists_by_pk(id: $id) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      phenom_id\n      note\n      position\n      added_by\n      created_at\n      shares {\n        user_id\n        can_edit\n      }\n      phenom {\n        id\n        title\n        status\n        occurred_at\n      }\n    }\n  }\n}": types.ListDetailDocument,
    "query ListItemContext($listId: uuid!, $phenomId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items_aggregate {\n      aggregate {\n        count\n        max {\n          position\n        }\n      }\n    }\n  }\n  phenom_by_pk(id: $phenomId) {\n    id\n  }\n}": types.ListItemContextDocument,
    "fragment ListItemFields on list_items {\n  id\n  list_id\n  phenom_id\n  note\n  position\n  added_by\n  created_at\n}": types.ListItemFieldsFragmentDoc,
    "query ListItemOrder($listId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      position\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n}": types.ListItemOrderDocument,
    "query MyLists {\n  lists(order_by: {updated_at: desc}) {\n    id\n    name\n    description\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    items_aggregate {\n      aggregate {\n        count\n      }\n    }\n    shares {\n      user_id\n      can_edit\n    }\n  }\n}": types.MyListsDocument,
    "mutation RemoveListItem($listId: uuid!, $itemId: uuid!) {\n  delete_list_items(where: {id: {_eq: $itemId}, list_id: {_eq: $listId}}) {\n    affected_rows\n  }\n}": types.RemoveListItemDocument,
    "mutation UpdateListItems($updates: [list_items_updates!]!) {\n  update_list_items_many(updates: $updates) {\n    affected_rows\n    returning {\n      ...ListItemFields\n    }\n  }\n}": types.UpdateListItemsDocument,
    "mutation UpdateList($id: uuid!, $set: lists_set_input!) {\n  update_lists_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}": types.UpdateListDocument,
    "query MapClusters($args: phenom_map_clusters_args!) {\n  phenom_map_clusters(args: $args) {\n    x\n    y\n    count\n    latitude\n    longitude\n    phenom_id\n    title\n    status\n    occurred_at\n  }\n}": types.MapClustersDocument,
    "query MapFocus($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    title\n    latitude\n    longitude\n    status\n    occurred_at\n  }\n}": types.MapFocusDocument,
    "query MapTimeRange {\n  first: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: asc}, {id: asc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n  last: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n}": types.MapTimeRangeDocument,
    "mutation CreateMediaUpload($object: media_uploads_insert_input!) {\n  insert_media_uploads_one(object: $object) {\n    id\n    s3_key\n    content_type\n    bytes\n    expires_at\n  }\n}": types.CreateMediaUploadDocument,
    "query MediaById($id: uuid!) {\n  phenom_media_by_pk(id: $id) {\n    ...MediaFields\n    s3_key\n  }\n}": types.MediaByIdDocument,
    "fragment MediaFields on phenom_media {\n  id\n  phenom_id\n  file_name\n  content_type\n  bytes\n  width\n  height\n  duration_s\n  sha256\n  captured_at\n  uploaded_by\n  created_at\n}": types.MediaFieldsFragmentDoc,
    "query MediaUpload($id: uuid!) {\n  media_uploads_by_pk(id: $id) {\n    id\n    phenom_id\n    s3_key\n    content_type\n    bytes\n    expires_at\n    phenom {\n      id\n    }\n  }\n}": types.MediaUploadDocument,
    "mutation RegisterMedia($object: phenom_media_insert_input!) {\n  insert_phenom_media_one(object: $object) {\n    ...MediaFields\n  }\n}": types.RegisterMediaDocument,
    "mutation MarkAllNotificationsRead($at: timestamptz!) {\n  update_notifications(where: {read_at: {_is_null: true}}, _set: {read_at: $at}) {\n    affected_rows\n  }\n}": types.MarkAllNotificationsReadDocument,
    "mutation MarkNotificationRead($id: uuid!, $at: timestamptz!) {\n  update_notifications(\n    where: {id: {_eq: $id}, read_at: {_is_null: true}}\n    _set: {read_at: $at}\n  ) {\n    affected_rows\n  }\n}": types.MarkNotificationReadDocument,
    "query NotificationById($id: uuid!) {\n  notifications_by_pk(id: $id) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n}": types.NotificationByIdDocument,
    "query NotificationPage($limit: Int!, $where: notifications_bool_exp!) {\n  notifications(\n    where: $where\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n  unread: notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}": types.NotificationPageDocument,
    "query UnreadNotificationCount {\n  notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}": types.UnreadNotificationCountDocument,
    "query PhenomActivity($id: String!) {\n  audit_log(\n    where: {entity: {_eq: \"phenom\"}, entity_id: {_eq: $id}}\n    order_by: [{at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    actor_id\n    action\n    diff\n    at\n  }\n}": types.PhenomActivityDocument,
    "mutation PhenomCreate($object: phenom_insert_input!) {\n  insert_phenom_one(object: $object) {\n    ...PhenomFields\n  }\n}": types.PhenomCreateDocument,
    "query PhenomDeletedState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    deleted_at\n  }\n}": types.PhenomDeletedStateDocument,
    "query PhenomDetail($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...PhenomFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    creator {\n      id\n      display_name\n      email\n    }\n    media(order_by: [{captured_at: asc_nulls_last}, {created_at: asc}]) {\n      id\n      s3_key\n      file_name\n      content_type\n      bytes\n      width\n      height\n      duration_s\n      captured_at\n      transcriptions(order_by: {created_at: asc}) {\n        id\n        language\n        text\n        segments\n      }\n    }\n    coords(order_by: {t: asc}, limit: 500) {\n      id\n      t\n      observer_lat\n      observer_lng\n      observer_alt_m\n      object_lat\n      object_lng\n      object_alt_m\n      bearing_deg\n      elevation_deg\n    }\n    coords_aggregate {\n      aggregate {\n        count\n      }\n    }\n    sensor_data(order_by: [{t: asc}, {id: asc}], limit: 500) {\n      id\n      sensor\n      t\n      readings\n    }\n    sensor_data_aggregate {\n      aggregate {\n        count\n      }\n    }\n    drops(order_by: [{submitted_at: desc}, {id: asc}], limit: 100) {\n      id\n      status\n      submitted_at\n      payload\n    }\n    shoots(order_by: {started_at: asc}) {\n      id\n      started_at\n      ended_at\n      device\n      operator\n      notes\n    }\n  }\n}": types.PhenomDetailDocument,
    "query PhenomExportPage($where: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit) {\n    ...PhenomRowFields\n    description\n    assignee {\n      email\n    }\n  }\n}": types.PhenomExportPageDocument,
    "fragment PhenomFields on phenom {\n  id\n  title\n  description\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  altitude_m\n  location_name\n  country\n  shape\n  duration_s\n  source\n  status\n  outcome\n  outcome_confidence\n  assignee_id\n  created_by\n  created_at\n  updated_at\n  deleted_at\n}": types.PhenomFieldsFragmentDoc,
    "query PhenomList($where: phenom_bool_exp!, $countWhere: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit, offset: $offset) {\n    ...PhenomRowFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    media_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n  phenom_aggregate(where: $countWhere, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": types.PhenomListDocument,
    "fragment PhenomRowFields on phenom {\n  id\n  title\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  location_name\n  country\n  shape\n  source\n  status\n  outcome\n  outcome_confidence\n}": types.PhenomRowFieldsFragmentDoc,
    "query PhenomScreeningState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    status\n    outcome\n    outcome_confidence\n  }\n}": types.PhenomScreeningStateDocument,
    "mutation PhenomSetDeleted($id: uuid!, $wasLive: Boolean!, $deletedAt: timestamptz) {\n  update_phenom(\n    where: {id: {_eq: $id}, deleted_at: {_is_null: $wasLive}}\n    _set: {deleted_at: $deletedAt}\n  ) {\n    returning {\n      id\n      deleted_at\n      updated_at\n    }\n  }\n}": types.PhenomSetDeletedDocument,
    "mutation PhenomUpdateScreening($where: phenom_bool_exp!, $set: phenom_set_input!) {\n  update_phenom(where: $where, _set: $set) {\n    returning {\n      ...PhenomFields\n    }\n  }\n}": types.PhenomUpdateScreeningDocument,
    "mutation PhenomUpdate($id: uuid!, $set: phenom_set_input!) {\n  update_phenom_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...PhenomFields\n  }\n}": types.PhenomUpdateDocument,
    "mutation AcceptScreeningCandidate($phenomId: uuid!, $candidateId: uuid!, $outcome: phenom_outcome_enum!, $confidence: outcome_confidence_enum, $at: timestamptz!) {\n  update_phenom_by_pk(\n    pk_columns: {id: $phenomId}\n    _set: {outcome: $outcome, outcome_confidence: $confidence}\n  ) {\n    id\n    outcome\n    outcome_confidence\n  }\n  update_screening_candidate_by_pk(\n    pk_columns: {id: $candidateId}\n    _set: {accepted_at: $at}\n  ) {\n    id\n    accepted_at\n  }\n}": types.AcceptScreeningCandidateDocument,
    "query BulkScreeningTargets($since: timestamptz!, $after: uuid!, $limit: Int!) {\n  phenom(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}, id: {_gt: $after}}\n    order_by: {id: asc}\n    limit: $limit\n  ) {\n    ...ScreeningTargetFields\n  }\n}": types.BulkScreeningTargetsDocument,
    "fragment ComparableCandidate on screening_candidate {\n  rank\n  kind\n  object_id\n  name\n  verdict\n}": types.ComparableCandidateFragmentDoc,
    "mutation InsertScreeningRun($run: screening_run_insert_input!) {\n  insert_screening_run_one(object: $run) {\n    id\n    created_at\n    failed_providers\n    candidates(order_by: {rank: asc}) {\n      id\n      reasons\n      ...ComparableCandidate\n    }\n  }\n}": types.InsertScreeningRunDocument,
    "query ScreeningCandidate($id: uuid!) {\n  screening_candidate_by_pk(id: $id) {\n    id\n    kind\n    flags\n    verdict\n    name\n    run {\n      phenom_id\n    }\n  }\n}": types.ScreeningCandidateDocument,
    "fragment ScreeningRunFields on screening_run {\n  id\n  created_at\n  trigger\n  replay_of\n  engine_version\n  inputs\n  sun\n  failed_providers\n  creator {\n    display_name\n    email\n  }\n  candidates(order_by: {rank: asc}) {\n    id\n    rank\n    kind\n    object_id\n    name\n    flags\n    az\n    el\n    range_km\n    time_offset_s\n    sunlit\n    visible\n    magnitude\n    separation_deg\n    verdict\n    reasons\n    track\n    accepted_at\n  }\n}": types.ScreeningRunFieldsFragmentDoc,
    "query ScreeningRunHistory($phenomId: uuid!) {\n  screening_run(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    created_at\n    trigger\n    replay_of\n    failed_providers\n    creator {\n      display_name\n      email\n    }\n    candidates(order_by: {rank: asc}, limit: 1) {\n      name\n      verdict\n    }\n  }\n}": types.ScreeningRunHistoryDocument,
    "query ScreeningRunProviderNotes($phenomId: uuid!, $id: uuid!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_eq: $id}}) {\n    provider0: providers(path: \"$[0].provider\")\n    note0: providers(path: \"$[0].note\")\n    error0: providers(path: \"$[0].error\")\n    provider1: providers(path: \"$[1].provider\")\n    note1: providers(path: \"$[1].note\")\n    error1: providers(path: \"$[1].error\")\n    provider2: providers(path: \"$[2].provider\")\n    note2: providers(path: \"$[2].note\")\n    error2: providers(path: \"$[2].error\")\n    provider3: providers(path: \"$[3].provider\")\n    note3: providers(path: \"$[3].note\")\n    error3: providers(path: \"$[3].error\")\n    provider4: providers(path: \"$[4].provider\")\n    note4: providers(path: \"$[4].note\")\n    error4: providers(path: \"$[4].error\")\n    provider5: providers(path: \"$[5].provider\")\n    note5: providers(path: \"$[5].note\")\n    error5: providers(path: \"$[5].error\")\n  }\n}": types.ScreeningRunProviderNotesDocument,
    "query ScreeningRunToReplay($id: uuid!) {\n  screening_run_by_pk(id: $id) {\n    id\n    phenom_id\n    engine_version\n    inputs\n    providers\n    candidates(order_by: {rank: asc}) {\n      ...ComparableCandidate\n    }\n  }\n}": types.ScreeningRunToReplayDocument,
    "query ScreeningRuns($phenomId: uuid!, $ids: [uuid!]!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_in: $ids}}) {\n    ...ScreeningRunFields\n  }\n}": types.ScreeningRunsDocument,
    "fragment ScreeningTargetFields on phenom {\n  id\n  latitude\n  longitude\n  altitude_m\n  occurred_at\n  coords(\n    where: {_or: [{bearing_deg: {_is_null: false}}, {elevation_deg: {_is_null: false}}]}\n    order_by: {t: asc}\n    limit: 1\n  ) {\n    t\n    observer_lat\n    observer_lng\n    observer_alt_m\n    bearing_deg\n    elevation_deg\n  }\n}": types.ScreeningTargetFieldsFragmentDoc,
    "query ScreeningTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n    screening_runs(order_by: {created_at: desc}, limit: 1) {\n      id\n      candidates(order_by: {rank: asc}) {\n        ...ComparableCandidate\n      }\n    }\n  }\n}": types.ScreeningTargetDocument,
    "query ItemShareTarget($itemId: uuid!, $userId: String!, $me: String!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list {\n      id\n      owner_id\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}": types.ItemShareTargetDocument,
    "query ItemShares($itemId: uuid!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list_id\n    shares(order_by: {created_at: asc}) {\n      user_id\n      shared_by\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}": types.ItemSharesDocument,
    "query ListShareTarget($listId: uuid!, $userId: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}": types.ListShareTargetDocument,
    "query ListShares($listId: uuid!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}": types.ListSharesDocument,
    "mutation RevokeItemShare($itemId: uuid!, $userId: String!) {\n  delete_item_shares_by_pk(item_id: $itemId, user_id: $userId) {\n    item_id\n    user_id\n  }\n}": types.RevokeItemShareDocument,
    "mutation RevokeListShare($listId: uuid!, $userId: String!) {\n  delete_list_shares_by_pk(list_id: $listId, user_id: $userId) {\n    list_id\n    user_id\n  }\n}": types.RevokeListShareDocument,
    "mutation ShareItem($object: item_shares_insert_input!) {\n  insert_item_shares_one(object: $object) {\n    item_id\n    user_id\n    shared_by\n    can_edit\n    created_at\n  }\n}": types.ShareItemDocument,
    "mutation ShareList($object: list_shares_insert_input!) {\n  insert_list_shares_one(object: $object) {\n    list_id\n    user_id\n    can_edit\n    created_at\n  }\n}": types.ShareListDocument,
    "mutation CreateTeam($object: teams_insert_input!) {\n  insert_teams_one(object: $object) {\n    id\n    name\n    description\n  }\n}": types.CreateTeamDocument,
    "mutation DeleteTeam($id: uuid!) {\n  delete_teams_by_pk(id: $id) {\n    id\n  }\n}": types.DeleteTeamDocument,
    "mutation PutTeamMember($object: team_members_insert_input!) {\n  insert_team_members_one(\n    object: $object\n    on_conflict: {constraint: team_members_pkey, update_columns: [is_lead]}\n  ) {\n    team_id\n    user_id\n    is_lead\n    joined_at\n  }\n}": types.PutTeamMemberDocument,
    "mutation RemoveTeamMember($teamId: uuid!, $userId: String!) {\n  delete_team_members_by_pk(team_id: $teamId, user_id: $userId) {\n    team_id\n    user_id\n  }\n}": types.RemoveTeamMemberDocument,
    "query Teams {\n  teams(order_by: {name: asc}) {\n    id\n    name\n    description\n    members(order_by: [{is_lead: desc}, {joined_at: asc}]) {\n      is_lead\n      user {\n        id\n        display_name\n        email\n        has_access\n      }\n    }\n  }\n}": types.TeamsDocument,
    "mutation UpdateTeam($id: uuid!, $set: teams_set_input!) {\n  update_teams_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n  }\n}": types.UpdateTeamDocument,
    "query TriageQueue($where: phenom_bool_exp!, $limit: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: [{reported_at: asc}, {id: asc}], limit: $limit) {\n    id\n    title\n    reported_at\n    occurred_at\n    occurred_at_precision\n    location_name\n    country\n    status\n  }\n  phenom_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}": types.TriageQueueDocument,
    "mutation MarkUsersWithoutAccess($ids: [String!]!) {\n  update_users(\n    where: {id: {_in: $ids}, has_access: {_eq: true}}\n    _set: {has_access: false}\n  ) {\n    affected_rows\n  }\n}": types.MarkUsersWithoutAccessDocument,
    "query Me($id: String!) {\n  users_by_pk(id: $id) {\n    ...MyProfileFields\n  }\n}": types.MeDocument,
    "fragment MyProfileFields on users {\n  id\n  email\n  display_name\n  avatar_key\n  has_access\n  created_at\n  last_seen_at\n}": types.MyProfileFieldsFragmentDoc,
    "query MyProfile($id: String!) {\n  users_by_pk(id: $id) {\n    id\n    last_seen_at\n  }\n}": types.MyProfileDocument,
    "query SearchStaff($pattern: String!, $limit: Int!) {\n  users(\n    where: {has_access: {_eq: true}, _or: [{display_name: {_ilike: $pattern}}, {email: {_ilike: $pattern}}]}\n    order_by: [{display_name: asc}, {email: asc}, {id: asc}]\n    limit: $limit\n  ) {\n    id\n    display_name\n    email\n    avatar_key\n  }\n}": types.SearchStaffDocument,
    "mutation SetUserAccess($id: String!, $hasAccess: Boolean!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: {has_access: $hasAccess}) {\n    id\n    has_access\n  }\n}": types.SetUserAccessDocument,
    "query StaffUsers {\n  users(\n    where: {has_access: {_eq: true}}\n    order_by: [{display_name: asc}, {email: asc}]\n  ) {\n    id\n    display_name\n    email\n  }\n}": types.StaffUsersDocument,
    "mutation UpdateMe($id: String!, $set: users_set_input!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...MyProfileFields\n  }\n}": types.UpdateMeDocument,
    "mutation UpsertMyProfile($object: users_insert_input!) {\n  insert_users_one(\n    object: $object\n    on_conflict: {constraint: users_pkey, update_columns: [last_seen_at]}\n  ) {\n    id\n    last_seen_at\n  }\n}": types.UpsertMyProfileDocument,
    "fragment UserSummary on users {\n  id\n  display_name\n  email\n}": types.UserSummaryFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($where: audit_log_bool_exp!, $limit: Int!) {\n  audit_log(where: $where, order_by: {id: desc}, limit: $limit) {\n    id\n    actor_id\n    action\n    entity\n    entity_id\n    diff\n    at\n  }\n  users(order_by: [{display_name: asc}, {email: asc}], limit: 1000) {\n    id\n    display_name\n    email\n  }\n}"): (typeof documents)["query AuditLog($where: audit_log_bool_exp!, $limit: Int!) {\n  audit_log(where: $where, order_by: {id: desc}, limit: $limit) {\n    id\n    actor_id\n    action\n    entity\n    entity_id\n    diff\n    at\n  }\n  users(order_by: [{display_name: asc}, {email: asc}], limit: 1000) {\n    id\n    display_name\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSessionCutoff($userId: String!, $reason: String!) {\n  insert_session_cutoffs_one(\n    object: {user_id: $userId, reason: $reason}\n    on_conflict: {constraint: session_cutoffs_pkey, update_columns: [reason]}\n  ) {\n    user_id\n    not_before\n  }\n}"): (typeof documents)["mutation RecordSessionCutoff($userId: String!, $reason: String!) {\n  insert_session_cutoffs_one(\n    object: {user_id: $userId, reason: $reason}\n    on_conflict: {constraint: session_cutoffs_pkey, update_columns: [reason]}\n  ) {\n    user_id\n    not_before\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SessionCutoff($userId: String!) {\n  session_cutoffs_by_pk(user_id: $userId) {\n    not_before\n  }\n}"): (typeof documents)["query SessionCutoff($userId: String!) {\n  session_cutoffs_by_pk(user_id: $userId) {\n    not_before\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AircraftCorrelationFields on aircraft_correlation {\n  id\n  created_at\n  trigger\n  provider\n  status\n  inputs\n  tolerances\n  query\n  fetched_at\n  note\n  error\n  aircraft_count\n  possible_aircraft\n  summary\n  creator {\n    display_name\n    email\n  }\n  matches(order_by: {rank: asc}) {\n    id\n    rank\n    icao24\n    callsign\n    az\n    el\n    ground_distance_km\n    slant_range_km\n    altitude_m\n    latitude\n    longitude\n    time_offset_s\n    separation_deg\n    within_tolerance\n  }\n}"): (typeof documents)["fragment AircraftCorrelationFields on aircraft_correlation {\n  id\n  created_at\n  trigger\n  provider\n  status\n  inputs\n  tolerances\n  query\n  fetched_at\n  note\n  error\n  aircraft_count\n  possible_aircraft\n  summary\n  creator {\n    display_name\n    email\n  }\n  matches(order_by: {rank: asc}) {\n    id\n    rank\n    icao24\n    callsign\n    az\n    el\n    ground_distance_km\n    slant_range_km\n    altitude_m\n    latitude\n    longitude\n    time_offset_s\n    separation_deg\n    within_tolerance\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkCorrelationCount($since: timestamptz!) {\n  phenom_aggregate(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}}\n  ) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query BulkCorrelationCount($since: timestamptz!) {\n  phenom_aggregate(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}}\n  ) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrelatedPhenoms($ids: [uuid!]!) {\n  aircraft_correlation(\n    where: {phenom_id: {_in: $ids}, status: {_neq: \"failed\"}}\n    distinct_on: [phenom_id]\n    order_by: [{phenom_id: asc}]\n  ) {\n    phenom_id\n  }\n}"): (typeof documents)["query CorrelatedPhenoms($ids: [uuid!]!) {\n  aircraft_correlation(\n    where: {phenom_id: {_in: $ids}, status: {_neq: \"failed\"}}\n    distinct_on: [phenom_id]\n    order_by: [{phenom_id: asc}]\n  ) {\n    phenom_id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CorrelationTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n  }\n}"): (typeof documents)["query CorrelationTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsertAircraftCorrelation($correlation: aircraft_correlation_insert_input!) {\n  insert_aircraft_correlation_one(object: $correlation) {\n    ...AircraftCorrelationFields\n  }\n}"): (typeof documents)["mutation InsertAircraftCorrelation($correlation: aircraft_correlation_insert_input!) {\n  insert_aircraft_correlation_one(object: $correlation) {\n    ...AircraftCorrelationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LatestAircraftCorrelation($phenomId: uuid!) {\n  aircraft_correlation(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: {created_at: desc}\n    limit: 1\n  ) {\n    ...AircraftCorrelationFields\n  }\n}"): (typeof documents)["query LatestAircraftCorrelation($phenomId: uuid!) {\n  aircraft_correlation(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: {created_at: desc}\n    limit: 1\n  ) {\n    ...AircraftCorrelationFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardStats($recentLimit: Int!, $queueLimit: Int!) {\n  counts: phenom_counts {\n    dimension\n    value\n    count\n  }\n  recent: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{reported_at: desc}, {id: desc}]\n    limit: $recentLimit\n  ) {\n    ...DashboardPhenom\n  }\n  unscreened: phenom(\n    where: {deleted_at: {_is_null: true}, status: {_eq: new}}\n    order_by: [{reported_at: asc}, {id: asc}]\n    limit: $queueLimit\n  ) {\n    ...DashboardPhenom\n  }\n}\n\nfragment DashboardPhenom on phenom {\n  id\n  title\n  occurred_at\n  reported_at\n  location_name\n  country\n  status\n  outcome\n}"): (typeof documents)["query DashboardStats($recentLimit: Int!, $queueLimit: Int!) {\n  counts: phenom_counts {\n    dimension\n    value\n    count\n  }\n  recent: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{reported_at: desc}, {id: desc}]\n    limit: $recentLimit\n  ) {\n    ...DashboardPhenom\n  }\n  unscreened: phenom(\n    where: {deleted_at: {_is_null: true}, status: {_eq: new}}\n    order_by: [{reported_at: asc}, {id: asc}]\n    limit: $queueLimit\n  ) {\n    ...DashboardPhenom\n  }\n}\n\nfragment DashboardPhenom on phenom {\n  id\n  title\n  occurred_at\n  reported_at\n  location_name\n  country\n  status\n  outcome\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DropFields on drops {\n  id\n  status\n  payload\n  phenom_id\n  submitted_at\n  updated_at\n  submitter {\n    id\n    display_name\n  }\n}"): (typeof documents)["fragment DropFields on drops {\n  id\n  status\n  payload\n  phenom_id\n  submitted_at\n  updated_at\n  submitter {\n    id\n    display_name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DropList($where: drops_bool_exp!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  drops(\n    where: $where\n    order_by: [{submitted_at: desc}, {id: desc}]\n    limit: $limit\n    offset: $offset\n  ) {\n    ...DropFields\n  }\n  drops_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query DropList($where: drops_bool_exp!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  drops(\n    where: $where\n    order_by: [{submitted_at: desc}, {id: desc}]\n    limit: $limit\n    offset: $offset\n  ) {\n    ...DropFields\n  }\n  drops_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DropPromote($args: promote_drop_args!) {\n  promote_drop(args: $args) {\n    ...PhenomFields\n  }\n}"): (typeof documents)["mutation DropPromote($args: promote_drop_args!) {\n  promote_drop(args: $args) {\n    ...PhenomFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DropReviewTarget($dropId: uuid!, $phenomId: uuid!, $withPhenom: Boolean!) {\n  drops_by_pk(id: $dropId) {\n    id\n    status\n  }\n  phenom_by_pk(id: $phenomId) @include(if: $withPhenom) {\n    id\n  }\n}"): (typeof documents)["query DropReviewTarget($dropId: uuid!, $phenomId: uuid!, $withPhenom: Boolean!) {\n  drops_by_pk(id: $dropId) {\n    id\n    status\n  }\n  phenom_by_pk(id: $phenomId) @include(if: $withPhenom) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DropReview($id: uuid!, $set: drops_set_input!) {\n  update_drops_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...DropFields\n  }\n}"): (typeof documents)["mutation DropReview($id: uuid!, $set: drops_set_input!) {\n  update_drops_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...DropFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddListItem($object: list_items_insert_input!) {\n  insert_list_items_one(object: $object) {\n    ...ListItemFields\n  }\n}"): (typeof documents)["mutation AddListItem($object: list_items_insert_input!) {\n  insert_list_items_one(object: $object) {\n    ...ListItemFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateList($object: lists_insert_input!) {\n  insert_lists_one(object: $object) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}"): (typeof documents)["mutation CreateList($object: lists_insert_input!) {\n  insert_lists_one(object: $object) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteList($id: uuid!) {\n  delete_lists_by_pk(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteList($id: uuid!) {\n  delete_lists_by_pk(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListAccess($id: uuid!, $me: String!) {\n  lists_by_pk(id: $id) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n  }\n}"): (typeof documents)["query ListAccess($id: uuid!, $me: String!) {\n  lists_by_pk(id: $id) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListDetail($id: uuid!) {\n  lists_by_pk(id: $id) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      phenom_id\n      note\n      position\n      added_by\n      created_at\n      shares {\n        user_id\n        can_edit\n      }\n      phenom {\n        id\n        title\n        status\n        occurred_at\n      }\n    }\n  }\n}"): (typeof documents)["query ListDetail($id: uuid!) {\n  lists_by_pk(id: $id) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      phenom_id\n      note\n      position\n      added_by\n      created_at\n      shares {\n        user_id\n        can_edit\n      }\n      phenom {\n        id\n        title\n        status\n        occurred_at\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListItemContext($listId: uuid!, $phenomId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items_aggregate {\n      aggregate {\n        count\n        max {\n          position\n        }\n      }\n    }\n  }\n  phenom_by_pk(id: $phenomId) {\n    id\n  }\n}"): (typeof documents)["query ListItemContext($listId: uuid!, $phenomId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items_aggregate {\n      aggregate {\n        count\n        max {\n          position\n        }\n      }\n    }\n  }\n  phenom_by_pk(id: $phenomId) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ListItemFields on list_items {\n  id\n  list_id\n  phenom_id\n  note\n  position\n  added_by\n  created_at\n}"): (typeof documents)["fragment ListItemFields on list_items {\n  id\n  list_id\n  phenom_id\n  note\n  position\n  added_by\n  created_at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListItemOrder($listId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      position\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n}"): (typeof documents)["query ListItemOrder($listId: uuid!, $me: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n    shares(where: {user_id: {_eq: $me}}) {\n      can_edit\n    }\n    items(order_by: [{position: asc}, {created_at: asc}, {id: asc}]) {\n      id\n      position\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyLists {\n  lists(order_by: {updated_at: desc}) {\n    id\n    name\n    description\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    items_aggregate {\n      aggregate {\n        count\n      }\n    }\n    shares {\n      user_id\n      can_edit\n    }\n  }\n}"): (typeof documents)["query MyLists {\n  lists(order_by: {updated_at: desc}) {\n    id\n    name\n    description\n    updated_at\n    owner {\n      ...UserSummary\n    }\n    items_aggregate {\n      aggregate {\n        count\n      }\n    }\n    shares {\n      user_id\n      can_edit\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveListItem($listId: uuid!, $itemId: uuid!) {\n  delete_list_items(where: {id: {_eq: $itemId}, list_id: {_eq: $listId}}) {\n    affected_rows\n  }\n}"): (typeof documents)["mutation RemoveListItem($listId: uuid!, $itemId: uuid!) {\n  delete_list_items(where: {id: {_eq: $itemId}, list_id: {_eq: $listId}}) {\n    affected_rows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateListItems($updates: [list_items_updates!]!) {\n  update_list_items_many(updates: $updates) {\n    affected_rows\n    returning {\n      ...ListItemFields\n    }\n  }\n}"): (typeof documents)["mutation UpdateListItems($updates: [list_items_updates!]!) {\n  update_list_items_many(updates: $updates) {\n    affected_rows\n    returning {\n      ...ListItemFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateList($id: uuid!, $set: lists_set_input!) {\n  update_lists_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}"): (typeof documents)["mutation UpdateList($id: uuid!, $set: lists_set_input!) {\n  update_lists_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n    owner_id\n    created_at\n    updated_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MapClusters($args: phenom_map_clusters_args!) {\n  phenom_map_clusters(args: $args) {\n    x\n    y\n    count\n    latitude\n    longitude\n    phenom_id\n    title\n    status\n    occurred_at\n  }\n}"): (typeof documents)["query MapClusters($args: phenom_map_clusters_args!) {\n  phenom_map_clusters(args: $args) {\n    x\n    y\n    count\n    latitude\n    longitude\n    phenom_id\n    title\n    status\n    occurred_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MapFocus($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    title\n    latitude\n    longitude\n    status\n    occurred_at\n  }\n}"): (typeof documents)["query MapFocus($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    title\n    latitude\n    longitude\n    status\n    occurred_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MapTimeRange {\n  first: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: asc}, {id: asc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n  last: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n}"): (typeof documents)["query MapTimeRange {\n  first: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: asc}, {id: asc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n  last: phenom(\n    where: {deleted_at: {_is_null: true}}\n    order_by: [{occurred_at: desc}, {id: desc}]\n    limit: 1\n  ) {\n    occurred_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMediaUpload($object: media_uploads_insert_input!) {\n  insert_media_uploads_one(object: $object) {\n    id\n    s3_key\n    content_type\n    bytes\n    expires_at\n  }\n}"): (typeof documents)["mutation CreateMediaUpload($object: media_uploads_insert_input!) {\n  insert_media_uploads_one(object: $object) {\n    id\n    s3_key\n    content_type\n    bytes\n    expires_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaById($id: uuid!) {\n  phenom_media_by_pk(id: $id) {\n    ...MediaFields\n    s3_key\n  }\n}"): (typeof documents)["query MediaById($id: uuid!) {\n  phenom_media_by_pk(id: $id) {\n    ...MediaFields\n    s3_key\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MediaFields on phenom_media {\n  id\n  phenom_id\n  file_name\n  content_type\n  bytes\n  width\n  height\n  duration_s\n  sha256\n  captured_at\n  uploaded_by\n  created_at\n}"): (typeof documents)["fragment MediaFields on phenom_media {\n  id\n  phenom_id\n  file_name\n  content_type\n  bytes\n  width\n  height\n  duration_s\n  sha256\n  captured_at\n  uploaded_by\n  created_at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MediaUpload($id: uuid!) {\n  media_uploads_by_pk(id: $id) {\n    id\n    phenom_id\n    s3_key\n    content_type\n    bytes\n    expires_at\n    phenom {\n      id\n    }\n  }\n}"): (typeof documents)["query MediaUpload($id: uuid!) {\n  media_uploads_by_pk(id: $id) {\n    id\n    phenom_id\n    s3_key\n    content_type\n    bytes\n    expires_at\n    phenom {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterMedia($object: phenom_media_insert_input!) {\n  insert_phenom_media_one(object: $object) {\n    ...MediaFields\n  }\n}"): (typeof documents)["mutation RegisterMedia($object: phenom_media_insert_input!) {\n  insert_phenom_media_one(object: $object) {\n    ...MediaFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead($at: timestamptz!) {\n  update_notifications(where: {read_at: {_is_null: true}}, _set: {read_at: $at}) {\n    affected_rows\n  }\n}"): (typeof documents)["mutation MarkAllNotificationsRead($at: timestamptz!) {\n  update_notifications(where: {read_at: {_is_null: true}}, _set: {read_at: $at}) {\n    affected_rows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($id: uuid!, $at: timestamptz!) {\n  update_notifications(\n    where: {id: {_eq: $id}, read_at: {_is_null: true}}\n    _set: {read_at: $at}\n  ) {\n    affected_rows\n  }\n}"): (typeof documents)["mutation MarkNotificationRead($id: uuid!, $at: timestamptz!) {\n  update_notifications(\n    where: {id: {_eq: $id}, read_at: {_is_null: true}}\n    _set: {read_at: $at}\n  ) {\n    affected_rows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationById($id: uuid!) {\n  notifications_by_pk(id: $id) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n}"): (typeof documents)["query NotificationById($id: uuid!) {\n  notifications_by_pk(id: $id) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPage($limit: Int!, $where: notifications_bool_exp!) {\n  notifications(\n    where: $where\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n  unread: notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query NotificationPage($limit: Int!, $where: notifications_bool_exp!) {\n  notifications(\n    where: $where\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: $limit\n  ) {\n    id\n    kind\n    payload\n    read_at\n    created_at\n  }\n  unread: notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount {\n  notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query UnreadNotificationCount {\n  notifications_aggregate(where: {read_at: {_is_null: true}}) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomActivity($id: String!) {\n  audit_log(\n    where: {entity: {_eq: \"phenom\"}, entity_id: {_eq: $id}}\n    order_by: [{at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    actor_id\n    action\n    diff\n    at\n  }\n}"): (typeof documents)["query PhenomActivity($id: String!) {\n  audit_log(\n    where: {entity: {_eq: \"phenom\"}, entity_id: {_eq: $id}}\n    order_by: [{at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    actor_id\n    action\n    diff\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhenomCreate($object: phenom_insert_input!) {\n  insert_phenom_one(object: $object) {\n    ...PhenomFields\n  }\n}"): (typeof documents)["mutation PhenomCreate($object: phenom_insert_input!) {\n  insert_phenom_one(object: $object) {\n    ...PhenomFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomDeletedState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    deleted_at\n  }\n}"): (typeof documents)["query PhenomDeletedState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    deleted_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomDetail($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...PhenomFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    creator {\n      id\n      display_name\n      email\n    }\n    media(order_by: [{captured_at: asc_nulls_last}, {created_at: asc}]) {\n      id\n      s3_key\n      file_name\n      content_type\n      bytes\n      width\n      height\n      duration_s\n      captured_at\n      transcriptions(order_by: {created_at: asc}) {\n        id\n        language\n        text\n        segments\n      }\n    }\n    coords(order_by: {t: asc}, limit: 500) {\n      id\n      t\n      observer_lat\n      observer_lng\n      observer_alt_m\n      object_lat\n      object_lng\n      object_alt_m\n      bearing_deg\n      elevation_deg\n    }\n    coords_aggregate {\n      aggregate {\n        count\n      }\n    }\n    sensor_data(order_by: [{t: asc}, {id: asc}], limit: 500) {\n      id\n      sensor\n      t\n      readings\n    }\n    sensor_data_aggregate {\n      aggregate {\n        count\n      }\n    }\n    drops(order_by: [{submitted_at: desc}, {id: asc}], limit: 100) {\n      id\n      status\n      submitted_at\n      payload\n    }\n    shoots(order_by: {started_at: asc}) {\n      id\n      started_at\n      ended_at\n      device\n      operator\n      notes\n    }\n  }\n}"): (typeof documents)["query PhenomDetail($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...PhenomFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    creator {\n      id\n      display_name\n      email\n    }\n    media(order_by: [{captured_at: asc_nulls_last}, {created_at: asc}]) {\n      id\n      s3_key\n      file_name\n      content_type\n      bytes\n      width\n      height\n      duration_s\n      captured_at\n      transcriptions(order_by: {created_at: asc}) {\n        id\n        language\n        text\n        segments\n      }\n    }\n    coords(order_by: {t: asc}, limit: 500) {\n      id\n      t\n      observer_lat\n      observer_lng\n      observer_alt_m\n      object_lat\n      object_lng\n      object_alt_m\n      bearing_deg\n      elevation_deg\n    }\n    coords_aggregate {\n      aggregate {\n        count\n      }\n    }\n    sensor_data(order_by: [{t: asc}, {id: asc}], limit: 500) {\n      id\n      sensor\n      t\n      readings\n    }\n    sensor_data_aggregate {\n      aggregate {\n        count\n      }\n    }\n    drops(order_by: [{submitted_at: desc}, {id: asc}], limit: 100) {\n      id\n      status\n      submitted_at\n      payload\n    }\n    shoots(order_by: {started_at: asc}) {\n      id\n      started_at\n      ended_at\n      device\n      operator\n      notes\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomExportPage($where: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit) {\n    ...PhenomRowFields\n    description\n    assignee {\n      email\n    }\n  }\n}"): (typeof documents)["query PhenomExportPage($where: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit) {\n    ...PhenomRowFields\n    description\n    assignee {\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PhenomFields on phenom {\n  id\n  title\n  description\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  altitude_m\n  location_name\n  country\n  shape\n  duration_s\n  source\n  status\n  outcome\n  outcome_confidence\n  assignee_id\n  created_by\n  created_at\n  updated_at\n  deleted_at\n}"): (typeof documents)["fragment PhenomFields on phenom {\n  id\n  title\n  description\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  altitude_m\n  location_name\n  country\n  shape\n  duration_s\n  source\n  status\n  outcome\n  outcome_confidence\n  assignee_id\n  created_by\n  created_at\n  updated_at\n  deleted_at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomList($where: phenom_bool_exp!, $countWhere: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit, offset: $offset) {\n    ...PhenomRowFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    media_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n  phenom_aggregate(where: $countWhere, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query PhenomList($where: phenom_bool_exp!, $countWhere: phenom_bool_exp!, $order_by: [phenom_order_by!]!, $limit: Int!, $offset: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: $order_by, limit: $limit, offset: $offset) {\n    ...PhenomRowFields\n    assignee {\n      id\n      display_name\n      email\n    }\n    media_aggregate {\n      aggregate {\n        count\n      }\n    }\n  }\n  phenom_aggregate(where: $countWhere, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PhenomRowFields on phenom {\n  id\n  title\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  location_name\n  country\n  shape\n  source\n  status\n  outcome\n  outcome_confidence\n}"): (typeof documents)["fragment PhenomRowFields on phenom {\n  id\n  title\n  occurred_at\n  occurred_at_precision\n  reported_at\n  latitude\n  longitude\n  location_name\n  country\n  shape\n  source\n  status\n  outcome\n  outcome_confidence\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PhenomScreeningState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    status\n    outcome\n    outcome_confidence\n  }\n}"): (typeof documents)["query PhenomScreeningState($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    id\n    status\n    outcome\n    outcome_confidence\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhenomSetDeleted($id: uuid!, $wasLive: Boolean!, $deletedAt: timestamptz) {\n  update_phenom(\n    where: {id: {_eq: $id}, deleted_at: {_is_null: $wasLive}}\n    _set: {deleted_at: $deletedAt}\n  ) {\n    returning {\n      id\n      deleted_at\n      updated_at\n    }\n  }\n}"): (typeof documents)["mutation PhenomSetDeleted($id: uuid!, $wasLive: Boolean!, $deletedAt: timestamptz) {\n  update_phenom(\n    where: {id: {_eq: $id}, deleted_at: {_is_null: $wasLive}}\n    _set: {deleted_at: $deletedAt}\n  ) {\n    returning {\n      id\n      deleted_at\n      updated_at\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhenomUpdateScreening($where: phenom_bool_exp!, $set: phenom_set_input!) {\n  update_phenom(where: $where, _set: $set) {\n    returning {\n      ...PhenomFields\n    }\n  }\n}"): (typeof documents)["mutation PhenomUpdateScreening($where: phenom_bool_exp!, $set: phenom_set_input!) {\n  update_phenom(where: $where, _set: $set) {\n    returning {\n      ...PhenomFields\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PhenomUpdate($id: uuid!, $set: phenom_set_input!) {\n  update_phenom_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...PhenomFields\n  }\n}"): (typeof documents)["mutation PhenomUpdate($id: uuid!, $set: phenom_set_input!) {\n  update_phenom_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...PhenomFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptScreeningCandidate($phenomId: uuid!, $candidateId: uuid!, $outcome: phenom_outcome_enum!, $confidence: outcome_confidence_enum, $at: timestamptz!) {\n  update_phenom_by_pk(\n    pk_columns: {id: $phenomId}\n    _set: {outcome: $outcome, outcome_confidence: $confidence}\n  ) {\n    id\n    outcome\n    outcome_confidence\n  }\n  update_screening_candidate_by_pk(\n    pk_columns: {id: $candidateId}\n    _set: {accepted_at: $at}\n  ) {\n    id\n    accepted_at\n  }\n}"): (typeof documents)["mutation AcceptScreeningCandidate($phenomId: uuid!, $candidateId: uuid!, $outcome: phenom_outcome_enum!, $confidence: outcome_confidence_enum, $at: timestamptz!) {\n  update_phenom_by_pk(\n    pk_columns: {id: $phenomId}\n    _set: {outcome: $outcome, outcome_confidence: $confidence}\n  ) {\n    id\n    outcome\n    outcome_confidence\n  }\n  update_screening_candidate_by_pk(\n    pk_columns: {id: $candidateId}\n    _set: {accepted_at: $at}\n  ) {\n    id\n    accepted_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkScreeningTargets($since: timestamptz!, $after: uuid!, $limit: Int!) {\n  phenom(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}, id: {_gt: $after}}\n    order_by: {id: asc}\n    limit: $limit\n  ) {\n    ...ScreeningTargetFields\n  }\n}"): (typeof documents)["query BulkScreeningTargets($since: timestamptz!, $after: uuid!, $limit: Int!) {\n  phenom(\n    where: {occurred_at: {_gte: $since}, latitude: {_is_null: false}, deleted_at: {_is_null: true}, id: {_gt: $after}}\n    order_by: {id: asc}\n    limit: $limit\n  ) {\n    ...ScreeningTargetFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComparableCandidate on screening_candidate {\n  rank\n  kind\n  object_id\n  name\n  verdict\n}"): (typeof documents)["fragment ComparableCandidate on screening_candidate {\n  rank\n  kind\n  object_id\n  name\n  verdict\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InsertScreeningRun($run: screening_run_insert_input!) {\n  insert_screening_run_one(object: $run) {\n    id\n    created_at\n    failed_providers\n    candidates(order_by: {rank: asc}) {\n      id\n      reasons\n      ...ComparableCandidate\n    }\n  }\n}"): (typeof documents)["mutation InsertScreeningRun($run: screening_run_insert_input!) {\n  insert_screening_run_one(object: $run) {\n    id\n    created_at\n    failed_providers\n    candidates(order_by: {rank: asc}) {\n      id\n      reasons\n      ...ComparableCandidate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningCandidate($id: uuid!) {\n  screening_candidate_by_pk(id: $id) {\n    id\n    kind\n    flags\n    verdict\n    name\n    run {\n      phenom_id\n    }\n  }\n}"): (typeof documents)["query ScreeningCandidate($id: uuid!) {\n  screening_candidate_by_pk(id: $id) {\n    id\n    kind\n    flags\n    verdict\n    name\n    run {\n      phenom_id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScreeningRunFields on screening_run {\n  id\n  created_at\n  trigger\n  replay_of\n  engine_version\n  inputs\n  sun\n  failed_providers\n  creator {\n    display_name\n    email\n  }\n  candidates(order_by: {rank: asc}) {\n    id\n    rank\n    kind\n    object_id\n    name\n    flags\n    az\n    el\n    range_km\n    time_offset_s\n    sunlit\n    visible\n    magnitude\n    separation_deg\n    verdict\n    reasons\n    track\n    accepted_at\n  }\n}"): (typeof documents)["fragment ScreeningRunFields on screening_run {\n  id\n  created_at\n  trigger\n  replay_of\n  engine_version\n  inputs\n  sun\n  failed_providers\n  creator {\n    display_name\n    email\n  }\n  candidates(order_by: {rank: asc}) {\n    id\n    rank\n    kind\n    object_id\n    name\n    flags\n    az\n    el\n    range_km\n    time_offset_s\n    sunlit\n    visible\n    magnitude\n    separation_deg\n    verdict\n    reasons\n    track\n    accepted_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningRunHistory($phenomId: uuid!) {\n  screening_run(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    created_at\n    trigger\n    replay_of\n    failed_providers\n    creator {\n      display_name\n      email\n    }\n    candidates(order_by: {rank: asc}, limit: 1) {\n      name\n      verdict\n    }\n  }\n}"): (typeof documents)["query ScreeningRunHistory($phenomId: uuid!) {\n  screening_run(\n    where: {phenom_id: {_eq: $phenomId}}\n    order_by: [{created_at: desc}, {id: desc}]\n    limit: 20\n  ) {\n    id\n    created_at\n    trigger\n    replay_of\n    failed_providers\n    creator {\n      display_name\n      email\n    }\n    candidates(order_by: {rank: asc}, limit: 1) {\n      name\n      verdict\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningRunProviderNotes($phenomId: uuid!, $id: uuid!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_eq: $id}}) {\n    provider0: providers(path: \"$[0].provider\")\n    note0: providers(path: \"$[0].note\")\n    error0: providers(path: \"$[0].error\")\n    provider1: providers(path: \"$[1].provider\")\n    note1: providers(path: \"$[1].note\")\n    error1: providers(path: \"$[1].error\")\n    provider2: providers(path: \"$[2].provider\")\n    note2: providers(path: \"$[2].note\")\n    error2: providers(path: \"$[2].error\")\n    provider3: providers(path: \"$[3].provider\")\n    note3: providers(path: \"$[3].note\")\n    error3: providers(path: \"$[3].error\")\n    provider4: providers(path: \"$[4].provider\")\n    note4: providers(path: \"$[4].note\")\n    error4: providers(path: \"$[4].error\")\n    provider5: providers(path: \"$[5].provider\")\n    note5: providers(path: \"$[5].note\")\n    error5: providers(path: \"$[5].error\")\n  }\n}"): (typeof documents)["query ScreeningRunProviderNotes($phenomId: uuid!, $id: uuid!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_eq: $id}}) {\n    provider0: providers(path: \"$[0].provider\")\n    note0: providers(path: \"$[0].note\")\n    error0: providers(path: \"$[0].error\")\n    provider1: providers(path: \"$[1].provider\")\n    note1: providers(path: \"$[1].note\")\n    error1: providers(path: \"$[1].error\")\n    provider2: providers(path: \"$[2].provider\")\n    note2: providers(path: \"$[2].note\")\n    error2: providers(path: \"$[2].error\")\n    provider3: providers(path: \"$[3].provider\")\n    note3: providers(path: \"$[3].note\")\n    error3: providers(path: \"$[3].error\")\n    provider4: providers(path: \"$[4].provider\")\n    note4: providers(path: \"$[4].note\")\n    error4: providers(path: \"$[4].error\")\n    provider5: providers(path: \"$[5].provider\")\n    note5: providers(path: \"$[5].note\")\n    error5: providers(path: \"$[5].error\")\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningRunToReplay($id: uuid!) {\n  screening_run_by_pk(id: $id) {\n    id\n    phenom_id\n    engine_version\n    inputs\n    providers\n    candidates(order_by: {rank: asc}) {\n      ...ComparableCandidate\n    }\n  }\n}"): (typeof documents)["query ScreeningRunToReplay($id: uuid!) {\n  screening_run_by_pk(id: $id) {\n    id\n    phenom_id\n    engine_version\n    inputs\n    providers\n    candidates(order_by: {rank: asc}) {\n      ...ComparableCandidate\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningRuns($phenomId: uuid!, $ids: [uuid!]!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_in: $ids}}) {\n    ...ScreeningRunFields\n  }\n}"): (typeof documents)["query ScreeningRuns($phenomId: uuid!, $ids: [uuid!]!) {\n  screening_run(where: {phenom_id: {_eq: $phenomId}, id: {_in: $ids}}) {\n    ...ScreeningRunFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ScreeningTargetFields on phenom {\n  id\n  latitude\n  longitude\n  altitude_m\n  occurred_at\n  coords(\n    where: {_or: [{bearing_deg: {_is_null: false}}, {elevation_deg: {_is_null: false}}]}\n    order_by: {t: asc}\n    limit: 1\n  ) {\n    t\n    observer_lat\n    observer_lng\n    observer_alt_m\n    bearing_deg\n    elevation_deg\n  }\n}"): (typeof documents)["fragment ScreeningTargetFields on phenom {\n  id\n  latitude\n  longitude\n  altitude_m\n  occurred_at\n  coords(\n    where: {_or: [{bearing_deg: {_is_null: false}}, {elevation_deg: {_is_null: false}}]}\n    order_by: {t: asc}\n    limit: 1\n  ) {\n    t\n    observer_lat\n    observer_lng\n    observer_alt_m\n    bearing_deg\n    elevation_deg\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScreeningTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n    screening_runs(order_by: {created_at: desc}, limit: 1) {\n      id\n      candidates(order_by: {rank: asc}) {\n        ...ComparableCandidate\n      }\n    }\n  }\n}"): (typeof documents)["query ScreeningTarget($id: uuid!) {\n  phenom_by_pk(id: $id) {\n    ...ScreeningTargetFields\n    screening_runs(order_by: {created_at: desc}, limit: 1) {\n      id\n      candidates(order_by: {rank: asc}) {\n        ...ComparableCandidate\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemShareTarget($itemId: uuid!, $userId: String!, $me: String!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list {\n      id\n      owner_id\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}"): (typeof documents)["query ItemShareTarget($itemId: uuid!, $userId: String!, $me: String!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list {\n      id\n      owner_id\n      shares(where: {user_id: {_eq: $me}}) {\n        can_edit\n      }\n    }\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ItemShares($itemId: uuid!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list_id\n    shares(order_by: {created_at: asc}) {\n      user_id\n      shared_by\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}"): (typeof documents)["query ItemShares($itemId: uuid!) {\n  list_items_by_pk(id: $itemId) {\n    id\n    list_id\n    shares(order_by: {created_at: asc}) {\n      user_id\n      shared_by\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListShareTarget($listId: uuid!, $userId: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}"): (typeof documents)["query ListShareTarget($listId: uuid!, $userId: String!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner_id\n  }\n  users_by_pk(id: $userId) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListShares($listId: uuid!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}"): (typeof documents)["query ListShares($listId: uuid!) {\n  lists_by_pk(id: $listId) {\n    id\n    owner {\n      ...UserSummary\n    }\n    shares(order_by: {created_at: asc}) {\n      user_id\n      can_edit\n      created_at\n      user {\n        ...UserSummary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeItemShare($itemId: uuid!, $userId: String!) {\n  delete_item_shares_by_pk(item_id: $itemId, user_id: $userId) {\n    item_id\n    user_id\n  }\n}"): (typeof documents)["mutation RevokeItemShare($itemId: uuid!, $userId: String!) {\n  delete_item_shares_by_pk(item_id: $itemId, user_id: $userId) {\n    item_id\n    user_id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeListShare($listId: uuid!, $userId: String!) {\n  delete_list_shares_by_pk(list_id: $listId, user_id: $userId) {\n    list_id\n    user_id\n  }\n}"): (typeof documents)["mutation RevokeListShare($listId: uuid!, $userId: String!) {\n  delete_list_shares_by_pk(list_id: $listId, user_id: $userId) {\n    list_id\n    user_id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShareItem($object: item_shares_insert_input!) {\n  insert_item_shares_one(object: $object) {\n    item_id\n    user_id\n    shared_by\n    can_edit\n    created_at\n  }\n}"): (typeof documents)["mutation ShareItem($object: item_shares_insert_input!) {\n  insert_item_shares_one(object: $object) {\n    item_id\n    user_id\n    shared_by\n    can_edit\n    created_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShareList($object: list_shares_insert_input!) {\n  insert_list_shares_one(object: $object) {\n    list_id\n    user_id\n    can_edit\n    created_at\n  }\n}"): (typeof documents)["mutation ShareList($object: list_shares_insert_input!) {\n  insert_list_shares_one(object: $object) {\n    list_id\n    user_id\n    can_edit\n    created_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTeam($object: teams_insert_input!) {\n  insert_teams_one(object: $object) {\n    id\n    name\n    description\n  }\n}"): (typeof documents)["mutation CreateTeam($object: teams_insert_input!) {\n  insert_teams_one(object: $object) {\n    id\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteTeam($id: uuid!) {\n  delete_teams_by_pk(id: $id) {\n    id\n  }\n}"): (typeof documents)["mutation DeleteTeam($id: uuid!) {\n  delete_teams_by_pk(id: $id) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PutTeamMember($object: team_members_insert_input!) {\n  insert_team_members_one(\n    object: $object\n    on_conflict: {constraint: team_members_pkey, update_columns: [is_lead]}\n  ) {\n    team_id\n    user_id\n    is_lead\n    joined_at\n  }\n}"): (typeof documents)["mutation PutTeamMember($object: team_members_insert_input!) {\n  insert_team_members_one(\n    object: $object\n    on_conflict: {constraint: team_members_pkey, update_columns: [is_lead]}\n  ) {\n    team_id\n    user_id\n    is_lead\n    joined_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveTeamMember($teamId: uuid!, $userId: String!) {\n  delete_team_members_by_pk(team_id: $teamId, user_id: $userId) {\n    team_id\n    user_id\n  }\n}"): (typeof documents)["mutation RemoveTeamMember($teamId: uuid!, $userId: String!) {\n  delete_team_members_by_pk(team_id: $teamId, user_id: $userId) {\n    team_id\n    user_id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teams {\n  teams(order_by: {name: asc}) {\n    id\n    name\n    description\n    members(order_by: [{is_lead: desc}, {joined_at: asc}]) {\n      is_lead\n      user {\n        id\n        display_name\n        email\n        has_access\n      }\n    }\n  }\n}"): (typeof documents)["query Teams {\n  teams(order_by: {name: asc}) {\n    id\n    name\n    description\n    members(order_by: [{is_lead: desc}, {joined_at: asc}]) {\n      is_lead\n      user {\n        id\n        display_name\n        email\n        has_access\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeam($id: uuid!, $set: teams_set_input!) {\n  update_teams_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n  }\n}"): (typeof documents)["mutation UpdateTeam($id: uuid!, $set: teams_set_input!) {\n  update_teams_by_pk(pk_columns: {id: $id}, _set: $set) {\n    id\n    name\n    description\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TriageQueue($where: phenom_bool_exp!, $limit: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: [{reported_at: asc}, {id: asc}], limit: $limit) {\n    id\n    title\n    reported_at\n    occurred_at\n    occurred_at_precision\n    location_name\n    country\n    status\n  }\n  phenom_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"): (typeof documents)["query TriageQueue($where: phenom_bool_exp!, $limit: Int!, $countLimit: Int!) {\n  phenom(where: $where, order_by: [{reported_at: asc}, {id: asc}], limit: $limit) {\n    id\n    title\n    reported_at\n    occurred_at\n    occurred_at_precision\n    location_name\n    country\n    status\n  }\n  phenom_aggregate(where: $where, limit: $countLimit) {\n    aggregate {\n      count\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkUsersWithoutAccess($ids: [String!]!) {\n  update_users(\n    where: {id: {_in: $ids}, has_access: {_eq: true}}\n    _set: {has_access: false}\n  ) {\n    affected_rows\n  }\n}"): (typeof documents)["mutation MarkUsersWithoutAccess($ids: [String!]!) {\n  update_users(\n    where: {id: {_in: $ids}, has_access: {_eq: true}}\n    _set: {has_access: false}\n  ) {\n    affected_rows\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me($id: String!) {\n  users_by_pk(id: $id) {\n    ...MyProfileFields\n  }\n}"): (typeof documents)["query Me($id: String!) {\n  users_by_pk(id: $id) {\n    ...MyProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MyProfileFields on users {\n  id\n  email\n  display_name\n  avatar_key\n  has_access\n  created_at\n  last_seen_at\n}"): (typeof documents)["fragment MyProfileFields on users {\n  id\n  email\n  display_name\n  avatar_key\n  has_access\n  created_at\n  last_seen_at\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfile($id: String!) {\n  users_by_pk(id: $id) {\n    id\n    last_seen_at\n  }\n}"): (typeof documents)["query MyProfile($id: String!) {\n  users_by_pk(id: $id) {\n    id\n    last_seen_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchStaff($pattern: String!, $limit: Int!) {\n  users(\n    where: {has_access: {_eq: true}, _or: [{display_name: {_ilike: $pattern}}, {email: {_ilike: $pattern}}]}\n    order_by: [{display_name: asc}, {email: asc}, {id: asc}]\n    limit: $limit\n  ) {\n    id\n    display_name\n    email\n    avatar_key\n  }\n}"): (typeof documents)["query SearchStaff($pattern: String!, $limit: Int!) {\n  users(\n    where: {has_access: {_eq: true}, _or: [{display_name: {_ilike: $pattern}}, {email: {_ilike: $pattern}}]}\n    order_by: [{display_name: asc}, {email: asc}, {id: asc}]\n    limit: $limit\n  ) {\n    id\n    display_name\n    email\n    avatar_key\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserAccess($id: String!, $hasAccess: Boolean!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: {has_access: $hasAccess}) {\n    id\n    has_access\n  }\n}"): (typeof documents)["mutation SetUserAccess($id: String!, $hasAccess: Boolean!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: {has_access: $hasAccess}) {\n    id\n    has_access\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffUsers {\n  users(\n    where: {has_access: {_eq: true}}\n    order_by: [{display_name: asc}, {email: asc}]\n  ) {\n    id\n    display_name\n    email\n  }\n}"): (typeof documents)["query StaffUsers {\n  users(\n    where: {has_access: {_eq: true}}\n    order_by: [{display_name: asc}, {email: asc}]\n  ) {\n    id\n    display_name\n    email\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMe($id: String!, $set: users_set_input!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...MyProfileFields\n  }\n}"): (typeof documents)["mutation UpdateMe($id: String!, $set: users_set_input!) {\n  update_users_by_pk(pk_columns: {id: $id}, _set: $set) {\n    ...MyProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertMyProfile($object: users_insert_input!) {\n  insert_users_one(\n    object: $object\n    on_conflict: {constraint: users_pkey, update_columns: [last_seen_at]}\n  ) {\n    id\n    last_seen_at\n  }\n}"): (typeof documents)["mutation UpsertMyProfile($object: users_insert_input!) {\n  insert_users_one(\n    object: $object\n    on_conflict: {constraint: users_pkey, update_columns: [last_seen_at]}\n  ) {\n    id\n    last_seen_at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UserSummary on users {\n  id\n  display_name\n  email\n}"): (typeof documents)["fragment UserSummary on users {\n  id\n  display_name\n  email\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;