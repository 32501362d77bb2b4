-- N.E.S.T. core schema. Applied unchanged by the Hasura CLI (production) and by local/db/migrate.ts (local stack).
-- gen_random_uuid() is built into PostgreSQL 13+, so no pgcrypto is needed.

-- Enum tables: Hasura turns each tracked `is_enum` table into a GraphQL enum (`<table>_enum`), so the app gets
-- real enum types and the database still enforces the values through plain foreign keys.
CREATE TABLE public.user_role (value text PRIMARY KEY, comment text);
INSERT INTO public.user_role (value, comment) VALUES
  ('user', 'Signed up, not (yet) granted nest-access'),
  ('staff', 'Member of the nest-access group'),
  ('admin', 'Member of the nest-admin group');

CREATE TABLE public.phenom_status (value text PRIMARY KEY, comment text);
INSERT INTO public.phenom_status (value, comment) VALUES
  ('new', 'Reported, not looked at yet'),
  ('triage', 'Being screened'),
  ('investigating', 'Assigned and under investigation'),
  ('resolved', 'An outcome has been reached'),
  ('archived', 'Kept for the record, no further work');

CREATE TABLE public.phenom_outcome (value text PRIMARY KEY, comment text);
INSERT INTO public.phenom_outcome (value, comment) VALUES
  ('unknown', 'Not determined yet'),
  ('aircraft', 'Conventional aircraft'),
  ('satellite', 'Satellite pass or re-entry'),
  ('starlink', 'Starlink satellite train'),
  ('balloon', 'Balloon, lantern or similar'),
  ('planet_star', 'Planet or bright star'),
  ('drone', 'Drone / UAS'),
  ('bird', 'Bird or insect'),
  ('weather', 'Weather or atmospheric phenomenon'),
  ('hoax', 'Deliberate fabrication'),
  ('insufficient_data', 'Not enough data to decide'),
  ('other', 'Explained, none of the above');

CREATE TABLE public.outcome_confidence (value text PRIMARY KEY, comment text);
INSERT INTO public.outcome_confidence (value, comment) VALUES
  ('possible', 'Consistent with the outcome'),
  ('probable', 'Most likely explanation'),
  ('certain', 'Confirmed');

-- How precisely occurred_at is known: witnesses often only remember the evening or the month.
CREATE TABLE public.time_precision (value text PRIMARY KEY, comment text);
INSERT INTO public.time_precision (value, comment) VALUES
  ('second', 'Exact (e.g. from a device clock)'),
  ('minute', 'To the minute'),
  ('hour', 'To the hour'),
  ('day', 'Only the date is known'),
  ('month', 'Only the month is known'),
  ('year', 'Only the year is known');

CREATE TABLE public.drop_status (value text PRIMARY KEY, comment text);
INSERT INTO public.drop_status (value, comment) VALUES
  ('pending', 'Submitted, not reviewed'),
  ('accepted', 'Reviewed and linked to a phenom'),
  ('rejected', 'Reviewed and discarded'),
  ('duplicate', 'Reviewed, already covered by a phenom');

CREATE FUNCTION public.set_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

-- id is the Cognito `sub`, so a token's X-Hasura-User-Id is directly a users.id.
CREATE TABLE public.users (
  id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 128),
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND position('@' IN email) > 1),
  display_name text NOT NULL DEFAULT '' CHECK (length(display_name) <= 120),
  avatar_url text CHECK (avatar_url IS NULL OR avatar_url ~ '^https?://'),
  role text NOT NULL DEFAULT 'user' REFERENCES public.user_role (value) ON UPDATE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz
);

CREATE TABLE public.teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER teams_set_updated_at BEFORE UPDATE ON public.teams
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.team_members (
  team_id uuid NOT NULL REFERENCES public.teams (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  is_lead boolean NOT NULL DEFAULT false,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, user_id)
);

