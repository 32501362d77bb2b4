import { z } from 'zod';

/**
 * Field rules for the auth screens, shared by the browser (instant feedback) and the admin API. Cognito stays the
 * authority: these only catch what we can explain before a round trip.
 */

/** The user pool's password policy (Cognito's defaults, which the local pool uses too). */
export const PASSWORD_POLICY = { minLength: 8, lowercase: true, uppercase: true, numbers: true, symbols: true } as const;

const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+- ';

export const PASSWORD_RULES: { text: string; test: (pw: string) => boolean }[] = [
  { text: `at least ${PASSWORD_POLICY.minLength} characters`, test: (pw) => pw.length >= PASSWORD_POLICY.minLength },
  { text: 'a lowercase letter', test: (pw) => /[a-z]/.test(pw) },
  { text: 'an uppercase letter', test: (pw) => /[A-Z]/.test(pw) },
  { text: 'a number', test: (pw) => /[0-9]/.test(pw) },
  { text: 'a symbol such as ! @ # $ % & *', test: (pw) => [...pw].some((c) => SYMBOLS.includes(c)) },
];

export const PASSWORD_POLICY_TEXT = `Passwords need ${PASSWORD_RULES.map((r) => r.text).join(', ')}.`;

/** The rules this password still breaks, in plain words; empty when it passes. */
export function passwordProblems(password: string): string[] {
  return PASSWORD_RULES.filter((r) => !r.test(password)).map((r) => r.text);
}

// 254: the longest address SMTP can carry (RFC 5321); a longer one is refused here, not by Cognito.
export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Enter your email address.')
  .max(254, 'An email address has at most 254 characters.')
  .email('Enter a valid email address, like name@example.org.');

export const newPasswordSchema = z
  .string()
  .refine((pw) => pw === pw.trim(), 'The password cannot start or end with a space.')
  .superRefine((pw, ctx) => {
    const missing = passwordProblems(pw);
    if (missing.length) ctx.addIssue({ code: 'custom', message: `Your password still needs ${missing.join(', ')}.` });
  });

export const codeSchema = z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from the email.');

const newPasswordPair = { password: newPasswordSchema, confirmPassword: z.string() };
const passwordsMatch: [(v: { password: string; confirmPassword: string }) => boolean, { path: string[]; message: string }] = [
  (v) => v.password === v.confirmPassword,
  { path: ['confirmPassword'], message: 'The two passwords do not match.' },
];

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'Enter your password.') });
export const signUpSchema = z.object({ email: emailSchema, ...newPasswordPair }).refine(...passwordsMatch);
export const confirmSignUpSchema = z.object({ email: emailSchema, code: codeSchema });
export const forgotPasswordSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z.object({ email: emailSchema, code: codeSchema, ...newPasswordPair }).refine(...passwordsMatch);
export const newPasswordFormSchema = z.object(newPasswordPair).refine(...passwordsMatch);

export type FieldErrors = Partial<Record<string, string>>;

/** First message per field, for showing next to each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    out[field] ??= issue.message;
  }
  return out;
}
