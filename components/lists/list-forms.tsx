'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { Plus } from 'lucide-react';
import { z } from 'zod';
import { callApi, callApiAs } from '@/lib/api/client';
import { listCreateSchema, listPatchSchema } from '@/lib/lists/input';
import { useAppNavigation } from '@/components/navigation/use-app-navigation';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { firstIssue, NameDialog } from '@/components/forms/name-dialog';
import { FormMessage } from '@/components/states/form-message';

const createdAnswer = z.object({ list: z.object({ id: z.string() }) });

/** "New list": created through POST /api/lists, then opened. */
export function CreateListButton() {
  const { navigate } = useAppNavigation();
  const create = async (value: { name: string; description: string }) => {
    const problem = firstIssue(listCreateSchema, value);
    if (problem) return problem;
    const result = await callApiAs(createdAnswer, 'POST', '/api/lists', value);
    if (!result.ok) return result.message;
    navigate(`/lists/${result.data.list.id}`);
    return null;
  };
  return (
    <NameDialog
      title="New list"
      description="A list collects phenoms for a case or a briefing; you can share it afterwards."
      trigger={
        <Button>
          <Plus aria-hidden /> New list
        </Button>
      }
      initial={{ name: '', description: '' }}
      submitLabel="Create list"
      onSubmit={create}
    />
  );
}

/** Rename / re-describe (owner or editor): PATCH /api/lists/:id with only what changed, then the page re-reads. */
export function EditListButton({ list }: { list: { id: string; name: string; description: string } }) {
  const router = useRouter();
  const save = async (value: { name: string; description: string }) => {
    const changed = Object.fromEntries(Object.entries(value).filter(([k, v]) => list[k as 'name' | 'description'] !== v));
    if (Object.keys(changed).length === 0) return null;
    const problem = firstIssue(listPatchSchema, changed);
    if (problem) return problem;
    const result = await callApi('PATCH', `/api/lists/${list.id}`, changed);
    if (!result.ok) return result.message;
    router.refresh();
    return null;
  };
  return (
    <NameDialog
      title="Rename list"
      description="Everyone with access sees the new name."
      trigger={
        <Button variant="outline" size="sm">
          Rename
        </Button>
      }
      initial={{ name: list.name, description: list.description }}
      submitLabel="Save"
      onSubmit={save}
    />
  );
}

/** Deletes the list after saying what goes with it (owner only). */
export function DeleteListButton({ list }: { list: { id: string; name: string } }) {
  const { navigate } = useAppNavigation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await callApi('DELETE', `/api/lists/${list.id}`);
    setBusy(false);
    if (!result.ok) return setError(result.message);
    navigate('/lists');
  };
  return (
    <Dialog onOpenChange={() => setError(null)}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{list.name}”?</DialogTitle>
          <DialogDescription>The list, its notes and everyone’s access to it go. The phenoms on it stay as they are. This cannot be undone.</DialogDescription>
        </DialogHeader>
        <FormMessage error={error} />
        <DialogFooter>
          <Button variant="destructive" disabled={busy} onClick={remove}>
            {busy ? 'Deleting…' : 'Delete list'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
