'use client';

import { useState } from 'react';
import type { Phenom_Status_Enum, TriageQueueQuery } from '@/graphql/generated/graphql';
import { AppLink } from '@/components/navigation/app-link';
import { StatusBadge } from '@/components/phenoms/badges';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { callApi } from '@/lib/api/client';
import { formatOccurredAt, STATUS_LABELS } from '@/lib/phenoms/vocabulary';
import { ageOf, TRIAGE_STATUSES, triageMoves } from '@/lib/triage/queue';

export type TriageRow = TriageQueueQuery['phenom'][number];

/** The button's words for a move: what the person does, not the state's name. */
const MOVE_LABELS: Partial<Record<Phenom_Status_Enum, string>> = { triage: 'Start triage', investigating: 'Investigate', archived: 'Archive' };

type Notice = { tone: 'status' | 'alert'; text: string } | null;

/**
 * The queue with its actions. A row leaves once it no longer waits (assigned, or moved out of new / triage); a
 * failed change leaves the row as it was and says why, in the server's words (e.g. someone else was quicker: 409).
 * `now` comes from the server, so the ages read the same before and after hydration.
 */
export function TriageQueue({ rows, total, me, now }: { rows: TriageRow[]; total: number; me: string; now: string }) {
  const [items, setItems] = useState(rows);
  const [left, setLeft] = useState(0);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  async function change(row: TriageRow, patch: { assignee_id: string } | { status: Phenom_Status_Enum }, done: string) {
    setBusy(row.id);
    const result = await callApi('PATCH', `/api/phenoms/${row.id}`, patch);
    setBusy(null);
    if (!result.ok) {
      setNotice({ tone: 'alert', text: `“${row.title}” was not changed: ${result.message}` });
      return;
    }
    const stays = 'status' in patch && (TRIAGE_STATUSES as readonly string[]).includes(patch.status);
    if (stays) setItems((all) => all.map((i) => (i.id === row.id ? { ...i, status: (patch as { status: Phenom_Status_Enum }).status } : i)));
    else {
      setItems((all) => all.filter((i) => i.id !== row.id));
      setLeft((n) => n + 1);
    }
    setNotice({ tone: 'status', text: done });
  }

  const waiting = Math.max(total - left, 0);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">
        {waiting.toLocaleString('en-GB')} waiting{waiting > items.length ? `, the oldest ${items.length} shown` : ''}.
      </p>
      <p role={notice?.tone ?? 'status'} className={notice?.tone === 'alert' ? 'text-sm text-destructive' : 'min-h-5 text-sm'}>
        {notice?.text}
      </p>
      {items.length === 0 ? (
        <p className="rounded-xl border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">All taken: reload for reports that came in since.</p>
      ) : (
        <Table aria-label="Reports waiting for triage">
          <TableHeader>
            <TableRow>
              <TableHead>Waiting</TableHead>
              <TableHead>Title</TableHead>
              <TableHead>Place</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((row) => (
              <TableRow key={row.id} aria-busy={busy === row.id}>
                <TableCell className="whitespace-nowrap">
                  <span className="font-medium">{ageOf(row.reported_at, new Date(now))}</span>
                  <span className="block text-xs text-muted-foreground">reported {formatOccurredAt(row.reported_at, 'day')}</span>
                </TableCell>
                <TableCell>
                  <AppLink href={`/phenoms/${row.id}`} className="font-medium hover:underline">
                    {row.title}
                  </AppLink>
                </TableCell>
                <TableCell>{[row.location_name, row.country].filter(Boolean).join(', ') || <span className="text-muted-foreground">—</span>}</TableCell>
                <TableCell>
                  <StatusBadge status={row.status} />
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap justify-end gap-2">
                    <Button size="sm" disabled={busy !== null} onClick={() => change(row, { assignee_id: me }, `“${row.title}” is yours now.`)} aria-label={`Assign to me: ${row.title}`}>
                      Assign to me
                    </Button>
                    {triageMoves(row.status).map((to) => (
                      <Button
                        key={to}
                        size="sm"
                        variant="outline"
                        disabled={busy !== null}
                        onClick={() => change(row, { status: to }, `“${row.title}” moved to ${STATUS_LABELS[to]}.`)}
                        aria-label={`${MOVE_LABELS[to] ?? STATUS_LABELS[to]}: ${row.title}`}
                      >
                        {MOVE_LABELS[to] ?? STATUS_LABELS[to]}
                      </Button>
                    ))}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
