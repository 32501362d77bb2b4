import type { DashboardStatsQuery, Phenom_Outcome_Enum, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { toNumber } from '@/lib/format';
import { PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

export interface DashboardCounts {
  total: number;
  byStatus: Record<Phenom_Status_Enum, number>;
  /** Most frequent first; outcomes nobody has reached yet are left out. */
  byOutcome: { outcome: Phenom_Outcome_Enum; count: number }[];
}

/** Reads the rows of phenom_counts() (graphql/dashboard/dashboard-stats.graphql) back into counts per enum value. */
export function dashboardCounts(data: DashboardStatsQuery): DashboardCounts {
  const of = (dimension: string, value: string) => {
    const row = data.counts.find((c) => c.dimension === dimension && c.value === value);
    return row ? (toNumber(row.count) ?? 0) : 0;
  };
  const byStatus = Object.fromEntries(PHENOM_STATUSES.map((s) => [s, of('status', s)])) as Record<Phenom_Status_Enum, number>;
  const byOutcome = PHENOM_OUTCOMES.map((outcome) => ({ outcome, count: of('outcome', outcome) }))
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count);
  return { total: of('total', ''), byStatus, byOutcome };
}
