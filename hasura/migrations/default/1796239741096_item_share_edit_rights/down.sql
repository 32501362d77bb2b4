CREATE OR REPLACE FUNCTION public.notify_item_shared() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM public.notify(NEW.user_id, 'item.shared',
    (SELECT jsonb_build_object('item_id', i.id, 'list_id', i.list_id, 'phenom_id', i.phenom_id, 'title', p.title, 'by', NEW.shared_by)
       FROM public.list_items i JOIN public.phenom p ON p.id = i.phenom_id WHERE i.id = NEW.item_id));
  RETURN NULL;
END;
$$;
DROP TRIGGER IF EXISTS list_item_position_guard ON public.list_items;
DROP FUNCTION IF EXISTS public.list_item_position_guard();
ALTER TABLE public.item_shares DROP COLUMN IF EXISTS can_edit;
