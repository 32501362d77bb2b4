'use client';

import { useRouter } from 'next/navigation';
import { confirmResetPassword } from 'aws-amplify/auth';
import { PASSWORD_POLICY_TEXT, resetPasswordSchema } from '@/lib/auth/forms';
import { authHref, useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, AuthLink, SubmitButton, TextField, useAuthForm } from './form-parts';

export function ResetPasswordForm() {
  const router = useRouter();
  const { params, next } = useAuthQuery();
  const email = params.get('email') ?? '';

  const form = useAuthForm(resetPasswordSchema, async (values) => {
    try {
      await confirmResetPassword({ username: values.email, confirmationCode: values.code, newPassword: values.password });
      router.push(authHref('/sign-in', { email: values.email, next, notice: 'reset' }));
    } catch (err) {
      form.failWithAuthError(err, 'reset-password');
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
          Did not get a code? <AuthLink href={authHref('/forgot-password', { email, next })}>Send another</AuthLink>
        </p>
      }
    >
      <AuthForm form={form}>
        <TextField name="email" label="Email" type="email" autoComplete="username" defaultValue={email} error={form.errors.email} required />
        <TextField name="code" label="Reset code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={form.errors.code} required />
        <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Set new password
        </SubmitButton>
      </AuthForm>
    </AuthCard>
  );
}
