'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { confirmSignIn } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { newPasswordFormSchema, PASSWORD_POLICY_TEXT } from '@/lib/auth/forms';
import { safeNextPath } from '@/lib/auth/paths';
import { authHref } from './auth-links';
import { AuthCard, FormAlert, SubmitButton, TextField, useAuthForm } from './form-parts';

/** The NEW_PASSWORD_REQUIRED challenge: an invited person replaces the temporary password on first sign-in. */
export function NewPasswordForm() {
  const params = useSearchParams();
  const next = safeNextPath(params.get('next'));

  const form = useAuthForm(newPasswordFormSchema, async ({ password }) => {
    try {
      const result = await confirmSignIn({ challengeResponse: password });
      if (result.nextStep.signInStep === 'DONE') {
        window.location.assign(next);
        return;
      }
      form.fail('This account needs a sign-in step N.E.S.T. does not support. Ask an admin for help.');
    } catch (err) {
      const outcome = describeAuthError(err, 'new-password');
      if (outcome.kind === 'message') form.fail(outcome.message, outcome.field);
    }
  });

  return (
    <AuthCard
      title="Choose your password"
      description="You signed in with a temporary password. Pick your own to finish."
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
        <TextField name="password" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat new password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Saving…">
          Set password and continue
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
