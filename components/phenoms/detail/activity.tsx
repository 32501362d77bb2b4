import type { PhenomActivityQuery } from '@/graphql/generated/graphql';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { describeChange } from '@/lib/phenoms/activity';
import { formatDateTime } from '@/lib/phenoms/vocabulary';

/** The phenom's latest 20 changes from the audit log, with who made them (admins: the log is theirs to read). */
export function PhenomActivity({ rows, names }: { rows: PhenomActivityQuery['audit_log']; names: Map<string, string> }) {
  return (
    <Card role="region" aria-label="Activity">
      <CardHeader>
        <CardTitle>Activity</CardTitle>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">No change recorded yet.</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm">
            {rows.map((r) => (
              <li key={r.id} className="border-b pb-2 last:border-0">
                <p className="text-xs text-muted-foreground">
                  {formatDateTime(r.at)} · {r.actor_id ? (names.get(r.actor_id) ?? 'a former staff member') : 'the system'}
                </p>
                <ul>
                  {describeChange(r.action, r.diff).map((line) => (
                    <li key={line} className="break-words">
                      {line}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
