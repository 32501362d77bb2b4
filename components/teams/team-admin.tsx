'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Plus, UserPlus } from 'lucide-react';
import { callApi, type ApiResult } from '@/lib/api/client';
import { teamInput, teamPatch } from '@/lib/teams/schemas';
import { firstIssue, NameDialog } from '@/components/forms/name-dialog';
import { StaffPicker, type StaffMember } from '@/components/users/staff-picker';
import { FormMessage } from '@/components/states/form-message';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

// Admin controls on the Teams page (teams from our own tables only): each change goes to /api/teams and the page
// is read again, so what shows is what the database holds.

function useTeamChange() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (request: () => Promise<ApiResult>): Promise<string | null> => {
    setBusy(true);
    const result = await request();
    setBusy(false);
    setError(result.ok ? null : result.message);
    if (result.ok) router.refresh();
    return result.ok ? null : result.message;
  };
  return { run, error, busy };
}

export function CreateTeamButton() {
  const { run } = useTeamChange();
  const create = async (value: { name: string; description: string }) => firstIssue(teamInput, value) ?? run(() => callApi('POST', '/api/teams', value));
  return (
    <NameDialog
      title="New team"
      description="Teams group staff by what they work on; add members once it exists."
      trigger={
        <Button>
          <Plus aria-hidden /> New team
        </Button>
      }
      initial={{ name: '', description: '' }}
      submitLabel="Create team"
      onSubmit={create}
    />
  );
}

export function TeamAdminActions({ team }: { team: { id: string; name: string; description: string } }) {
  const change = useTeamChange();
  const save = async (value: { name: string; description: string }) => {
    const changed = Object.fromEntries(Object.entries(value).filter(([k, v]) => team[k as 'name' | 'description'] !== v));
    if (Object.keys(changed).length === 0) return null;
    return firstIssue(teamPatch, changed) ?? change.run(() => callApi('PATCH', `/api/teams/${team.id}`, changed));
  };
  return (
    <div className="flex flex-wrap gap-2">
      <NameDialog
        title={`Rename “${team.name}”`}
        description="Members keep their place in the team."
        trigger={
          <Button size="sm" variant="outline" aria-label={`Rename ${team.name}`}>
            Rename
          </Button>
        }
        initial={{ name: team.name, description: team.description }}
        submitLabel="Save"
        onSubmit={save}
      />
      <AddMemberDialog teamId={team.id} teamName={team.name} />
      <Dialog>
        <DialogTrigger asChild>
          <Button size="sm" variant="outline" aria-label={`Delete ${team.name}`}>
            Delete
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete “{team.name}”?</DialogTitle>
            <DialogDescription>The team and its memberships go; the people stay staff, with their lists and assignments.</DialogDescription>
          </DialogHeader>
          <FormMessage error={change.error} />
          <DialogFooter>
            <Button variant="destructive" disabled={change.busy} onClick={() => void change.run(() => callApi('DELETE', `/api/teams/${team.id}`))}>
              Delete team
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}

function AddMemberDialog({ teamId, teamName }: { teamId: string; teamName: string }) {
  const change = useTeamChange();
  const [open, setOpen] = useState(false);
  const add = async (person: StaffMember) => {
    const problem = await change.run(() => callApi('PUT', `/api/teams/${teamId}/members/${encodeURIComponent(person.id)}`, {}));
    if (!problem) setOpen(false);
  };
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline" aria-label={`Add a member to ${teamName}`}>
          <UserPlus aria-hidden /> Add member
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a member to “{teamName}”</DialogTitle>
          <DialogDescription>Only staff with access can be added.</DialogDescription>
        </DialogHeader>
        <StaffPicker label="Find staff" exclude={new Set()} onPick={(p) => void add(p)} />
        <FormMessage error={change.error} />
      </DialogContent>
    </Dialog>
  );
}

/** Lead on / off and remove, for one member of one of our own teams. */
export function MemberAdminActions({ teamId, member }: { teamId: string; member: { user_id: string; name: string; is_lead: boolean } }) {
  const change = useTeamChange();
  const url = `/api/teams/${teamId}/members/${encodeURIComponent(member.user_id)}`;
  return (
    <span className="flex items-center gap-1">
      <Button size="sm" variant="ghost" disabled={change.busy} aria-label={member.is_lead ? `${member.name}: no longer lead` : `Make ${member.name} lead`} onClick={() => void change.run(() => callApi('PUT', url, { is_lead: !member.is_lead }))}>
        {member.is_lead ? 'Unset lead' : 'Make lead'}
      </Button>
      <Button size="sm" variant="ghost" disabled={change.busy} aria-label={`Remove ${member.name} from the team`} onClick={() => void change.run(() => callApi('DELETE', url))}>
        Remove
      </Button>
      {change.error ? (
        <span role="alert" className="text-xs text-destructive">
          {change.error}
        </span>
      ) : null}
    </span>
  );
}
