ALTER TABLE public.users DROP COLUMN avatar_key;
ALTER TABLE public.users ADD COLUMN avatar_url text CHECK (avatar_url IS NULL OR avatar_url ~ '^https?://');
DROP TRIGGER IF EXISTS users_fold_email ON public.users;
DROP FUNCTION IF EXISTS public.users_fold_email();
DROP INDEX IF EXISTS public.users_has_access_display_name_idx;
CREATE TABLE public.user_role (value text PRIMARY KEY, comment text);
INSERT INTO public.user_role (value, comment) VALUES
  ('user', 'Signed up, not (yet) granted nest-access'),
  ('staff', 'Member of the nest-access group'),
  ('admin', 'Member of the nest-admin group');
ALTER TABLE public.users ADD COLUMN role text NOT NULL DEFAULT 'user' REFERENCES public.user_role (value) ON UPDATE CASCADE;
UPDATE public.users SET role = CASE WHEN has_access THEN 'staff' ELSE 'user' END;
ALTER TABLE public.users DROP COLUMN has_access;
