'use client';

import { useRouter } from 'next/navigation';
import { resetPassword } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { forgotPasswordSchema } from '@/lib/auth/forms';
import { authHref, useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, BackToSignIn, SubmitButton, TextField, useAuthForm } from './form-parts';

export function ForgotPasswordForm() {
  const router = useRouter();
  const { params, next } = useAuthQuery();

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
      footer={<BackToSignIn next={next} />}
    >
      <AuthForm form={form}>
        <TextField name="email" label="Email" type="email" autoComplete="username" defaultValue={params.get('email') ?? ''} error={form.errors.email} required />
        <SubmitButton pending={form.pending} pendingLabel="Sending…">
          Send reset code
        </SubmitButton>
      </AuthForm>
    </AuthCard>
  );
}