CREATE TABLE public.phenom (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  occurred_at timestamptz NOT NULL,
  occurred_at_precision text NOT NULL DEFAULT 'minute' REFERENCES public.time_precision (value) ON UPDATE CASCADE,
  reported_at timestamptz NOT NULL DEFAULT now(),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  altitude_m double precision CHECK (altitude_m BETWEEN -500 AND 1000000),
  location_name text,
  country text CHECK (country ~ '^[A-Z]{2}$'),
  shape text CHECK (length(shape) <= 40),
  duration_s integer CHECK (duration_s >= 0),
  source text NOT NULL DEFAULT 'web' CHECK (length(source) BETWEEN 1 AND 40),
  status text NOT NULL DEFAULT 'new' REFERENCES public.phenom_status (value) ON UPDATE CASCADE,
  outcome text NOT NULL DEFAULT 'unknown' REFERENCES public.phenom_outcome (value) ON UPDATE CASCADE,
  outcome_confidence text REFERENCES public.outcome_confidence (value) ON UPDATE CASCADE,
  assignee_id text REFERENCES public.users (id) ON DELETE SET NULL,
  created_by text REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz,
  -- A position is both coordinates or neither: half a point cannot be mapped.
  CONSTRAINT phenom_lat_lng_together CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE TRIGGER phenom_set_updated_at BEFORE UPDATE ON public.phenom
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.phenom_media (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  s3_key text NOT NULL UNIQUE CHECK (length(s3_key) BETWEEN 1 AND 1024),
  content_type text NOT NULL CHECK (content_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  bytes bigint NOT NULL CHECK (bytes >= 0),
  width integer CHECK (width > 0),
  height integer CHECK (height > 0),
  duration_s double precision CHECK (duration_s >= 0),
  sha256 text CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  captured_at timestamptz,
  uploaded_by text REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A track of where the observer stood and where the object appeared, sample by sample.
CREATE TABLE public.phenom_coords (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  t timestamptz NOT NULL,
  observer_lat double precision CHECK (observer_lat BETWEEN -90 AND 90),
  observer_lng double precision CHECK (observer_lng BETWEEN -180 AND 180),
  observer_alt_m double precision CHECK (observer_alt_m BETWEEN -500 AND 1000000),
  object_lat double precision CHECK (object_lat BETWEEN -90 AND 90),
  object_lng double precision CHECK (object_lng BETWEEN -180 AND 180),
  object_alt_m double precision CHECK (object_alt_m BETWEEN -500 AND 1000000),
  bearing_deg double precision CHECK (bearing_deg >= 0 AND bearing_deg < 360),
  elevation_deg double precision CHECK (elevation_deg BETWEEN -90 AND 90)
);

CREATE TABLE public.phenom_sensor_data (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  sensor text NOT NULL CHECK (length(sensor) BETWEEN 1 AND 80),
  t timestamptz NOT NULL,
  readings jsonb NOT NULL CHECK (jsonb_typeof(readings) = 'object')
);

-- Recording sessions: when, with what, by whom a phenom was filmed or measured.
CREATE TABLE public.phenom_shoots (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  started_at timestamptz NOT NULL,
  ended_at timestamptz,
  device text NOT NULL DEFAULT '',
  operator text NOT NULL DEFAULT '',
  notes text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT phenom_shoots_ends_after_start CHECK (ended_at IS NULL OR ended_at >= started_at)
);

CREATE TABLE public.transcriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  media_id uuid NOT NULL REFERENCES public.phenom_media (id) ON DELETE CASCADE,
  language text NOT NULL CHECK (language ~ '^[a-z]{2,3}(-[A-Z]{2})?$'),
  text text NOT NULL DEFAULT '',
  -- [{ "start": seconds, "end": seconds, "text": "..." }, ...]
  segments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(segments) = 'array'),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Raw submissions from the public app; staff review them and link them to a phenom.
CREATE TABLE public.drops (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  submitter_id text REFERENCES public.users (id) ON DELETE SET NULL,
  payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
  status text NOT NULL DEFAULT 'pending' REFERENCES public.drop_status (value) ON UPDATE CASCADE,
  phenom_id uuid REFERENCES public.phenom (id) ON DELETE SET NULL,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER drops_set_updated_at BEFORE UPDATE ON public.drops
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.lists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  owner_id text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  description text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER lists_set_updated_at BEFORE UPDATE ON public.lists
  FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE public.list_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  list_id uuid NOT NULL REFERENCES public.lists (id) ON DELETE CASCADE,
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  added_by text REFERENCES public.users (id) ON DELETE SET NULL,
  note text NOT NULL DEFAULT '',
  position integer NOT NULL DEFAULT 0 CHECK (position >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT list_items_list_id_phenom_id_key UNIQUE (list_id, phenom_id)
);

CREATE TABLE public.list_shares (
  list_id uuid NOT NULL REFERENCES public.lists (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  can_edit boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (list_id, user_id)
);

CREATE TABLE public.item_shares (
  item_id uuid NOT NULL REFERENCES public.list_items (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  shared_by text REFERENCES public.users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (item_id, user_id)
);

CREATE TABLE public.notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind ~ '^[a-z][a-z_.]{0,63}$'),
  payload jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(payload) = 'object'),
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- No foreign key on actor_id: the audit trail must outlive the users it mentions.
CREATE TABLE public.audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  actor_id text,
  action text NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
  entity text NOT NULL,
  entity_id text NOT NULL,
  diff jsonb NOT NULL DEFAULT '{}',
  at timestamptz NOT NULL DEFAULT now()
);
