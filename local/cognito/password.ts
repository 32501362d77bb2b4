import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { errors } from './errors';

/** Cognito's PasswordPolicyType, with Cognito's defaults for a new pool. */
export const passwordPolicySchema = z.object({
  MinimumLength: z.number().int().min(6).max(99).default(8),
  RequireUppercase: z.boolean().default(true),
  RequireLowercase: z.boolean().default(true),
  RequireNumbers: z.boolean().default(true),
  RequireSymbols: z.boolean().default(true),
  TemporaryPasswordValidityDays: z.number().int().min(0).max(365).default(7),
});
export type PasswordPolicy = z.infer<typeof passwordPolicySchema>;

// The special characters Cognito counts as symbols (its documented set; space included).
const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

/** Throws Cognito's InvalidPasswordException for the first rule the password breaks, in Cognito's order. */
export function assertPasswordMeetsPolicy(password: string, policy: PasswordPolicy): void {
  if (password !== password.trim()) throw errors.invalidParameter('The password cannot contain leading or trailing whitespace.');
  if (password.length < policy.MinimumLength) throw errors.invalidPassword('Password not long enough');
  if (policy.RequireLowercase && !/[a-z]/.test(password)) throw errors.invalidPassword('Password must have lowercase characters');
  if (policy.RequireUppercase && !/[A-Z]/.test(password)) throw errors.invalidPassword('Password must have uppercase characters');
  if (policy.RequireNumbers && !/[0-9]/.test(password)) throw errors.invalidPassword('Password must have numeric characters');
  if (policy.RequireSymbols && ![...password].some((c) => SYMBOLS.includes(c))) throw errors.invalidPassword('Password must have symbol characters');
}

/** A temporary password that satisfies the policy (what Cognito mails when AdminCreateUser gets none). */
export function generateTemporaryPassword(policy: PasswordPolicy): string {
  const classes = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '!@#%&*?+=-'];
  const all = classes.join('');
  const chars = classes.map((set) => set[randomInt(set.length)]);
  while (chars.length < Math.max(policy.MinimumLength, 12)) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

// For USER_PASSWORD_AUTH and ChangePassword, which send the password itself; SRP uses the verifier instead.
const SCRYPT_KEY_BYTES = 32;

export function hashPassword(password: string): { hash: string; salt: string } {
  const salt = randomBytes(16);
  return { hash: scryptSync(password, salt, SCRYPT_KEY_BYTES).toString('base64'), salt: salt.toString('base64') };
}

export function passwordMatches(password: string, stored: { hash: string; salt: string }): boolean {
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = scryptSync(password, Buffer.from(stored.salt, 'base64'), SCRYPT_KEY_BYTES);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
