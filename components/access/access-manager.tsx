'use client';

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { CloudOff, UserPlus, UsersRound } from 'lucide-react';
import { z } from 'zod';
import { callApiAs } from '@/lib/api/client';
import { staffEmailInput } from '@/lib/users/schemas';
import { EmptyState } from '@/components/states/empty-state';
import { RetryButton } from '@/components/states/retry-button';
import { StatePanel } from '@/components/states/state-panel';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Skeleton } from '@/components/ui/skeleton';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { changeLabel, changesFor, consequence, type AccessChange } from './access-changes';
import { FormMessage } from '@/components/states/form-message';

const poolUser = z.object({ sub: z.string(), email: z.string(), name: z.string().nullable(), status: z.string(), enabled: z.boolean(), groups: z.array(z.string()) });
type PoolUser = z.infer<typeof poolUser>;
const pageAnswer = z.object({ users: z.array(poolUser), next_cursor: z.string().nullable() });
const userAnswer = z.object({ user: poolUser });
const inviteAnswer = z.object({ email: z.string(), created: z.boolean() });

type Directory = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; users: PoolUser[]; next: string | null };

function useDirectory(email: string) {
  const [dir, setDir] = useState<Directory>({ state: 'loading' });
  const load = useCallback(
    async (cursor?: string) => {
      const query = new URLSearchParams({ ...(email ? { email } : {}), ...(cursor ? { cursor } : {}) });
      const result = await callApiAs(pageAnswer, 'GET', `/api/admin/users?${query}`);
      if (!result.ok) return setDir({ state: 'error', message: result.message });
      setDir((before) => ({ state: 'ready', users: [...(cursor && before.state === 'ready' ? before.users : []), ...result.data.users], next: result.data.next_cursor }));
    },
    [email],
  );
  useEffect(() => {
    const timer = setTimeout(() => void load(), 250);
    return () => clearTimeout(timer);
  }, [load]);
  const replace = (user: PoolUser) => setDir((d) => (d.state === 'ready' ? { ...d, users: d.users.map((u) => (u.sub === user.sub ? user : u)) } : d));
  return { dir, load, replace };
}

export function AccessManager({ me }: { me: string }) {
  const [email, setEmail] = useState('');
  const { dir, load, replace } = useDirectory(email.trim().toLowerCase());
  const [pending, setPending] = useState<{ user: PoolUser; change: AccessChange } | null>(null);
  return (
    <div className="flex flex-col gap-6">
      <InviteForm onInvited={() => void load()} />
      <div className="flex max-w-sm flex-col gap-2">
        <Label htmlFor="access-filter">Find by email (start of the address)</Label>
        <Input id="access-filter" type="search" value={email} maxLength={254} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <DirectoryView dir={dir} me={me} filter={email} onRetry={() => void load()} onMore={(next) => void load(next)} onChange={(user, change) => setPending({ user, change })} />
      <ConfirmChange pending={pending} onClose={() => setPending(null)} onDone={replace} />
    </div>
  );
}

