DROP TRIGGER IF EXISTS notify_drop_attached ON public.drops;
DROP TRIGGER IF EXISTS notify_phenom_assigned ON public.phenom;
DROP TRIGGER IF EXISTS notify_item_shared ON public.item_shares;
DROP TRIGGER IF EXISTS notify_list_shared ON public.list_shares;
DROP FUNCTION IF EXISTS public.notify_drop_attached();
DROP FUNCTION IF EXISTS public.notify_phenom_assigned();
DROP FUNCTION IF EXISTS public.notify_item_shared();
DROP FUNCTION IF EXISTS public.notify_list_shared();
DROP FUNCTION IF EXISTS public.notify(text, text, jsonb);

DO $$
DECLARE
  t regclass;
BEGIN
  FOR t IN SELECT tgrelid::regclass FROM pg_trigger WHERE tgname = 'audit_row' AND NOT tgisinternal LOOP
    EXECUTE format('DROP TRIGGER audit_row ON %s', t);
  END LOOP;
END;
$$;
DROP FUNCTION IF EXISTS public.audit_table(regclass);
DROP FUNCTION IF EXISTS public.audit_row();

-- Back to the phenom-only audit of 1748736200000_audit_trigger.
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
