import { AppLink } from '@/components/navigation/app-link';
import type { DashboardPhenomFragment } from '@/graphql/generated/graphql';
import { StatusBadge } from '@/components/phenoms/badges';
import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

/** A compact list of phenoms for dashboard panels. */
export function PhenomMiniList({ phenoms, empty }: { phenoms: DashboardPhenomFragment[]; empty: string }) {
  if (phenoms.length === 0) return <p className="py-6 text-center text-sm text-muted-foreground">{empty}</p>;
  return (
    <ul className="divide-y">
      {phenoms.map((p) => (
        <li key={p.id}>
          <AppLink href={`/phenoms/${p.id}`} className="flex items-center justify-between gap-3 py-2.5 hover:bg-accent/40">
            <span className="min-w-0">
              <span className="block truncate text-sm font-medium">{p.title}</span>
              <span className="block truncate text-xs text-muted-foreground">
                {[p.location_name, p.country].filter(Boolean).join(', ') || 'No location'} · {formatOccurredAt(p.occurred_at, 'day')}
              </span>
            </span>
            <StatusBadge status={p.status} />
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
