'use client';

import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { z } from 'zod';
import { callApiAs } from '@/lib/api/client';
import { AVATAR_TYPES, avatarUploadInput, sizeLimit } from '@/lib/media/schemas';
import { formatBytes } from '@/lib/format';
import { DISPLAY_NAME_MAX, profilePatch } from '@/lib/users/schemas';
import { firstIssue } from '@/components/forms/name-dialog';
import { FormMessage } from '@/components/states/form-message';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

const meAnswer = z.object({ me: z.object({ display_name: z.string(), avatar_url: z.string().nullable() }) });
const uploadAnswer = z.object({ avatar_key: z.string(), upload: z.object({ url: z.string(), headers: z.object({ 'content-type': z.string() }) }) });

type Message = { ok: boolean; text: string } | null;

/** Why this file cannot be an avatar, checked before anything is uploaded; null when it can. */
export function avatarFileProblem(file: { type: string; size: number }): string | null {
  if (!(file.type in AVATAR_TYPES)) return `A picture must be ${Object.keys(AVATAR_TYPES).join(', ')}; this file is ${file.type || 'of an unknown type'}.`;
  const limit = sizeLimit(AVATAR_TYPES, file.type, file.size);
  return limit === null ? null : `The picture is ${formatBytes(file.size)}; the limit is ${formatBytes(limit)}.`;
}

export function DisplayNameForm({ initial }: { initial: string }) {
  const router = useRouter();
  const [name, setName] = useState(initial);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = firstIssue(profilePatch, { display_name: name });
    if (problem) return setMessage({ ok: false, text: problem });
    setBusy(true);
    const result = await callApiAs(meAnswer, 'PATCH', '/api/me', { display_name: name });
    setBusy(false);
    if (!result.ok) return setMessage({ ok: false, text: result.message });
    setName(result.data.me.display_name);
    setMessage({ ok: true, text: 'Display name saved. Lists, shares and the audit log show it from now on.' });
    router.refresh();
  };
  return (
    <form onSubmit={submit} className="flex max-w-md flex-col gap-2">
      <Label htmlFor="display-name">Display name</Label>
      <div className="flex gap-2">
        <Input id="display-name" value={name} maxLength={DISPLAY_NAME_MAX} onChange={(e) => setName(e.target.value)} />
        <Button type="submit" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">Empty shows your email address instead.</p>
      <FormMessage error={message?.ok ? null : message?.text} notice={message?.ok ? message.text : null} />
    </form>
  );
}

/**
 * The avatar, through the media path: the server picks the key and presigns a PUT bound to type and size
 * (POST /api/me/avatar), the browser uploads the file there, then PATCH /api/me points the profile at it.
 */
export function AvatarForm({ initialUrl }: { initialUrl: string | null }) {
  const [url, setUrl] = useState(initialUrl);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const problem = avatarFileProblem(file) ?? firstIssue(avatarUploadInput, { content_type: file.type, bytes: file.size });
    if (problem) return setMessage({ ok: false, text: problem });
    setBusy(true);
    setMessage({ ok: true, text: `Uploading ${file.name}…` });
    const done = await sendAvatar(file);
    setBusy(false);
    if (typeof done === 'string') return setMessage({ ok: false, text: done });
    setUrl(done.url);
    setMessage({ ok: true, text: 'Picture saved.' });
  };
  return (
    <div className="flex items-center gap-4">
      {url ? (
        // A presigned URL that expires: a plain <img>, never next/image's cache.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={url} alt="Your picture" className="size-16 rounded-full border object-cover" />
      ) : (
        <span className="flex size-16 items-center justify-center rounded-full border text-xs text-muted-foreground">No picture</span>
      )}
      <div className="flex flex-col gap-2">
        <Label htmlFor="avatar-file">Picture (JPEG, PNG or WebP, up to 2 MiB)</Label>
        <input id="avatar-file" type="file" accept={Object.keys(AVATAR_TYPES).join(',')} disabled={busy} onChange={upload} className="text-sm" />
        <FormMessage error={message?.ok ? null : message?.text} notice={message?.ok ? message.text : null} />
      </div>
    </div>
  );
}

async function sendAvatar(file: File): Promise<string | { url: string | null }> {
  const slot = await callApiAs(uploadAnswer, 'POST', '/api/me/avatar', { content_type: file.type, bytes: file.size });
  if (!slot.ok) return slot.message;
  try {
    const put = await fetch(slot.data.upload.url, { method: 'PUT', headers: { 'content-type': slot.data.upload.headers['content-type'] }, body: file });
    if (!put.ok) return `The upload was refused (${put.status}). Try again.`;
  } catch {
    return 'The upload did not reach the file store. Check the connection and try again.';
  }
  const saved = await callApiAs(meAnswer, 'PATCH', '/api/me', { avatar_key: slot.data.avatar_key });
  return saved.ok ? { url: saved.data.me.avatar_url } : saved.message;
}
