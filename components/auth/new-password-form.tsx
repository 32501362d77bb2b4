'use client';

import { confirmSignIn } from 'aws-amplify/auth';
import { newPasswordFormSchema, PASSWORD_POLICY_TEXT } from '@/lib/auth/forms';
import { useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, BackToSignIn, SubmitButton, TextField, useAuthForm } from './form-parts';

/** The NEW_PASSWORD_REQUIRED challenge: an invited person replaces the temporary password on first sign-in. */
export function NewPasswordForm() {
  const { next } = useAuthQuery();

  const form = useAuthForm(newPasswordFormSchema, async ({ password }) => {
    try {
      const result = await confirmSignIn({ challengeResponse: password });
      if (result.nextStep.signInStep === 'DONE') {
        window.location.assign(next);
        return;
      }
      form.fail('This account needs a sign-in step N.E.S.T. does not support. Ask an admin for help.');
    } catch (err) {
      form.failWithAuthError(err, 'new-password');
    }
  });

  return (
    <AuthCard title="Choose your password" description="You signed in with a temporary password. Pick your own to finish." footer={<BackToSignIn next={next} />}>
      <AuthForm form={form}>
        <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Set password and continue
        </SubmitButton>
      </AuthForm>
    </AuthCard>
  );
}
