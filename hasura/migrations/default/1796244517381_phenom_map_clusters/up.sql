-- The map at 1,000,000 phenoms (issue 12): clusters counted in the database for the visible box and zoom, with
-- the phenom table's filters, every count exact. No PostGIS: a grid in Web Mercator (what the map draws), so a
-- cell is the same size on screen everywhere. At zoom z (MapLibre's 512 px tiles) the grid has 2^(z+3) cells per
-- axis, i.e. a cell is 64 px. EXPLAIN ANALYZE and figures: docs/benchmarks.md ("Map clusters").
--
-- Counting the rows themselves costs ~0.6 µs each (an index-only scan and a hash aggregate): 600 ms for the
-- world view at 1M. So for zooms 0–6 (levels 3–9, where a view holds most of the data) the counts are kept per
-- cell in two summary tables, updated by statement triggers in the writing transaction:
--   phenom_map.by_month  per (level, cell, month of occurred_at, UTC): no filter, or a time range;
--   phenom_map.by_kind   per (level, cell, status, outcome): status/outcome filters without a time range.
-- One table per (cell, month, status, outcome) would hold 85k rows at level 4 alone: no faster than the rows.
-- Everything else (zoom 7 and deeper, a text search, status/outcome AND a time range, the partial months at the
-- ends of a range) counts the rows, whose number the box or the filter keeps small in practice.

-- The summaries and their helpers live in their own schema: internal, never tracked by Hasura (only
-- public.phenom_map_clusters() is), so no role can read or write them through the API.
CREATE SCHEMA phenom_map;

-- The cell of a point at a level (2^level cells per axis). IMMUTABLE and inlinable: the same arithmetic in the
-- trigger, the summary and the row path, so a point is in exactly one cell whatever path counts it.
CREATE FUNCTION phenom_map.x(longitude double precision, level integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least((1 << level) - 1, greatest(0, floor((longitude + 180) / 360 * (1 << level))))::integer
$$;

-- Web Mercator y, 0 at the top; latitudes beyond ±85.0511° (off the square map) fall in the first/last row.
CREATE FUNCTION phenom_map.y(latitude double precision, level integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT least((1 << level) - 1, greatest(0, floor(
    (1 - ln(tan(radians(45 + least(85.0511, greatest(-85.0511, latitude)) / 2))) / pi()) / 2 * (1 << level)
  )))::integer
$$;

-- The latitude of a row boundary of the grid (y = 0 is the top edge); used to find a cell's rows by index.
CREATE FUNCTION phenom_map.lat(y integer, level integer) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN y <= 0 THEN 90 WHEN y >= (1 << level) THEN -90
    ELSE degrees(atan(sinh(pi() * (1 - 2.0 * y / (1 << level))))) END
$$;

CREATE FUNCTION phenom_map.month_of(occurred_at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date
$$;

-- n may reach 0 when the last phenom of a cell leaves it; such rows are skipped by every reader. (No CHECK on n:
-- an upsert that takes a phenom away proposes a row with n = -1, which a CHECK would refuse before the
-- conflict turns it into an update.) The sums give each cluster its centroid.
CREATE TABLE phenom_map.by_month (
  level smallint NOT NULL,
  x integer NOT NULL,
  y integer NOT NULL,
  month date NOT NULL,
  n integer NOT NULL,
  lat_sum double precision NOT NULL,
  lon_sum double precision NOT NULL,
  PRIMARY KEY (level, x, y, month)
);
COMMENT ON TABLE phenom_map.by_month IS 'Live positioned phenoms per map cell and month (public.phenom_map_clusters); kept by triggers on phenom';

CREATE TABLE phenom_map.by_kind (
  level smallint NOT NULL,
  x integer NOT NULL,
  y integer NOT NULL,
  status text NOT NULL,
  outcome text NOT NULL,
  n integer NOT NULL,
  lat_sum double precision NOT NULL,
  lon_sum double precision NOT NULL,
  PRIMARY KEY (level, x, y, status, outcome)
);
COMMENT ON TABLE phenom_map.by_kind IS 'Live positioned phenoms per map cell, status and outcome (public.phenom_map_clusters); kept by triggers on phenom';

-- Adds the phenoms in `added` and takes away those in `removed` (an update is both: its old and new rows), for
-- every summary level at once. Rows whose changes cancel out (an edit of the title) touch nothing. Keys are
-- written in order, so two transactions changing the same cells lock them in the same order.
CREATE FUNCTION phenom_map.apply(added public.phenom[], removed public.phenom[]) RETURNS void
LANGUAGE sql VOLATILE AS $$
  WITH delta AS (
    SELECT p.latitude, p.longitude, p.occurred_at, p.status, p.outcome, 1 AS sign
    FROM unnest(added) p WHERE p.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
    UNION ALL
    SELECT p.latitude, p.longitude, p.occurred_at, p.status, p.outcome, -1
    FROM unnest(removed) p WHERE p.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
  ), cells AS (
    SELECT l AS level, phenom_map.x(d.longitude, l) AS x, phenom_map.y(d.latitude, l) AS y, d.*
    FROM delta d CROSS JOIN generate_series(3, 9) l
  ), by_month AS (
    INSERT INTO phenom_map.by_month AS t (level, x, y, month, n, lat_sum, lon_sum)
    SELECT level, x, y, phenom_map.month_of(occurred_at), sum(sign), sum(sign * latitude), sum(sign * longitude)
    FROM cells GROUP BY 1, 2, 3, 4
    HAVING sum(sign) <> 0 OR sum(sign * latitude) <> 0 OR sum(sign * longitude) <> 0
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (level, x, y, month) DO UPDATE
      SET n = t.n + excluded.n, lat_sum = t.lat_sum + excluded.lat_sum, lon_sum = t.lon_sum + excluded.lon_sum
    RETURNING 1
  )
  INSERT INTO phenom_map.by_kind AS t (level, x, y, status, outcome, n, lat_sum, lon_sum)
  SELECT level, x, y, status, outcome, sum(sign), sum(sign * latitude), sum(sign * longitude)
  FROM cells GROUP BY 1, 2, 3, 4, 5
  HAVING sum(sign) <> 0 OR sum(sign * latitude) <> 0 OR sum(sign * longitude) <> 0
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (level, x, y, status, outcome) DO UPDATE
    SET n = t.n + excluded.n, lat_sum = t.lat_sum + excluded.lat_sum, lon_sum = t.lon_sum + excluded.lon_sum
$$;

-- Both summaries from scratch: after a bulk load with triggers disabled (the seed), or to check them.
CREATE FUNCTION phenom_map.rebuild() RETURNS void
LANGUAGE sql VOLATILE AS $$
  TRUNCATE phenom_map.by_month, phenom_map.by_kind;
  INSERT INTO phenom_map.by_month (level, x, y, month, n, lat_sum, lon_sum)
  SELECT l, phenom_map.x(p.longitude, l), phenom_map.y(p.latitude, l), phenom_map.month_of(p.occurred_at),
         count(*), sum(p.latitude), sum(p.longitude)
  FROM public.phenom p CROSS JOIN generate_series(3, 9) l
  WHERE p.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
  GROUP BY 1, 2, 3, 4;
  INSERT INTO phenom_map.by_kind (level, x, y, status, outcome, n, lat_sum, lon_sum)
  SELECT l, phenom_map.x(p.longitude, l), phenom_map.y(p.latitude, l), p.status, p.outcome,
         count(*), sum(p.latitude), sum(p.longitude)
  FROM public.phenom p CROSS JOIN generate_series(3, 9) l
  WHERE p.deleted_at IS NULL AND p.latitude IS NOT NULL AND p.longitude IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5;
$$;

-- Statement triggers with transition tables: one summary update per statement (a COPY of 5,000 rows is one).
CREATE FUNCTION phenom_map.track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Transition rows come as records of phenom's shape; the casts name the type.
  IF TG_OP = 'INSERT' THEN
    PERFORM phenom_map.apply(ARRAY(SELECT n::public.phenom FROM new_rows n), '{}'::public.phenom[]);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM phenom_map.apply('{}'::public.phenom[], ARRAY(SELECT o::public.phenom FROM old_rows o));
  ELSE
    PERFORM phenom_map.apply(ARRAY(SELECT n::public.phenom FROM new_rows n), ARRAY(SELECT o::public.phenom FROM old_rows o));
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION phenom_map.clear() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE phenom_map.by_month, phenom_map.by_kind;
  RETURN NULL;
END;
$$;

CREATE TRIGGER phenom_map_insert AFTER INSERT ON public.phenom REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION phenom_map.track();
CREATE TRIGGER phenom_map_update AFTER UPDATE ON public.phenom REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION phenom_map.track();
CREATE TRIGGER phenom_map_delete AFTER DELETE ON public.phenom REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION phenom_map.track();
CREATE TRIGGER phenom_map_truncate AFTER TRUNCATE ON public.phenom
  FOR EACH STATEMENT EXECUTE FUNCTION phenom_map.clear();

SELECT phenom_map.rebuild();
ANALYZE phenom_map.by_month;
ANALYZE phenom_map.by_kind;

-- The row path reads a box of cells through the (latitude, longitude) index of live rows (phenom_lat_lng_idx,
-- from the first migrations) and checks each row's cell exactly. The partial months at the ends of a time range
-- are read by time: with the position in the index, that is an index-only scan (EXPLAIN ANALYZE at 1M, a France
-- view, 2023-03-10 to 2024-08-20: 60 ms as a bitmap scan of the (occurred_at, id) index plus 4,000 heap pages,
-- 3 ms with this one).
CREATE INDEX phenom_map_time_idx ON public.phenom (occurred_at) INCLUDE (latitude, longitude)
  WHERE deleted_at IS NULL AND latitude IS NOT NULL;

-- Row type of phenom_map_clusters() (Hasura tracks a function that returns SETOF a tracked table); no rows.
-- phenom_id, title, status and occurred_at are set for a cell holding exactly one phenom: the map shows it as a
-- point with a popup, not as a cluster of one.
CREATE TABLE public.phenom_map_cluster (
  x integer NOT NULL,
  y integer NOT NULL,
  count integer NOT NULL,
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  phenom_id uuid,
  title text,
  status text,
  occurred_at timestamptz,
  PRIMARY KEY (x, y),
  CONSTRAINT phenom_map_cluster_holds_no_rows CHECK (false) NO INHERIT
);
COMMENT ON TABLE public.phenom_map_cluster IS 'Row type of phenom_map_clusters(); holds no rows';
-- Every public table is audited (it never holds a row, but the rule has no exceptions to remember).
SELECT public.audit_table('public.phenom_map_cluster');

-- The clusters of live positioned phenoms in the cells that meet the box, at a zoom, with the table's filters:
-- statuses/outcomes comma-joined (any of), occurred_at in [occurred_from, occurred_before), and `search` an
-- ILIKE pattern matched in title, description or place (the app escapes it as the phenom table does). A box
-- with west > east crosses the antimeridian. Only cells with phenoms are returned; their counts sum to the rows
-- the filters admit in those cells. Soft-deleted phenoms never count, as for staff everywhere.
CREATE FUNCTION public.phenom_map_clusters(
  zoom integer,
  west double precision,
  south double precision,
  east double precision,
  north double precision,
  statuses text DEFAULT NULL,
  outcomes text DEFAULT NULL,
  occurred_from timestamptz DEFAULT NULL,
  occurred_before timestamptz DEFAULT NULL,
  search text DEFAULT NULL
) RETURNS SETOF public.phenom_map_cluster
LANGUAGE plpgsql STABLE AS $fn$
DECLARE
  lvl integer := least(greatest(coalesce(zoom, 0), 0), 21) + 3;
  x0 integer := phenom_map.x(west, lvl);
  x1 integer := phenom_map.x(east, lvl);
  y0 integer := phenom_map.y(north, lvl);
  y1 integer := phenom_map.y(south, lvl);
  st text[] := nullif(string_to_array(statuses, ','), '{}');
  oc text[] := nullif(string_to_array(outcomes, ','), '{}');
  -- The whole months inside [occurred_from, occurred_before), which the month summary can count.
  m_lo date := CASE WHEN occurred_from IS NULL THEN NULL
    WHEN occurred_from = phenom_map.month_of(occurred_from)::timestamp AT TIME ZONE 'UTC' THEN phenom_map.month_of(occurred_from)
    ELSE (phenom_map.month_of(occurred_from) + interval '1 month')::date END;
  m_hi date := CASE WHEN occurred_before IS NULL THEN NULL ELSE phenom_map.month_of(occurred_before) END;
  cell_box text;
  row_box text;
  row_filter text;
  counted text;
BEGIN
  IF x0 IS NULL OR x1 IS NULL OR y0 IS NULL OR y1 IS NULL OR y0 > y1 THEN RETURN; END IF;
  -- $1..$5: the grid cell box; the rows are found by the cells' lat/lon box, widened a hair so that rounding
  -- at a cell edge never loses a row, and then placed in their cell exactly.
  cell_box := CASE WHEN x0 <= x1 THEN 's.x BETWEEN $2 AND $3' ELSE '(s.x >= $2 OR s.x <= $3)' END || ' AND s.y BETWEEN $4 AND $5';
  row_box := format('p.deleted_at IS NULL AND p.latitude BETWEEN %s AND %s AND %s',
    phenom_map.lat(y1 + 1, lvl) - 1e-9, phenom_map.lat(y0, lvl) + 1e-9,
    CASE WHEN x0 <= x1 THEN format('p.longitude BETWEEN %s AND %s', x0 * 360.0 / (1 << lvl) - 180 - 1e-9, (x1 + 1) * 360.0 / (1 << lvl) - 180 + 1e-9)
      ELSE format('(p.longitude >= %s OR p.longitude <= %s)', x0 * 360.0 / (1 << lvl) - 180 - 1e-9, (x1 + 1) * 360.0 / (1 << lvl) - 180 + 1e-9) END)
    || ' AND ' || replace(replace(cell_box, 's.x', 'phenom_map.x(p.longitude, $1)'), 's.y', 'phenom_map.y(p.latitude, $1)');
  -- $6..$10: the filters; only those given are in the statement, so each query gets its own plan.
  row_filter := concat_ws(' AND ',
    CASE WHEN st IS NOT NULL THEN 'p.status = ANY($6)' END,
    CASE WHEN oc IS NOT NULL THEN 'p.outcome = ANY($7)' END,
    CASE WHEN occurred_from IS NOT NULL THEN 'p.occurred_at >= $8' END,
    CASE WHEN occurred_before IS NOT NULL THEN 'p.occurred_at < $9' END,
    CASE WHEN search IS NOT NULL THEN '(p.title ILIKE $10 OR p.description ILIKE $10 OR p.location_name ILIKE $10)' END);

  IF lvl <= 9 AND search IS NULL AND st IS NULL AND oc IS NULL AND (m_lo IS NULL OR m_hi IS NULL OR m_lo < m_hi) THEN
    -- Whole months from the summary, the rest of the range (before m_lo, from m_hi on) from the rows.
    counted := format('SELECT s.x, s.y, s.n, s.lat_sum, s.lon_sum FROM phenom_map.by_month s WHERE s.level = $1 AND %s%s%s',
      cell_box, CASE WHEN m_lo IS NOT NULL THEN ' AND s.month >= $11' END, CASE WHEN m_hi IS NOT NULL THEN ' AND s.month < $12' END);
    IF occurred_from IS NOT NULL AND occurred_from < m_lo::timestamp AT TIME ZONE 'UTC' THEN
      counted := counted || format(' UNION ALL SELECT phenom_map.x(p.longitude, $1), phenom_map.y(p.latitude, $1), 1, p.latitude, p.longitude'
        || ' FROM public.phenom p WHERE %s AND p.occurred_at >= $8 AND p.occurred_at < ($11::timestamp AT TIME ZONE %L)', row_box, 'UTC');
    END IF;
    IF occurred_before IS NOT NULL AND occurred_before > m_hi::timestamp AT TIME ZONE 'UTC' THEN
      counted := counted || format(' UNION ALL SELECT phenom_map.x(p.longitude, $1), phenom_map.y(p.latitude, $1), 1, p.latitude, p.longitude'
        || ' FROM public.phenom p WHERE %s AND p.occurred_at >= ($12::timestamp AT TIME ZONE %L) AND p.occurred_at < $9', row_box, 'UTC');
    END IF;
  ELSIF lvl <= 9 AND search IS NULL AND occurred_from IS NULL AND occurred_before IS NULL THEN
    counted := format('SELECT s.x, s.y, s.n, s.lat_sum, s.lon_sum FROM phenom_map.by_kind s WHERE s.level = $1 AND %s%s%s',
      cell_box, CASE WHEN st IS NOT NULL THEN ' AND s.status = ANY($6)' END, CASE WHEN oc IS NOT NULL THEN ' AND s.outcome = ANY($7)' END);
  ELSE
    counted := format('SELECT phenom_map.x(p.longitude, $1) AS x, phenom_map.y(p.latitude, $1) AS y, 1 AS n, p.latitude AS lat_sum, p.longitude AS lon_sum'
      || ' FROM public.phenom p WHERE %s%s', row_box, CASE WHEN row_filter <> '' THEN ' AND ' || row_filter END);
  END IF;

  -- A cell of one phenom names it (one index probe per such cell, with the same filters).
  RETURN QUERY EXECUTE format(
    'WITH cells AS (SELECT c.x, c.y, sum(c.n)::integer AS n, sum(c.lat_sum) AS lat_sum, sum(c.lon_sum) AS lon_sum'
    || ' FROM (%s) c GROUP BY c.x, c.y HAVING sum(c.n) > 0)'
    || ' SELECT cells.x, cells.y, cells.n, coalesce(one.latitude, cells.lat_sum / cells.n), coalesce(one.longitude, cells.lon_sum / cells.n),'
    || ' one.id, one.title, one.status, one.occurred_at FROM cells LEFT JOIN LATERAL ('
    || ' SELECT p.id, p.title, p.status, p.occurred_at, p.latitude, p.longitude FROM public.phenom p'
    || ' WHERE cells.n = 1 AND p.deleted_at IS NULL'
    || ' AND p.latitude BETWEEN phenom_map.lat(cells.y + 1, $1) - 1e-9 AND phenom_map.lat(cells.y, $1) + 1e-9'
    || ' AND p.longitude BETWEEN cells.x * 360.0 / (1 << $1) - 180 - 1e-9 AND (cells.x + 1) * 360.0 / (1 << $1) - 180 + 1e-9'
    || ' AND phenom_map.x(p.longitude, $1) = cells.x AND phenom_map.y(p.latitude, $1) = cells.y%s LIMIT 1) one ON true',
    counted, CASE WHEN row_filter <> '' THEN ' AND ' || row_filter END)
  USING lvl, x0, x1, y0, y1, st, oc, occurred_from, occurred_before, search, m_lo, m_hi;
END;
$fn$;
