import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where the local Cognito "sends" email: one JSON line per message in `<dataDir>/mailbox.jsonl`, so end-to-end tests
 * (and a developer) can read confirmation codes, reset codes and invitation passwords. Local stack only: real
 * Cognito emails them.
 */
export const mailKindSchema = z.enum(['confirm-sign-up', 'reset-password', 'invitation']);
export type MailKind = z.infer<typeof mailKindSchema>;

export const mailSchema = z.object({ to: z.string(), kind: mailKindSchema, code: z.string(), at: z.string() });
export type Mail = z.infer<typeof mailSchema>;

export function mailboxPath(dataDir: string): string {
  return path.join(dataDir, 'mailbox.jsonl');
}

export function deliver(dataDir: string, mail: Mail): void {
  fs.appendFileSync(mailboxPath(dataDir), `${JSON.stringify(mail)}\n`, { mode: 0o600 });
}

export function readMailbox(dataDir: string): Mail[] {
  const file = mailboxPath(dataDir);
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => mailSchema.parse(JSON.parse(line)));
}

/** The newest code of that kind sent to that address (addresses compare case-insensitively, as Cognito's do). */
export function latestCode(dataDir: string, to: string, kind: MailKind): string | undefined {
  const wanted = to.toLowerCase();
  return readMailbox(dataDir)
    .filter((m) => m.kind === kind && m.to.toLowerCase() === wanted)
    .at(-1)?.code;
}
