'use client';

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Share2 } from 'lucide-react';
import { z } from 'zod';
import { callApi, callApiAs } from '@/lib/api/client';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Label } from '@/components/ui/label';
import { personName } from '@/lib/users/display';
import { StaffPicker, staffMemberSchema, type StaffMember } from '@/components/users/staff-picker';
import { FormMessage } from '@/components/states/form-message';

/** What is shared: a whole list, or one item of a list (its phenom and note, not the rest of the list). */
export type ShareTarget = { kind: 'list'; id: string; name: string } | { kind: 'item'; id: string; name: string };

const accessRow = z.object({ user_id: z.string(), can_edit: z.boolean().default(false), user: staffMemberSchema.nullable() });
const accessAnswer = z.object({ owner: staffMemberSchema.nullable().optional(), shares: z.array(accessRow) });
export type AccessRow = z.infer<typeof accessRow>;

const targetParam = (t: ShareTarget) => (t.kind === 'list' ? 'list_id' : 'item_id');
const sharesUrl = (t: ShareTarget, extra: Record<string, string> = {}) => `/api/shares?${new URLSearchParams({ [targetParam(t)]: t.id, ...extra })}`;

/** Loads who has access and offers share / revoke; every change is read back from the server. */
function useAccess(target: ShareTarget, open: boolean) {
  const [rows, setRows] = useState<AccessRow[] | null>(null);
  const [owner, setOwner] = useState<StaffMember | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    const result = await callApiAs(accessAnswer, 'GET', sharesUrl(target));
    if (!result.ok) return setError(result.message);
    setError(null);
    setRows(result.data.shares);
    setOwner(result.data.owner ?? null);
  }, [target]);
  useEffect(() => {
    if (open) void load();
  }, [open, load]);
  return { rows, owner, error, setError, load };
}

export function ShareDialog({ target, me, trigger }: { target: ShareTarget; me: string; trigger?: ReactNode }) {
  const [open, setOpen] = useState(false);
  const { rows, owner, error, setError, load } = useAccess(target, open);
  const [person, setPerson] = useState<StaffMember | null>(null);
  const [canEdit, setCanEdit] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const change = async (run: () => ReturnType<typeof callApi>, done: string) => {
    setBusy(true);
    setNotice(null);
    const result = await run();
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setNotice(done);
    setPerson(null);
    await load();
  };
  const share = (p: StaffMember) =>
    change(() => callApi('POST', '/api/shares', { [targetParam(target)]: target.id, user_id: p.id, can_edit: canEdit }), `Shared with ${personName(p)} (${canEdit ? 'can edit' : 'read only'}).`);
  const revoke = (row: AccessRow) =>
    change(() => callApi('DELETE', sharesUrl(target, { user_id: row.user_id })), `${personName(row.user ?? {})} no longer has access.`);

  const taken = new Set([me, ...(owner ? [owner.id] : []), ...(rows ?? []).map((r) => r.user_id)]);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {trigger ?? (
          <Button variant="outline" size="sm">
            <Share2 aria-hidden /> Share
          </Button>
        )}
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Share “{target.name}”</DialogTitle>
          <DialogDescription>
            {target.kind === 'list' ? 'People you share the list with see it under “Shared with me”.' : 'The person sees this one item and the list’s name, not the rest of the list.'} They get a notification.
          </DialogDescription>
        </DialogHeader>
        {person ? (
          <form
            className="flex flex-col gap-3 rounded-md border p-3"
            onSubmit={(e) => {
              e.preventDefault();
              void share(person);
            }}
          >
            <p className="text-sm">
              Share with <strong>{personName(person)}</strong>
            </p>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">Rights</legend>
              <Label className="font-normal">
                <input type="radio" name="rights" checked={!canEdit} onChange={() => setCanEdit(false)} /> Read only
              </Label>
              <Label className="font-normal">
                <input type="radio" name="rights" checked={canEdit} onChange={() => setCanEdit(true)} /> Can edit {target.kind === 'list' ? '(name, description, items and notes)' : '(this item’s note)'}
              </Label>
            </fieldset>
            <div className="flex gap-2">
              <Button type="submit" disabled={busy}>
                {busy ? 'Sharing…' : 'Share'}
              </Button>
              <Button type="button" variant="ghost" onClick={() => setPerson(null)}>
                Pick someone else
              </Button>
            </div>
          </form>
        ) : (
          <StaffPicker label="Share with" exclude={taken} onPick={setPerson} />
        )}
<FormMessage error={error} notice={error ? null : notice} />
        <AccessList owner={owner} rows={rows} busy={busy} onRevoke={revoke} />
      </DialogContent>
    </Dialog>
  );
}

function AccessList({ owner, rows, busy, onRevoke }: { owner: StaffMember | null; rows: AccessRow[] | null; busy: boolean; onRevoke: (row: AccessRow) => void }) {
  return (
    <section aria-label="Who has access" className="flex flex-col gap-2">
      <h3 className="text-sm font-medium">Who has access</h3>
      {rows === null ? <p className="text-sm text-muted-foreground">Loading…</p> : null}
      <ul className="flex flex-col gap-1 text-sm">
        {owner ? (
          <li className="flex items-center justify-between gap-2">
            <span>{personName(owner)}</span>
            <span className="text-xs text-muted-foreground">Owner</span>
          </li>
        ) : null}
        {rows?.map((row) => (
          <li key={row.user_id} className="flex items-center justify-between gap-2">
            <span className="min-w-0 truncate">{personName(row.user ?? {})}</span>
            <span className="flex items-center gap-2">
              <span className="text-xs text-muted-foreground">{row.can_edit ? 'Can edit' : 'Read only'}</span>
              <Button size="sm" variant="ghost" disabled={busy} aria-label={`Revoke ${personName(row.user ?? {})}`} onClick={() => onRevoke(row)}>
                Revoke
              </Button>
            </span>
          </li>
        ))}
        {rows?.length === 0 ? <li className="text-muted-foreground">Not shared with anyone yet.</li> : null}
      </ul>
    </section>
  );
}
