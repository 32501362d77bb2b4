'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { resetPassword } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { forgotPasswordSchema } from '@/lib/auth/forms';
import { safeNextPath } from '@/lib/auth/paths';
import { authHref } from './auth-links';
import { AuthCard, FormAlert, SubmitButton, TextField, useAuthForm } from './form-parts';

export function ForgotPasswordForm() {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNextPath(params.get('next'));

  const form = useAuthForm(forgotPasswordSchema, async ({ email }): Promise<void> => {
    try {
      await resetPassword({ username: email });
    } catch (err) {
      // Only a throttle is worth saying; "no such user" and the like get the same answer as success,
      // so this form cannot be used to find out who has an account.
      const outcome = describeAuthError(err, 'forgot-password');
      if (outcome.kind === 'message' && /too many attempts/i.test(outcome.message)) return form.fail(outcome.message);
    }
    router.push(authHref('/reset-password', { email, next, notice: 'sent' }));
  });

  return (
    <AuthCard
      title="Reset your password"
      description="Enter your email. If it has an account, we will send you a code to choose a new password."
      footer={
        <p>
          <Link className="underline underline-offset-4 hover:text-foreground" href={authHref('/sign-in', { next })}>
            Back to sign in
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={form.onSubmit} className="space-y-4">
        <FormAlert message={form.formError} />
        <TextField name="email" label="Email" type="email" autoComplete="username" defaultValue={params.get('email') ?? ''} error={form.errors.email} required />
        <SubmitButton pending={form.pending} pendingLabel="Sending…">
          Send reset code
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
