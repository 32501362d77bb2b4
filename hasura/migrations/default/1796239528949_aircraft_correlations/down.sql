DROP TABLE public.aircraft_correlation_match;
DROP TABLE public.aircraft_correlation;
