import { AppLink } from '@/components/navigation/app-link';
import { Orbit } from 'lucide-react';

export function Brand() {
  return (
    <AppLink href="/" className="flex items-center gap-2 px-3 font-semibold tracking-tight">
      <Orbit className="size-5" aria-hidden />
      <span>N.E.S.T.</span>
      <span className="sr-only">Nexus for Evidence, Screening, and Tracking — dashboard</span>
    </AppLink>
  );
}
