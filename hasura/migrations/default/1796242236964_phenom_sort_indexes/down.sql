DROP INDEX public.phenom_live_location_desc_idx;
DROP INDEX public.phenom_live_location_asc_idx;
CREATE INDEX phenom_outcome_idx ON public.phenom (outcome) WHERE deleted_at IS NULL;
DROP INDEX public.phenom_live_outcome_id_idx;
DROP INDEX public.phenom_live_status_id_idx;
DROP INDEX public.phenom_live_title_id_idx;
