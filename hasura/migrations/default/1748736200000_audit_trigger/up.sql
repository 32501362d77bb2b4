-- Every write to phenom leaves an audit_log row naming who made it. Hasura puts the request's session variables
-- as JSON in the transaction setting `hasura.user` (the local engine does the same), so the actor is the
-- x-hasura-user-id found there; writes made outside Hasura (migrations, psql) are recorded with no actor.
CREATE FUNCTION public.hasura_session_user_id() RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  session_json text := nullif(current_setting('hasura.user', true), '');
BEGIN
  IF session_json IS NULL THEN
    RETURN NULL;
  END IF;
  RETURN session_json::jsonb ->> 'x-hasura-user-id';
EXCEPTION WHEN invalid_text_representation THEN
  -- A malformed setting must not block the write it describes.
  RETURN NULL;
END;
$$;

CREATE FUNCTION public.audit_phenom() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  change jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public.audit_log (actor_id, action, entity, entity_id, diff)
    VALUES (public.hasura_session_user_id(), 'insert', TG_TABLE_NAME, NEW.id::text, to_jsonb(NEW));
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Only the columns that changed, as {column: {old, new}}; updated_at always moves and says nothing.
    SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)), '{}')
      INTO change
      FROM jsonb_each(to_jsonb(OLD)) o
      JOIN jsonb_each(to_jsonb(NEW)) n USING (key)
     WHERE o.value IS DISTINCT FROM n.value AND n.key <> 'updated_at';
    IF change <> '{}' THEN
      INSERT INTO public.audit_log (actor_id, action, entity, entity_id, diff)
      VALUES (public.hasura_session_user_id(), 'update', TG_TABLE_NAME, NEW.id::text, change);
    END IF;
    RETURN NEW;
  ELSE
    INSERT INTO public.audit_log (actor_id, action, entity, entity_id, diff)
    VALUES (public.hasura_session_user_id(), 'delete', TG_TABLE_NAME, OLD.id::text, to_jsonb(OLD));
    RETURN OLD;
  END IF;
END;
$$;

CREATE TRIGGER phenom_audit AFTER INSERT OR UPDATE OR DELETE ON public.phenom
  FOR EACH ROW EXECUTE FUNCTION public.audit_phenom();
