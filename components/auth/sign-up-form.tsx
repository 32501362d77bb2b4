'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { signUp } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { PASSWORD_POLICY_TEXT, signUpSchema } from '@/lib/auth/forms';
import { safeNextPath } from '@/lib/auth/paths';
import { authHref } from './auth-links';
import { AuthCard, FormAlert, SubmitButton, TextField, useAuthForm } from './form-parts';

export function SignUpForm() {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNextPath(params.get('next'));

  const form = useAuthForm(signUpSchema, async ({ email, password }) => {
    try {
      const result = await signUp({ username: email, password, options: { userAttributes: { email } } });
      if (result.nextStep.signUpStep === 'DONE') return router.push(authHref('/sign-in', { email, next, notice: 'confirmed' }));
      router.push(authHref('/confirm-sign-up', { email, next }));
    } catch (err) {
      const outcome = describeAuthError(err, 'sign-up');
      if (outcome.kind === 'message') form.fail(outcome.message, outcome.field);
    }
  });

  return (
    <AuthCard
      title="Create your account"
      description="After you confirm your email, an admin grants you access to N.E.S.T."
      footer={
        <p>
          Already have an account?{' '}
          <Link className="underline underline-offset-4 hover:text-foreground" href={authHref('/sign-in', { next })}>
            Sign in
          </Link>
        </p>
      }
    >
      <form noValidate onSubmit={form.onSubmit} className="space-y-4">
        <FormAlert message={form.formError} />
        <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={params.get('email') ?? ''} error={form.errors.email} required />
        <TextField name="password" label="Password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
      </form>
    </AuthCard>
  );
}
