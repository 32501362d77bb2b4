'use client';

import dynamic from 'next/dynamic';
import { Skeleton } from '@/components/ui/skeleton';
import type { PhenomMapProps } from '@/components/map/phenom-map';

// WebGL maps exist only in the browser; rendering them on the server would fail on `window`.
const PhenomMap = dynamic(() => import('@/components/map/phenom-map').then((m) => m.PhenomMap), {
  ssr: false,
  loading: () => <Skeleton className="h-[calc(100svh-16rem)] min-h-96 rounded-xl" />,
});

export function PhenomMapLoader(props: PhenomMapProps) {
  return <PhenomMap {...props} />;
}
