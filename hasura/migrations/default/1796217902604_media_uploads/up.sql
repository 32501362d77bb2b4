-- Media arrive in two steps: the app records a pending upload (this table) and hands the browser a presigned PUT
-- for the key the database chose; once the object is in the bucket, the media row is registered from that upload.
-- Neither step lets anyone name a key: s3_key is computed here, and phenom_media takes key, phenom, type and file
-- name from the upload row, so no path (route, script, direct GraphQL) can register someone else's object.
CREATE TABLE public.media_uploads (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  phenom_id uuid NOT NULL REFERENCES public.phenom (id) ON DELETE CASCADE,
  s3_key text NOT NULL UNIQUE,
  file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255 AND file_name !~ '[/\\\x00-\x1f]'),
  content_type text NOT NULL CHECK (content_type ~ '^[a-z]+/[a-z0-9.+-]+$'),
  bytes bigint NOT NULL CHECK (bytes > 0),
  uploaded_by text NOT NULL REFERENCES public.users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX media_uploads_phenom_id_idx ON public.media_uploads (phenom_id);
CREATE INDEX media_uploads_uploaded_by_idx ON public.media_uploads (uploaded_by);

-- Whatever an insert says, the key, the clock and the deadline are the database's.
CREATE FUNCTION public.media_uploads_assign_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.id := gen_random_uuid();
  NEW.s3_key := 'phenoms/' || NEW.phenom_id || '/uploads/' || NEW.id;
  NEW.created_at := now();
  NEW.expires_at := now() + interval '1 hour';
  RETURN NEW;
END;
$$;
CREATE TRIGGER media_uploads_assign_key BEFORE INSERT ON public.media_uploads
  FOR EACH ROW EXECUTE FUNCTION public.media_uploads_assign_key();

-- The name the file had on the uploader's machine, offered again as the download's file name.
ALTER TABLE public.phenom_media ADD COLUMN file_name text CHECK (file_name IS NULL OR (length(file_name) BETWEEN 1 AND 255 AND file_name !~ '[/\\\x00-\x1f]'));
ALTER TABLE public.phenom_media ADD COLUMN upload_id uuid UNIQUE REFERENCES public.media_uploads (id) ON DELETE SET NULL;

-- A media row made from an upload copies everything identifying from it; an expired upload cannot be registered.
CREATE FUNCTION public.phenom_media_from_upload() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  up public.media_uploads%ROWTYPE;
BEGIN
  IF NEW.upload_id IS NULL THEN
    RETURN NEW;
  END IF;
  SELECT * INTO up FROM public.media_uploads WHERE id = NEW.upload_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'no such upload' USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF up.expires_at < now() THEN
    RAISE EXCEPTION 'upload expired' USING ERRCODE = 'check_violation';
  END IF;
  NEW.phenom_id := up.phenom_id;
  NEW.s3_key := up.s3_key;
  NEW.content_type := up.content_type;
  NEW.file_name := up.file_name;
  NEW.uploaded_by := up.uploaded_by;
  RETURN NEW;
END;
$$;
CREATE TRIGGER phenom_media_from_upload BEFORE INSERT ON public.phenom_media
  FOR EACH ROW EXECUTE FUNCTION public.phenom_media_from_upload();
