'use client';

import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { callApiAs } from '@/lib/api/client';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/utils';
import { personName } from '@/lib/users/display';
import { FormMessage } from '@/components/states/form-message';

export const staffMemberSchema = z.object({ id: z.string(), display_name: z.string(), email: z.string() });
export type StaffMember = z.infer<typeof staffMemberSchema>;
const searchAnswer = z.object({ users: z.array(staffMemberSchema) });


/** Waits this long after the last keystroke before asking the server, so typing a name is one request, not five. */
export const SEARCH_DELAY_MS = 250;

/**
 * Finds a staff member through GET /api/users (people with access now; revoked staff are not offered). `exclude`
 * hides people who cannot be picked (yourself, those who already have access).
 */
export function StaffPicker({ label, exclude, onPick }: { label: string; exclude: ReadonlySet<string>; onPick: (person: StaffMember) => void }) {
  const id = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<StaffMember[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const result = await callApiAs(searchAnswer, 'GET', `/api/users?${new URLSearchParams({ q: q.trim(), limit: '8' })}`);
      if (!current) return;
      setError(result.ok ? null : result.message);
      setFound(result.ok ? result.data.users : null);
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q]);

  const offered = found?.filter((p) => !exclude.has(p.id)) ?? [];
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="search" value={q} maxLength={100} placeholder="Name or email" autoComplete="off" onChange={(e) => setQ(e.target.value)} />
      <FormMessage error={error} />
      <ul aria-label="Matching staff" className="flex max-h-48 flex-col gap-1 overflow-y-auto">
        {found === null && !error ? <li className="text-sm text-muted-foreground">Searching…</li> : null}
        {found !== null && offered.length === 0 ? <li className="text-sm text-muted-foreground">No one else matches “{q.trim()}”.</li> : null}
        {offered.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              className={cn('flex w-full flex-col items-start rounded-md px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none')}
              onClick={() => onPick(p)}
            >
              <span className="font-medium">{personName(p)}</span>
              {p.display_name ? <span className="text-xs text-muted-foreground">{p.email}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
