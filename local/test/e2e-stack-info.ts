import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * What the Playwright stack (started by Playwright's webServer, in another process) tells the specs: the app's URL
 * and where the local Cognito keeps its data (its mailbox.jsonl holds confirmation and reset codes: see
 * local/cognito/mailbox.ts). The demo users themselves are in local/seed/demo-users.ts.
 */
export const E2E_STACK_INFO_FILE = path.resolve(__dirname, '../../.local-data/e2e/stack.json');

export const e2eStackInfoSchema = z.object({
  appUrl: z.string().url(),
  dataRoot: z.string(),
  /** The local Cognito's data directory: `latestCode(cognitoDataDir, email, kind)` reads codes from it. */
  cognitoDataDir: z.string(),
  appEnv: z.record(z.string(), z.string().optional()),
});
export type E2eStackInfo = z.infer<typeof e2eStackInfoSchema>;

/** The running test stack, or undefined when the specs run against a deployed site (BASE_URL). */
export function readE2eStackInfo(): E2eStackInfo | undefined {
  if (process.env.BASE_URL || !fs.existsSync(E2E_STACK_INFO_FILE)) return undefined;
  return e2eStackInfoSchema.parse(JSON.parse(fs.readFileSync(E2E_STACK_INFO_FILE, 'utf8')));
}
