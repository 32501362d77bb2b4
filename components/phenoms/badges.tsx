import type { Outcome_Confidence_Enum, Phenom_Outcome_Enum, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { Badge } from '@/components/ui/badge';
import { CONFIDENCE_LABELS, OUTCOME_LABELS, STATUS_COLORS, STATUS_LABELS } from '@/lib/phenoms/vocabulary';

export function StatusBadge({ status }: { status: Phenom_Status_Enum }) {
  return (
    <Badge variant="outline">
      <span aria-hidden className="size-2 rounded-full" style={{ background: STATUS_COLORS[status] }} />
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function OutcomeBadge({ outcome, confidence }: { outcome: Phenom_Outcome_Enum; confidence?: Outcome_Confidence_Enum | null }) {
  if (outcome === 'unknown') return <span className="text-muted-foreground">—</span>;
  return (
    <Badge variant="outline">
      {OUTCOME_LABELS[outcome]}
      {confidence ? <span className="text-muted-foreground">· {CONFIDENCE_LABELS[confidence].toLowerCase()}</span> : null}
    </Badge>
  );
}
