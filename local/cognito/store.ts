import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { passwordPolicySchema } from './password';
import { storedValiditySchema } from './token-validity';

/**
 * The pools, as one JSON document in `<dataDir>/pools.json`. Local data is small, so the whole document lives in
 * memory and is rewritten after every change; the write goes to a temporary file renamed over the old one, so a
 * crash leaves either the previous or the new state, never half a file.
 */
const codeSchema = z.object({ code: z.string(), expiresAt: z.number(), failedAttempts: z.number().int() });
export type StoredCode = z.infer<typeof codeSchema>;

export const userStatusSchema = z.enum(['UNCONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD', 'RESET_REQUIRED']);
export type UserStatus = z.infer<typeof userStatusSchema>;

const userSchema = z.object({
  username: z.string(),
  attributes: z.record(z.string(), z.string()),
  status: userStatusSchema,
  enabled: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
  password: z.object({ hash: z.string(), salt: z.string(), srpSalt: z.string(), srpVerifier: z.string() }),
  temporaryPasswordExpiresAt: z.number().optional(),
  groups: z.array(z.string()),
  confirmationCode: codeSchema.optional(),
  resetCode: codeSchema.optional(),
});
export type StoredUser = z.infer<typeof userSchema>;

const groupSchema = z.object({
  name: z.string(),
  description: z.string().optional(),
  precedence: z.number().int().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type StoredGroup = z.infer<typeof groupSchema>;

const clientSchema = z.object({
  clientId: z.string(),
  clientName: z.string(),
  createdAt: z.number(),
  updatedAt: z.number().optional(),
  /** Absent (stores from before lifetimes were configurable): Cognito's defaults. */
  validity: storedValiditySchema.optional(),
});
export type StoredClient = z.infer<typeof clientSchema>;

/** One sign-in: its refresh token (hashed) and every token refreshed from it share `originJti`. */
const sessionSchema = z.object({
  originJti: z.string(),
  username: z.string(),
  clientId: z.string(),
  refreshTokenHash: z.string(),
  eventId: z.string(),
  authTime: z.number(),
  expiresAt: z.number(),
  revoked: z.boolean(),
});
export type StoredSession = z.infer<typeof sessionSchema>;

const poolSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  passwordPolicy: passwordPolicySchema,
  /** ['email']: people sign in with their email and the username is a generated UUID (equal to `sub`). */
  usernameAttributes: z.array(z.literal('email')),
  clients: z.record(z.string(), clientSchema),
  users: z.record(z.string(), userSchema),
  groups: z.record(z.string(), groupSchema),
  sessions: z.record(z.string(), sessionSchema),
});
export type StoredPool = z.infer<typeof poolSchema>;

const storeSchema = z.object({ version: z.literal(1), pools: z.record(z.string(), poolSchema) });
export type StoreData = z.infer<typeof storeSchema>;

export class PoolStore {
  private readonly file: string;
  readonly data: StoreData;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'pools.json');
    this.data = fs.existsSync(this.file) ? parseStore(this.file) : { version: 1, pools: {} };
  }

  /** Persists the in-memory state; call after every change. */
  save(): void {
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 2));
  }
}

function parseStore(file: string): StoreData {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    json = undefined;
  }
  const parsed = storeSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`${file} is not a local Cognito store this version can read (delete it to start over): ${parsed.error.issues[0]?.message}`);
  }
  return parsed.data;
}

export function writeFileAtomic(file: string, contents: string, mode = 0o600): void {
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', mode);
  try {
    fs.writeFileSync(fd, contents);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
