-- The list, the dashboard and drop triage at 1,000,000 phenoms (issue 10; EXPLAIN ANALYZE in docs/benchmarks.md).
--
-- The app orders NOT NULL columns with plain asc/desc (Hasura compiles them to ASC NULLS LAST / DESC NULLS
-- FIRST) and breaks ties by id in the same direction, so one (column, id) btree serves both directions: a
-- forward scan for asc, a backward scan for desc. The old (occurred_at DESC) index matched neither the
-- `DESC NULLS LAST` the list used to send nor its `id ASC` tie-break, so every page was a top-N sort.
DROP INDEX public.phenom_occurred_at_idx;
DROP INDEX public.phenom_status_occurred_at_idx;
CREATE INDEX phenom_live_occurred_at_id_idx ON public.phenom (occurred_at, id) WHERE deleted_at IS NULL;
CREATE INDEX phenom_live_reported_at_id_idx ON public.phenom (reported_at, id) WHERE deleted_at IS NULL;
-- One status (the app sends _eq for a single value: `= ANY(...)` cannot return rows in index order).
CREATE INDEX phenom_live_status_occurred_at_id_idx ON public.phenom (status, occurred_at, id) WHERE deleted_at IS NULL;
-- The dashboard's unscreened queue: status new, oldest report first.
CREATE INDEX phenom_live_status_reported_at_id_idx ON public.phenom (status, reported_at, id) WHERE deleted_at IS NULL;
-- Text search matches title, description OR place: without this third trigram index the OR cannot be a BitmapOr.
CREATE INDEX phenom_location_name_trgm_idx ON public.phenom USING gin (location_name gin_trgm_ops);

-- The dashboard's counts in one grouped statement instead of eighteen aggregates (each a scan of its own).
-- phenom_count is only the row type Hasura needs to track the function (SETOF a tracked table): it never
-- holds rows.
CREATE TABLE public.phenom_count (
  dimension text NOT NULL,
  value text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (dimension, value),
  CONSTRAINT phenom_count_holds_no_rows CHECK (false) NO INHERIT
);
COMMENT ON TABLE public.phenom_count IS 'Row type of phenom_counts(); holds no rows';

-- dimension 'total' (value ''), 'status' or 'outcome'; live phenoms only, whoever asks. One pass over the narrow
-- (status, outcome) index, grouped by both in index order (a sorted group aggregate PostgreSQL can split across
-- workers); the ~60 combinations are then summed per dimension. GROUPING SETS over the same index hash-aggregated
-- and took 2.5× as long at 1M rows.
CREATE INDEX phenom_live_status_outcome_idx ON public.phenom (status, outcome) WHERE deleted_at IS NULL;

-- PARALLEL SAFE: otherwise the function's statement runs without parallel workers (2× slower at 1M rows).
CREATE FUNCTION public.phenom_counts() RETURNS SETOF public.phenom_count
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH combos AS (
    SELECT status, outcome, count(*) AS n FROM public.phenom WHERE deleted_at IS NULL GROUP BY status, outcome
  )
  SELECT 'total', '', coalesce(sum(n), 0)::bigint FROM combos
  UNION ALL SELECT 'status', status, sum(n)::bigint FROM combos GROUP BY status
  UNION ALL SELECT 'outcome', outcome, sum(n)::bigint FROM combos GROUP BY outcome
$$;

-- Promoting a drop writes two rows (the new phenom, the drop pointing at it); one function makes that one
-- transaction that either does both or nothing. A drop that is no longer pending is a conflict (class 23,
-- which Hasura reports as constraint-violation), raised before anything is written.
CREATE FUNCTION public.promote_drop(
  drop_id uuid,
  title text,
  occurred_at timestamptz,
  hasura_session json,
  description text DEFAULT '',
  occurred_at_precision text DEFAULT 'minute',
  latitude double precision DEFAULT NULL,
  longitude double precision DEFAULT NULL,
  location_name text DEFAULT NULL,
  country text DEFAULT NULL,
  shape text DEFAULT NULL
) RETURNS SETOF public.phenom
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  created public.phenom;
BEGIN
  PERFORM 1 FROM public.drops d WHERE d.id = drop_id AND d.status = 'pending' FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'drop % is not pending', drop_id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  INSERT INTO public.phenom (title, description, occurred_at, occurred_at_precision, latitude, longitude, location_name, country, shape, source, created_by)
  VALUES (title, description, occurred_at, occurred_at_precision, latitude, longitude, location_name, country, shape, 'drop', hasura_session ->> 'x-hasura-user-id')
  RETURNING * INTO created;
  UPDATE public.drops SET status = 'accepted', phenom_id = created.id WHERE id = drop_id;
  RETURN NEXT created;
END;
$$;
