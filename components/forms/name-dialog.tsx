'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input, fieldClassName } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/utils';
import { FormMessage } from '@/components/states/form-message';

// The create / rename dialog of things that have a name and a description (lists, teams).

/** The form's fields checked by the same schema as the route, so a mistake is named before anything is sent. */
export function firstIssue(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

function NameFields({ name, description, onName, onDescription }: { name: string; description: string; onName: (v: string) => void; onDescription: (v: string) => void }) {
  const id = useId();
  return (
    <>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-name`}>Name</Label>
        <Input id={`${id}-name`} value={name} maxLength={120} required onChange={(e) => onName(e.target.value)} />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-description`}>Description</Label>
        <textarea id={`${id}-description`} className={cn(fieldClassName, 'h-20 py-2')} maxLength={2000} value={description} onChange={(e) => onDescription(e.target.value)} />
      </div>
    </>
  );
}

export function NameDialog({ title, description, trigger, initial, submitLabel, onSubmit }: {
  title: string;
  description: string;
  trigger: ReactNode;
  initial: { name: string; description: string };
  submitLabel: string;
  onSubmit: (value: { name: string; description: string }) => Promise<string | null>;
}) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const problem = await onSubmit(value);
    setBusy(false);
    setError(problem);
    if (!problem) setOpen(false);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setValue(initial);
        setError(null);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form className="flex flex-col gap-4" onSubmit={submit}>
          <NameFields name={value.name} description={value.description} onName={(name) => setValue({ ...value, name })} onDescription={(d) => setValue({ ...value, description: d })} />
          <FormMessage error={error} />
          <DialogFooter>
            <Button type="submit" disabled={busy}>
              {busy ? 'Saving…' : submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

