DROP TABLE public.screening_candidate;
DROP TABLE public.screening_run;
