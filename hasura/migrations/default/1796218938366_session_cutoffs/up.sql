-- Sign-out and revocation cut-offs (docs/security.md, "Revocation"). Cognito ID tokens cannot be recalled: one
-- stays valid until it expires, even after a global sign-out. So the app records, per person, the moment their
-- sessions ended, and refuses any token issued before it (lib/auth/revocation.ts). The app has no database access
-- of its own: the row is written through Hasura with the caller's token, by the person signing out (own row only)
-- or by an admin revoking someone.
CREATE TABLE public.session_cutoffs (
  -- The Cognito sub, like users.id; no foreign key, since someone may be revoked before their first visit.
  user_id text PRIMARY KEY CHECK (length(user_id) BETWEEN 1 AND 128),
  -- Always the database's clock, never the client's (set by the trigger below).
  not_before timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL CHECK (reason IN ('sign_out', 'revoked')),
  -- Who ended the sessions (x-hasura-user-id of the request); null for writes made outside Hasura.
  set_by text
);

-- not_before only ever moves forward, to now(): whatever a client sends, it cannot date a cut-off back (which
-- would revive tokens an admin revoked) or forward.
CREATE FUNCTION public.session_cutoffs_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.not_before := CASE WHEN TG_OP = 'UPDATE' THEN greatest(OLD.not_before, now()) ELSE now() END;
  NEW.set_by := public.hasura_session_user_id();
  RETURN NEW;
END;
$$;

CREATE TRIGGER session_cutoffs_stamp
BEFORE INSERT OR UPDATE ON public.session_cutoffs
FOR EACH ROW EXECUTE FUNCTION public.session_cutoffs_stamp();
