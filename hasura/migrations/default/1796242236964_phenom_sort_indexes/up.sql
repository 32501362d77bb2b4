-- The phenom list's other sort columns at 1,000,000 phenoms (issue 14's bench:load; EXPLAIN ANALYZE in
-- docs/benchmarks.md). Sorted by title, status, outcome or place, every page was a parallel seq scan of the whole
-- table and a top-N sort (title, page 40: 870 ms, 51k buffers read), and with a third of bench:load's list pages
-- sorted by title that alone saturated the machine. As in 1796219000000_phenom_list_paths, each index is the
-- (column, id) order the app sends, so a forward scan serves asc and a backward scan desc (page 40: 7–40 ms).
CREATE INDEX phenom_live_title_id_idx ON public.phenom (title, id) WHERE deleted_at IS NULL;
CREATE INDEX phenom_live_status_id_idx ON public.phenom (status, id) WHERE deleted_at IS NULL;
-- Serves the outcome filter too, so the old single-column index goes.
CREATE INDEX phenom_live_outcome_id_idx ON public.phenom (outcome, id) WHERE deleted_at IS NULL;
DROP INDEX public.phenom_outcome_idx;
-- location_name is nullable and the app keeps rows without a place last in both directions (ASC NULLS LAST,
-- DESC NULLS LAST): no single index reads both ways, so one per direction.
CREATE INDEX phenom_live_location_asc_idx ON public.phenom (location_name ASC NULLS LAST, id ASC) WHERE deleted_at IS NULL;
CREATE INDEX phenom_live_location_desc_idx ON public.phenom (location_name DESC NULLS LAST, id DESC) WHERE deleted_at IS NULL;
