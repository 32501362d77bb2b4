-- Every insert, update and delete on every table writes an audit_log row in the same transaction, and the
-- notifications people get about each other's actions are written here too: in the database no path (route,
-- /api/graphql, console, script) can skip either.

-- One audit function for all tables. The primary-key columns come as trigger arguments (read from the catalog
-- when the trigger is created, below), so the function needs no catalog lookup per row; composite keys are joined
-- with ':' in key order (list_shares: '<list_id>:<user_id>').
CREATE FUNCTION public.audit_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  row_id text;
  change jsonb;
BEGIN
  SELECT string_agg(coalesce(new_row, old_row) ->> key_column, ':' ORDER BY ord)
    INTO row_id
    FROM unnest(TG_ARGV) WITH ORDINALITY AS k(key_column, ord);
  IF TG_OP = 'UPDATE' THEN
    -- Only the columns that changed, as {column: {old, new}}; updated_at always moves and says nothing.
    SELECT coalesce(jsonb_object_agg(n.key, jsonb_build_object('old', o.value, 'new', n.value)), '{}')
      INTO change
      FROM jsonb_each(old_row) o
      JOIN jsonb_each(new_row) n USING (key)
     WHERE o.value IS DISTINCT FROM n.value AND n.key <> 'updated_at';
    IF change = '{}' THEN
      RETURN NULL;
    END IF;
  ELSE
    change := coalesce(new_row, old_row);
  END IF;
  INSERT INTO public.audit_log (actor_id, action, entity, entity_id, diff)
  VALUES (public.hasura_session_user_id(), lower(TG_OP), TG_TABLE_NAME, coalesce(row_id, ''), change);
  RETURN NULL;
END;
$$;

DROP TRIGGER phenom_audit ON public.phenom;
DROP FUNCTION public.audit_phenom();

-- Attach it to every table but audit_log itself (auditing the audit would recurse). A table added later must
-- call public.audit_table('<name>') in its migration; local/db/migrate.test.ts fails for any table that does not.
CREATE FUNCTION public.audit_table(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  key_columns text;
BEGIN
  SELECT string_agg(quote_literal(a.attname), ', ' ORDER BY k.ord)
    INTO key_columns
    FROM pg_index i
    CROSS JOIN unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
   WHERE i.indrelid = target AND i.indisprimary;
  IF key_columns IS NULL THEN
    RAISE EXCEPTION 'table % has no primary key to audit by', target;
  END IF;
  EXECUTE format('CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION public.audit_row(%s)',
                 target, key_columns);
END;
$$;

DO $$
DECLARE
  t regclass;
BEGIN
  FOR t IN
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'audit_log'
     ORDER BY c.relname
  LOOP
    PERFORM public.audit_table(t);
  END LOOP;
END;
$$;

-- Notifications. One row per person told; nobody is told about their own action (the actor is the Hasura
-- session user, as in the audit).
CREATE FUNCTION public.notify(recipient text, kind text, payload jsonb) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO public.notifications (user_id, kind, payload)
  SELECT recipient, kind, payload
   WHERE recipient IS NOT NULL AND recipient IS DISTINCT FROM public.hasura_session_user_id();
$$;

-- A list shared with you.
CREATE FUNCTION public.notify_list_shared() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.notify(NEW.user_id, 'list.shared',
    (SELECT jsonb_build_object('list_id', l.id, 'name', l.name, 'can_edit', NEW.can_edit, 'by', public.hasura_session_user_id())
       FROM public.lists l WHERE l.id = NEW.list_id));
  RETURN NULL;
END;
$$;
CREATE TRIGGER notify_list_shared AFTER INSERT ON public.list_shares
  FOR EACH ROW EXECUTE FUNCTION public.notify_list_shared();

-- One item of a list shared with you.
CREATE FUNCTION public.notify_item_shared() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.notify(NEW.user_id, 'item.shared',
    (SELECT jsonb_build_object('item_id', i.id, 'list_id', i.list_id, 'phenom_id', i.phenom_id, 'title', p.title, 'by', NEW.shared_by)
       FROM public.list_items i JOIN public.phenom p ON p.id = i.phenom_id WHERE i.id = NEW.item_id));
  RETURN NULL;
END;
$$;
CREATE TRIGGER notify_item_shared AFTER INSERT ON public.item_shares
  FOR EACH ROW EXECUTE FUNCTION public.notify_item_shared();

-- A phenom assigned to you (at intake or later); unassigning or re-saving the same assignee tells no one.
CREATE FUNCTION public.notify_phenom_assigned() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.assignee_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.assignee_id IS DISTINCT FROM OLD.assignee_id) THEN
    PERFORM public.notify(NEW.assignee_id, 'phenom.assigned',
      jsonb_build_object('phenom_id', NEW.id, 'title', NEW.title, 'by', public.hasura_session_user_id()));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER notify_phenom_assigned AFTER INSERT OR UPDATE OF assignee_id ON public.phenom
  FOR EACH ROW EXECUTE FUNCTION public.notify_phenom_assigned();

-- A drop attached to a phenom on one of your lists: each list owner once, however many of their lists hold it.
CREATE FUNCTION public.notify_drop_attached() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.phenom_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.phenom_id IS DISTINCT FROM OLD.phenom_id) THEN
    PERFORM public.notify(owners.owner_id, 'drop.attached',
      jsonb_build_object('drop_id', NEW.id, 'phenom_id', NEW.phenom_id, 'title', p.title, 'list_ids', owners.list_ids))
      FROM (SELECT l.owner_id, jsonb_agg(l.id ORDER BY l.id) AS list_ids
              FROM public.list_items i JOIN public.lists l ON l.id = i.list_id
             WHERE i.phenom_id = NEW.phenom_id
             GROUP BY l.owner_id) owners
      JOIN public.phenom p ON p.id = NEW.phenom_id;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER notify_drop_attached AFTER INSERT OR UPDATE OF phenom_id ON public.drops
  FOR EACH ROW EXECUTE FUNCTION public.notify_drop_attached();

