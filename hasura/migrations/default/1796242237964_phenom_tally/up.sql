-- The dashboard's counts without counting (issue 11's page targets at 1,000,000 phenoms; docs/benchmarks.md).
-- phenom_counts() grouped every live phenom on each dashboard view: one parallel index-only scan of ~1M rows,
-- 190–440 ms, the slowest thing on the dashboard. The number of live phenoms per (status, outcome) is kept instead,
-- in the statement that changes them, so the function reads about 60 rows and is exact in every transaction.
--
-- The tally is derived data, like an index: it lives outside `public`, so Hasura does not track it and the audit
-- trigger every public table gets (1796223301963) does not log each change of a count beside the phenom's own row.
CREATE SCHEMA derived;
COMMENT ON SCHEMA derived IS 'Data computed from public tables by their triggers; never written by anyone else';

CREATE TABLE derived.phenom_tally (
  status text NOT NULL,
  outcome text NOT NULL,
  -- A delta is proposed as a row of its own (negative when phenoms leave a pair), so no CHECK (n >= 0) here.
  n bigint NOT NULL,
  PRIMARY KEY (status, outcome)
);
COMMENT ON TABLE derived.phenom_tally IS 'Live phenoms (deleted_at IS NULL) per status and outcome, kept by phenom_tally triggers';

-- Statement-level, with transition tables: a COPY or a bulk update of thousands of rows adds one grouped delta,
-- not one upsert per row. The delta's rows are applied in key order, so two transactions moving phenoms between
-- the same (status, outcome) pairs lock the tally rows in the same order and cannot deadlock each other.
CREATE FUNCTION derived.phenom_tally_apply() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO derived.phenom_tally AS t (status, outcome, n)
    SELECT status, outcome, count(*) FROM new_rows WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (status, outcome) DO UPDATE SET n = t.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO derived.phenom_tally AS t (status, outcome, n)
    SELECT status, outcome, -count(*) FROM old_rows WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (status, outcome) DO UPDATE SET n = t.n + excluded.n;
  ELSE
    -- Only the pairs whose count changes are touched: editing a title takes no lock on the tally.
    INSERT INTO derived.phenom_tally AS t (status, outcome, n)
    SELECT status, outcome, sum(d) FROM (
      SELECT status, outcome, 1 AS d FROM new_rows WHERE deleted_at IS NULL
      UNION ALL
      SELECT status, outcome, -1 FROM old_rows WHERE deleted_at IS NULL
    ) changes GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
    ON CONFLICT (status, outcome) DO UPDATE SET n = t.n + excluded.n;
  END IF;
  RETURN NULL;
END;
$$;

-- A transition table may serve one event only, hence three triggers on the one function.
CREATE TRIGGER phenom_tally_insert AFTER INSERT ON public.phenom REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION derived.phenom_tally_apply();
CREATE TRIGGER phenom_tally_update AFTER UPDATE ON public.phenom REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION derived.phenom_tally_apply();
CREATE TRIGGER phenom_tally_delete AFTER DELETE ON public.phenom REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION derived.phenom_tally_apply();

-- Counted afresh from the table: after a TRUNCATE, and by whatever loads phenoms with its triggers disabled
-- (npm run seed does, and calls this before it commits).
CREATE FUNCTION derived.phenom_tally_rebuild() RETURNS void
LANGUAGE sql AS $$
  DELETE FROM derived.phenom_tally;
  INSERT INTO derived.phenom_tally (status, outcome, n)
  SELECT status, outcome, count(*) FROM public.phenom WHERE deleted_at IS NULL GROUP BY 1, 2;
$$;

CREATE FUNCTION derived.phenom_tally_truncated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM derived.phenom_tally_rebuild();
  RETURN NULL;
END;
$$;
CREATE TRIGGER phenom_tally_truncate AFTER TRUNCATE ON public.phenom
  FOR EACH STATEMENT EXECUTE FUNCTION derived.phenom_tally_truncated();

SELECT derived.phenom_tally_rebuild();

-- Same rows as before (total, per status, per outcome; pairs with no live phenom left out), from the tally.
CREATE OR REPLACE FUNCTION public.phenom_counts() RETURNS SETOF public.phenom_count
LANGUAGE sql STABLE AS $$
  WITH combos AS (SELECT status, outcome, n FROM derived.phenom_tally WHERE n > 0)
  SELECT 'total', '', coalesce(sum(n), 0)::bigint FROM combos
  UNION ALL SELECT 'status', status, sum(n)::bigint FROM combos GROUP BY status
  UNION ALL SELECT 'outcome', outcome, sum(n)::bigint FROM combos GROUP BY outcome
$$;
