import { Skeleton } from '@/components/ui/skeleton';

/** A page of rows while it loads: the header's place and a table's worth of rows, so nothing jumps when data comes. */
export function TableSkeleton({ rows = 8, withDescription = true }: { rows?: number; withDescription?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <div className="flex flex-col gap-2">
        <Skeleton className="h-8 w-48" />
        {withDescription ? <Skeleton className="h-4 w-80 max-w-full" /> : null}
      </div>
      <div className="flex flex-col gap-2 rounded-xl border p-3">
        {Array.from({ length: rows }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </div>
  );
}
