CREATE OR REPLACE FUNCTION public.phenom_counts() RETURNS SETOF public.phenom_count
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH combos AS (
    SELECT status, outcome, count(*) AS n FROM public.phenom WHERE deleted_at IS NULL GROUP BY status, outcome
  )
  SELECT 'total', '', coalesce(sum(n), 0)::bigint FROM combos
  UNION ALL SELECT 'status', status, sum(n)::bigint FROM combos GROUP BY status
  UNION ALL SELECT 'outcome', outcome, sum(n)::bigint FROM combos GROUP BY outcome
$$;
DROP TRIGGER phenom_tally_truncate ON public.phenom;
DROP TRIGGER phenom_tally_delete ON public.phenom;
DROP TRIGGER phenom_tally_update ON public.phenom;
DROP TRIGGER phenom_tally_insert ON public.phenom;
DROP SCHEMA derived CASCADE;
