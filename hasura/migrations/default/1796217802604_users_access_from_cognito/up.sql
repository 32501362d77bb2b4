-- Cognito groups are the one source of truth for roles, so users.role (a copy staff could drift from) goes.
-- What the database still needs to know is whether a person may be picked as an assignee or share target today:
-- has_access mirrors membership of nest-access. It is written only from evidence about the groups: set by the
-- person's own sign-in (a token that can act as nest-access proves membership; a permission preset writes it),
-- cleared by the admin route that takes nest-access away (and by the admin staff list, which reads the groups).
ALTER TABLE public.users ADD COLUMN has_access boolean NOT NULL DEFAULT false;
UPDATE public.users SET has_access = (role IN ('staff', 'admin'));
ALTER TABLE public.users DROP COLUMN role;
DROP TABLE public.user_role;

-- Pickers list the people who currently have access, by name.
CREATE INDEX users_has_access_display_name_idx ON public.users (display_name, email) WHERE has_access;

-- The email is preset from the token's `email` claim (x-hasura-user-email), in whatever case Cognito kept it; the
-- column only holds lower case, so the database folds it rather than refusing the sign-in.
CREATE FUNCTION public.users_fold_email() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.email := lower(btrim(NEW.email));
  RETURN NEW;
END;
$$;
CREATE TRIGGER users_fold_email BEFORE INSERT OR UPDATE OF email ON public.users
  FOR EACH ROW EXECUTE FUNCTION public.users_fold_email();

-- An avatar is an object in the media bucket under the person's own prefix (avatars/<id>/...), uploaded through a
-- presigned URL the app mints for that prefix; the check makes sure nobody points their avatar at a colleague's
-- object or at evidence. The app presigns it for display, like media.
ALTER TABLE public.users DROP COLUMN avatar_url;
ALTER TABLE public.users ADD COLUMN avatar_key text
  CONSTRAINT users_avatar_key_own_prefix CHECK (avatar_key IS NULL OR (starts_with(avatar_key, 'avatars/' || id || '/') AND length(avatar_key) <= 300));
