import type { AuditLogQuery } from '@/graphql/generated/graphql';
import { diffRows, showValue } from '@/lib/audit/filters';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { Badge } from '@/components/ui/badge';

type Entry = AuditLogQuery['audit_log'][number];

const ACTION_WORD = { insert: 'created', update: 'changed', delete: 'deleted' } as Record<string, string>;

/** One entry per change: who, what, when, and each column before and after. */
export function AuditEntries({ entries, names }: { entries: Entry[]; names: ReadonlyMap<string, string> }) {
  return (
    <ol aria-label="Audit entries" className="flex flex-col gap-3">
      {entries.map((e) => {
        const rows = diffRows(e.action, e.diff);
        const who = e.actor_id ? (names.get(e.actor_id) ?? e.actor_id) : 'The system';
        return (
          <li key={String(e.id)} className="rounded-lg border bg-card p-4">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <strong>{who}</strong> {ACTION_WORD[e.action] ?? e.action} <Badge variant="outline">{e.entity}</Badge>
              <code className="break-all text-xs text-muted-foreground">{e.entity_id}</code>
              <span className="ml-auto text-xs text-muted-foreground">{formatDateTime(e.at)}</span>
            </p>
            {rows.length > 0 ? (
              <table className="mt-3 w-full table-fixed text-left text-xs">
                <caption className="sr-only">What changed</caption>
                <thead className="text-muted-foreground">
                  <tr>
                    <th scope="col" className="w-1/5 py-1 font-medium">Column</th>
                    <th scope="col" className="py-1 font-medium">Before</th>
                    <th scope="col" className="py-1 font-medium">After</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.column} className="border-t align-top">
                      <th scope="row" className="py-1 pr-2 font-mono font-normal">{r.column}</th>
                      <td className="break-words py-1 pr-2">{'before' in r ? showValue(r.before) : '—'}</td>
                      <td className="break-words py-1">{'after' in r ? showValue(r.after) : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
