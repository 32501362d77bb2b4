import { PageSkeleton } from '@/components/states/page-skeleton';

export default function Loading() {
  return <PageSkeleton label="Loading the reports waiting for triage…" rows={8} />;
}
