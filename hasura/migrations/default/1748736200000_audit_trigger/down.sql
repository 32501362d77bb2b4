DROP TRIGGER IF EXISTS phenom_audit ON public.phenom;
DROP FUNCTION IF EXISTS public.audit_phenom();
DROP FUNCTION IF EXISTS public.hasura_session_user_id();
