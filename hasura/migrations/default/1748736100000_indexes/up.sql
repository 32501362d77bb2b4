-- Indexes for what the dashboard filters and sorts on, plus every foreign-key column (PostgreSQL does not index
-- those by itself, and cascades and relationship lookups need them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Partial on deleted_at: staff never see soft-deleted rows, so the live rows are what every list query scans.
CREATE INDEX phenom_occurred_at_idx ON public.phenom (occurred_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX phenom_status_occurred_at_idx ON public.phenom (status, occurred_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX phenom_outcome_idx ON public.phenom (outcome) WHERE deleted_at IS NULL;
CREATE INDEX phenom_assignee_id_idx ON public.phenom (assignee_id);
CREATE INDEX phenom_created_by_idx ON public.phenom (created_by);
CREATE INDEX phenom_lat_lng_idx ON public.phenom (latitude, longitude) WHERE deleted_at IS NULL;
CREATE INDEX phenom_country_idx ON public.phenom (country);
CREATE INDEX phenom_title_trgm_idx ON public.phenom USING gin (title gin_trgm_ops);
CREATE INDEX phenom_description_trgm_idx ON public.phenom USING gin (description gin_trgm_ops);

CREATE INDEX team_members_user_id_idx ON public.team_members (user_id);
CREATE INDEX phenom_media_phenom_id_idx ON public.phenom_media (phenom_id);
CREATE INDEX phenom_media_uploaded_by_idx ON public.phenom_media (uploaded_by);
CREATE INDEX phenom_coords_phenom_id_t_idx ON public.phenom_coords (phenom_id, t);
CREATE INDEX phenom_sensor_data_phenom_id_t_idx ON public.phenom_sensor_data (phenom_id, t);
CREATE INDEX phenom_shoots_phenom_id_idx ON public.phenom_shoots (phenom_id);
CREATE INDEX transcriptions_media_id_idx ON public.transcriptions (media_id);
CREATE INDEX drops_submitter_id_idx ON public.drops (submitter_id);
CREATE INDEX drops_phenom_id_idx ON public.drops (phenom_id);
CREATE INDEX drops_status_submitted_at_idx ON public.drops (status, submitted_at DESC);
CREATE INDEX lists_owner_id_idx ON public.lists (owner_id);
CREATE INDEX list_items_phenom_id_idx ON public.list_items (phenom_id);
CREATE INDEX list_items_added_by_idx ON public.list_items (added_by);
CREATE INDEX list_shares_user_id_idx ON public.list_shares (user_id);
CREATE INDEX item_shares_user_id_idx ON public.item_shares (user_id);
CREATE INDEX item_shares_shared_by_idx ON public.item_shares (shared_by);
CREATE INDEX notifications_user_id_created_at_idx ON public.notifications (user_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON public.notifications (user_id) WHERE read_at IS NULL;
CREATE INDEX audit_log_entity_idx ON public.audit_log (entity, entity_id, at DESC);
CREATE INDEX audit_log_actor_id_idx ON public.audit_log (actor_id, at DESC);
