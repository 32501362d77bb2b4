// The columns the seed writes, per table, in insertion order (parents before children). Row types are derived
// from these lists, so a generator that forgets or misspells a column does not compile.
export const SEED_TABLES = {
  users: ['id', 'email', 'display_name', 'avatar_key', 'has_access', 'created_at', 'last_seen_at'],
  teams: ['id', 'name', 'description', 'created_at', 'updated_at'],
  team_members: ['team_id', 'user_id', 'is_lead', 'joined_at'],
  phenom: [
    'id', 'title', 'description', 'occurred_at', 'occurred_at_precision', 'reported_at', 'latitude', 'longitude', 'altitude_m',
    'location_name', 'country', 'shape', 'duration_s', 'source', 'status', 'outcome', 'outcome_confidence', 'assignee_id',
    'created_by', 'created_at', 'updated_at', 'deleted_at',
  ],
  phenom_media: ['id', 'phenom_id', 's3_key', 'file_name', 'content_type', 'bytes', 'width', 'height', 'duration_s', 'sha256', 'captured_at', 'uploaded_by', 'created_at'],
  phenom_coords: ['id', 'phenom_id', 't', 'observer_lat', 'observer_lng', 'observer_alt_m', 'object_lat', 'object_lng', 'object_alt_m', 'bearing_deg', 'elevation_deg'],
  phenom_sensor_data: ['id', 'phenom_id', 'sensor', 't', 'readings'],
  phenom_shoots: ['id', 'phenom_id', 'started_at', 'ended_at', 'device', 'operator', 'notes', 'created_at'],
  transcriptions: ['id', 'media_id', 'language', 'text', 'segments', 'created_at'],
  drops: ['id', 'submitter_id', 'payload', 'status', 'phenom_id', 'submitted_at', 'updated_at'],
  lists: ['id', 'owner_id', 'name', 'description', 'created_at', 'updated_at'],
  list_items: ['id', 'list_id', 'phenom_id', 'added_by', 'note', 'position', 'created_at'],
  list_shares: ['list_id', 'user_id', 'can_edit', 'created_at'],
  item_shares: ['item_id', 'user_id', 'shared_by', 'created_at'],
  notifications: ['id', 'user_id', 'kind', 'payload', 'read_at', 'created_at'],
} as const;

export type SeedTable = keyof typeof SEED_TABLES;
/** jsonb columns take plain objects and arrays. */
export type CellValue = string | number | boolean | Date | null | Record<string, unknown> | unknown[];
export type Row<T extends SeedTable> = { [C in (typeof SEED_TABLES)[T][number]]: CellValue };
export type Rows = { [T in SeedTable]: Row<T>[] };

export function emptyRows(): Rows {
  return Object.fromEntries(Object.keys(SEED_TABLES).map((t) => [t, []])) as unknown as Rows;
}
