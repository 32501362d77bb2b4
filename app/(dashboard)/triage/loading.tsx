import { TableSkeleton } from '@/components/states/table-skeleton';

export default function Loading() {
  return <TableSkeleton />;
}