function DirectoryView({ dir, me, filter, onRetry, onMore, onChange }: {
  dir: Directory;
  me: string;
  filter: string;
  onRetry: () => void;
  onMore: (cursor: string) => void;
  onChange: (user: PoolUser, change: AccessChange) => void;
}) {
  if (dir.state === 'loading')
    return (
      <div role="status" className="flex flex-col gap-2">
        <span className="sr-only">Loading staff…</span>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    );
  if (dir.state === 'error')
    return (
      <StatePanel icon={CloudOff} title="Staff could not be loaded" tone="error" role="alert" actions={<RetryButton onRetry={onRetry} />}>
        <p>{dir.message}</p>
      </StatePanel>
    );
  if (dir.users.length === 0)
    return (
      <EmptyState title={filter ? `No account starts with “${filter}”` : 'No accounts yet'} icon={UsersRound}>
        Invite someone by email above; they get a temporary password and choose their own at first sign-in.
      </EmptyState>
    );
  return (
    <>
      <Table aria-label="Staff accounts">
        <TableHeader>
          <TableRow>
            <TableHead>Person</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Groups</TableHead>
            <TableHead className="text-right">Change</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {dir.users.map((u) => (
            <TableRow key={u.sub}>
              <TableCell>
                <span className="block font-medium">{u.email}</span>
                {u.name ? <span className="text-xs text-muted-foreground">{u.name}</span> : null}
              </TableCell>
              <TableCell>{u.enabled ? u.status.toLowerCase().replace(/_/g, ' ') : 'disabled'}</TableCell>
              <TableCell className="flex flex-wrap gap-1">
                {u.groups.length === 0 ? <span className="text-muted-foreground">none</span> : u.groups.map((g) => <Badge key={g} variant="outline">{g}</Badge>)}
              </TableCell>
              <TableCell className="text-right">
                {u.sub === me ? <span className="text-xs text-muted-foreground">You</span> : null}
                {changesFor(u.groups, u.sub === me).map((c) => (
                  <Button key={changeLabel(c)} size="sm" variant={c.kind === 'revoke' ? 'outline' : 'secondary'} className="ml-2" aria-label={`${changeLabel(c)}: ${u.email}`} onClick={() => onChange(u, c)}>
                    {changeLabel(c)}
                  </Button>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {dir.next ? (
        <Button variant="outline" className="self-start" onClick={() => onMore(dir.next!)}>
          Show more
        </Button>
      ) : null}
    </>
  );
}

function ConfirmChange({ pending, onClose, onDone }: { pending: { user: PoolUser; change: AccessChange } | null; onClose: () => void; onDone: (user: PoolUser) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (!pending) return;
    const { user, change } = pending;
    setBusy(true);
    const url = `/api/admin/users/${user.sub}/groups`;
    const result = change.kind === 'grant' ? await callApiAs(userAnswer, 'POST', url, { group: change.group }) : await callApiAs(userAnswer, 'DELETE', `${url}/${change.group}`);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onDone(result.data.user);
    onClose();
  };
  return (
    <Dialog
      open={pending !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
        setError(null);
      }}
    >
      {pending ? (
        <DialogContent>
          <DialogHeader>
            <DialogTitle>
              {changeLabel(pending.change)} for {pending.user.email}?
            </DialogTitle>
            <DialogDescription>{consequence(pending.change, pending.user.email)}</DialogDescription>
          </DialogHeader>
          <FormMessage error={error} />
          <DialogFooter>
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button variant={pending.change.kind === 'revoke' ? 'destructive' : 'default'} disabled={busy} onClick={confirm}>
              {busy ? 'Saving…' : changeLabel(pending.change)}
            </Button>
          </DialogFooter>
        </DialogContent>
      ) : null}
    </Dialog>
  );
}

function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = staffEmailInput.safeParse({ email });
    if (!parsed.success) return setMessage({ ok: false, text: `email: ${parsed.error.issues[0].message}` });
    setBusy(true);
    const result = await callApiAs(inviteAnswer, 'POST', '/api/admin/invite', parsed.data);
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    const { created, email: invited } = result.data;
    setMessage({ ok: true, text: created ? `Invitation sent to ${invited}: they sign in with the emailed temporary password and choose their own.` : `${invited} already had an account and now has access.` });
    setEmail('');
    onInvited();
  };
  return (
    <form onSubmit={submit} className="flex flex-col gap-2 rounded-lg border p-4" aria-label="Invite staff">
      <Label htmlFor="invite-email">Invite by email</Label>
      <div className="flex flex-wrap gap-2">
        <Input id="invite-email" type="email" className="max-w-sm" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <Button type="submit" disabled={busy}>
          <UserPlus aria-hidden /> {busy ? 'Inviting…' : 'Invite'}
        </Button>
      </div>
      <FormMessage error={message?.ok ? null : message?.text} notice={message?.ok ? message.text : null} />
    </form>
  );
}
