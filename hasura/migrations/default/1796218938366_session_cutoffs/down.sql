DROP TABLE public.session_cutoffs;
DROP FUNCTION public.session_cutoffs_stamp();
