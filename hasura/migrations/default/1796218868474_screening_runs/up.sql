-- Screening runs: what the engine (lib/screening) found in the sky for a phenom, with the inputs and the raw
-- provider data it used (element sets with their epochs, state vectors, source and fetch time), so a run can be
-- replayed and shown later. A run decides nothing: accepting a candidate sets the phenom's outcome (audited there).
CREATE TABLE public.screening_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by text REFERENCES public.users (id) ON DELETE SET NULL,
  trigger text NOT NULL CHECK (trigger IN ('manual', 'bulk', 'intake', 'replay')),
  engine_version text NOT NULL CHECK (length(engine_version) BETWEEN 1 AND 100),
  -- {observer: {latDeg, lonDeg, heightM}, at, direction, windowS}
  inputs jsonb NOT NULL CHECK (jsonb_typeof(inputs) = 'object'),
  -- {az, el, darkness}
  sun jsonb NOT NULL CHECK (jsonb_typeof(sun) = 'object'),
  -- [{provider, ok, error, objectCount, raw: {provider, source, fetchedAt, data}}]
  providers jsonb NOT NULL CHECK (jsonb_typeof(providers) = 'array'),
  failed_providers integer NOT NULL DEFAULT 0 CHECK (failed_providers >= 0),
  replay_of uuid REFERENCES public.screening_run (id) ON DELETE SET NULL
);
CREATE INDEX screening_run_phenom_created_idx ON public.screening_run (phenom_id, created_at DESC);

CREATE TABLE public.screening_candidate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_id uuid NOT NULL REFERENCES public.screening_run (id) ON DELETE CASCADE,
  rank integer NOT NULL CHECK (rank >= 1),
  kind text NOT NULL CHECK (kind IN ('satellite', 'sun', 'moon', 'planet', 'aircraft', 'balloon', 'launch')),
  object_id text CHECK (length(object_id) <= 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  flags jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(flags) = 'array'),
  az double precision NOT NULL CHECK (az >= 0 AND az < 360),
  el double precision NOT NULL CHECK (el BETWEEN -90 AND 90),
  range_km double precision NOT NULL CHECK (range_km >= 0),
  time_offset_s double precision NOT NULL,
  sunlit boolean,
  visible boolean NOT NULL,
  magnitude double precision,
  separation_deg double precision CHECK (separation_deg BETWEEN 0 AND 180),
  verdict text CHECK (verdict IN ('possible', 'probable', 'certain')),
  reasons text NOT NULL,
  -- [{dt, az, el, sunlit}] over the run's window
  track jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(track) = 'array'),
  accepted_at timestamptz,
  accepted_by text REFERENCES public.users (id) ON DELETE SET NULL,
  UNIQUE (run_id, rank)
);
