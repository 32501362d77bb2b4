import { Skeleton } from '@/components/ui/skeleton';

/**
 * A page's shape while it loads: its header (and action), then cards or rows of the height the data will take, so
 * nothing jumps when it arrives.
 */
export function PageSkeleton({ label, cards = 0, rows = 0, action = false }: { label: string; cards?: number; rows?: number; action?: boolean }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">{label}</span>
      <div className="flex items-end justify-between">
        <Skeleton className="h-8 w-40" />
        {action ? <Skeleton className="h-9 w-28" /> : null}
      </div>
      {cards > 0 ? (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {Array.from({ length: cards }, (_, i) => (
            <Skeleton key={i} className="h-36" />
          ))}
        </div>
      ) : null}
      {rows > 0 ? (
        <div className="flex flex-col gap-3">
          {Array.from({ length: rows }, (_, i) => (
            <Skeleton key={i} className="h-20" />
          ))}
        </div>
      ) : null}
    </div>
  );
}
