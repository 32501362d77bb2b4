-- One list item can be shared with edit rights: the person may then change that item's note, nothing else of the
-- list (they still see only that item). A read-only item share stays the default.
ALTER TABLE public.item_shares ADD COLUMN can_edit boolean NOT NULL DEFAULT false;

-- Hasura's update columns are per role, not per path: the list_items update permission that lets such a person
-- write the item's note would let them write its position too. Position is the list's order, so moving an item
-- stays with the list's owner and its editors, whichever way the update comes (route, /api/graphql, a script).
CREATE FUNCTION public.list_item_position_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  session jsonb := nullif(current_setting('hasura.user', true), '')::jsonb;
  me text := session ->> 'x-hasura-user-id';
BEGIN
  IF session ->> 'x-hasura-role' = 'nest-access' AND NOT EXISTS (
    SELECT 1 FROM public.lists l
     WHERE l.id = NEW.list_id
       AND (l.owner_id = me OR EXISTS (SELECT 1 FROM public.list_shares s WHERE s.list_id = l.id AND s.user_id = me AND s.can_edit))
  ) THEN
    RAISE EXCEPTION 'only the list''s owner and editors may move its items' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER list_item_position_guard BEFORE UPDATE OF position ON public.list_items
  FOR EACH ROW WHEN (NEW.position IS DISTINCT FROM OLD.position) EXECUTE FUNCTION public.list_item_position_guard();

-- The notification says which rights came with the share.
CREATE OR REPLACE FUNCTION public.notify_item_shared() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.notify(NEW.user_id, 'item.shared',
    (SELECT jsonb_build_object('item_id', i.id, 'list_id', i.list_id, 'phenom_id', i.phenom_id, 'title', p.title, 'by', NEW.shared_by, 'can_edit', NEW.can_edit)
       FROM public.list_items i JOIN public.phenom p ON p.id = i.phenom_id WHERE i.id = NEW.item_id));
  RETURN NULL;
END;
$$;
