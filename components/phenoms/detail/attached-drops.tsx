import type { PhenomDetailQuery } from '@/graphql/generated/graphql';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { formatDateTime } from '@/lib/phenoms/vocabulary';

type Drop = NonNullable<PhenomDetailQuery['phenom_by_pk']>['drops'][number];

/** What the submitter wrote, from the free-form payload: its text or description, else nothing to quote. */
function dropText(payload: unknown): string | null {
  if (!payload || typeof payload !== 'object') return null;
  const p = payload as Record<string, unknown>;
  const text = [p.text, p.description, p.title].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return text ? text.slice(0, 280) : null;
}

/** Public submissions attached to this phenom (accepted into it, or marked as duplicates of it). */
export function AttachedDrops({ drops }: { drops: Drop[] }) {
  return (
    <Card role="region" aria-label="Drops attached">
      <CardHeader>
        <CardTitle>Drops attached ({drops.length})</CardTitle>
      </CardHeader>
      <CardContent>
        {drops.length === 0 ? (
          <p className="text-sm text-muted-foreground">No public submission has been attached to this phenom. Attach one from the Drops queue.</p>
        ) : (
          <ul className="flex flex-col gap-3 text-sm">
            {drops.map((d) => (
              <li key={d.id} className="flex flex-col gap-1 border-b pb-2 last:border-0">
                <span className="flex items-center gap-2">
                  <Badge variant="outline">{d.status}</Badge>
                  <span className="text-muted-foreground">{formatDateTime(d.submitted_at)}</span>
                </span>
                {dropText(d.payload) ? <p className="whitespace-pre-wrap">{dropText(d.payload)}</p> : null}
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
