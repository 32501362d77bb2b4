-- Aircraft correlation (lib/correlation): for a phenom, the aircraft a provider (OpenSky state vectors within the
-- hour, RadarBox flight search for older reports) saw near its place and time, with the request as sent, the raw
-- response, and per aircraft its look angles, distances and time offset. One row per run; a run decides nothing
-- on the phenom, it flags it "possible aircraft" when an aircraft passed within the tolerances it records.
-- Not the screening tables: a correlation has one provider with its query and response, a verdict of its own
-- (possible aircraft within stated tolerances) and ground distances, where a screening run has many providers,
-- the Sun, and per-candidate verdicts.
CREATE TABLE public.aircraft_correlation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text REFERENCES public.users (id) ON DELETE SET NULL,
  trigger text NOT NULL CHECK (trigger IN ('manual', 'bulk')),
  -- Null when no provider could be asked (an old report and no RadarBox configured).
  provider text CHECK (provider IN ('opensky', 'radarbox')),
  status text NOT NULL CHECK (status IN ('ok', 'not_checked', 'failed')),
  -- {observer: {latDeg, lonDeg, heightM}, at, direction}
  inputs jsonb NOT NULL CHECK (jsonb_typeof(inputs) = 'object'),
  -- {maxSeparationDeg, maxTimeOffsetS, radiusKm}: what "possible aircraft" was judged by
  tolerances jsonb NOT NULL CHECK (jsonb_typeof(tolerances) = 'object'),
  -- The request as sent (URL, body; never a credential) and the response body as received.
  query jsonb,
  raw jsonb,
  fetched_at timestamptz,
  note text CHECK (length(note) <= 500),
  error text CHECK (length(error) <= 500),
  aircraft_count integer NOT NULL DEFAULT 0 CHECK (aircraft_count >= 0),
  possible_aircraft boolean NOT NULL DEFAULT false,
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 1000),
  CHECK (status <> 'ok' OR (provider IS NOT NULL AND raw IS NOT NULL)),
  CHECK (status <> 'failed' OR error IS NOT NULL),
  CHECK (status <> 'not_checked' OR note IS NOT NULL),
  CHECK (status = 'ok' OR (aircraft_count = 0 AND NOT possible_aircraft))
);
CREATE INDEX aircraft_correlation_phenom_created_idx ON public.aircraft_correlation (phenom_id, created_at DESC);

CREATE TABLE public.aircraft_correlation_match (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  correlation_id uuid NOT NULL REFERENCES public.aircraft_correlation (id) ON DELETE CASCADE,
  rank integer NOT NULL CHECK (rank >= 1),
  icao24 text NOT NULL CHECK (length(icao24) BETWEEN 1 AND 20),
  callsign text CHECK (length(callsign) <= 20),
  az double precision NOT NULL CHECK (az >= 0 AND az < 360),
  el double precision NOT NULL CHECK (el BETWEEN -90 AND 90),
  ground_distance_km double precision NOT NULL CHECK (ground_distance_km >= 0),
  slant_range_km double precision NOT NULL CHECK (slant_range_km >= 0),
  altitude_m double precision NOT NULL,
  latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  time_offset_s double precision NOT NULL,
  separation_deg double precision CHECK (separation_deg BETWEEN 0 AND 180),
  within_tolerance boolean NOT NULL,
  UNIQUE (correlation_id, rank)
);

SELECT public.audit_table('public.aircraft_correlation');
SELECT public.audit_table('public.aircraft_correlation_match');
