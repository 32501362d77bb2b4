import type { DashboardStatsQuery, Phenom_Outcome_Enum, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

export interface DashboardCounts {
  total: number;
  byStatus: Record<Phenom_Status_Enum, number>;
  /** Most frequent first; outcomes nobody has reached yet are left out. */
  byOutcome: { outcome: Phenom_Outcome_Enum; count: number }[];
}

/** Reads the aliased aggregates of graphql/dashboard/dashboard-stats.graphql back into counts per enum value. */
export function dashboardCounts(data: DashboardStatsQuery): DashboardCounts {
  const count = (agg: { aggregate: { count: number } | null }) => agg.aggregate?.count ?? 0;
  const byStatus = Object.fromEntries(PHENOM_STATUSES.map((s) => [s, count(data[`status_${s}`])])) as Record<Phenom_Status_Enum, number>;
  const byOutcome = PHENOM_OUTCOMES.map((outcome) => ({ outcome, count: count(data[`outcome_${outcome}`]) }))
    .filter((o) => o.count > 0)
    .sort((a, b) => b.count - a.count);
  return { total: count(data.total), byStatus, byOutcome };
}
