DROP TRIGGER IF EXISTS phenom_media_from_upload ON public.phenom_media;
DROP FUNCTION IF EXISTS public.phenom_media_from_upload();
ALTER TABLE public.phenom_media DROP COLUMN IF EXISTS upload_id;
ALTER TABLE public.phenom_media DROP COLUMN IF EXISTS file_name;
DROP TABLE IF EXISTS public.media_uploads;
DROP FUNCTION IF EXISTS public.media_uploads_assign_key();
