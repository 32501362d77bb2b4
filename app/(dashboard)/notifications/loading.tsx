import { PageSkeleton } from '@/components/states/page-skeleton';

export default function Loading() {
  return <PageSkeleton label="Loading your notifications…" rows={8} />;
}
