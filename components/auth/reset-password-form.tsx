'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { confirmResetPassword } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { PASSWORD_POLICY_TEXT, resetPasswordSchema } from '@/lib/auth/forms';
import { safeNextPath } from '@/lib/auth/paths';
import { authHref } from './auth-links';
import { AuthCard, FormAlert, SubmitButton, TextField, useAuthForm } from './form-parts';

export function ResetPasswordForm() {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const email = params.get('email') ?? '';

  const form = useAuthForm(resetPasswordSchema, async (values) => {
    try {
      await confirmResetPassword({ username: values.email, confirmationCode: values.code, newPassword: values.password });
      router.push(authHref('/sign-in', { email: values.email, next, notice: 'reset' }));
    } catch (err) {
      const outcome = describeAuthError(err, 'reset-password');
      if (outcome.kind === 'message') form.fail(outcome.message, outcome.field);
    }
  });

  return (
    <AuthCard
      title="Choose a new password"
      description={
        params.get('notice') === 'sent'
          ? `If ${email || 'that address'} has an account, we emailed it a 6-digit code. Enter it below.`
          : 'Enter the 6-digit code we emailed you and your new password.'
      }
      footer={
        <p>
          Did not get a code?{' '}
          <Link className="underline underline-offset-4 hover:text-foreground" href={authHref('/forgot-password', { email, next })}>
            Send another
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={form.onSubmit} className="space-y-4">
        <FormAlert message={form.formError} />
        <TextField name="email" label="Email" type="email" autoComplete="username" defaultValue={email} error={form.errors.email} required />
        <TextField name="code" label="Reset code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={form.errors.code} required />
        <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Set new password
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
