'use client';

import { useRouter } from 'next/navigation';
import { signUp } from 'aws-amplify/auth';
import { PASSWORD_POLICY_TEXT, signUpSchema } from '@/lib/auth/forms';
import { authHref, useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, AuthLink, SubmitButton, TextField, useAuthForm } from './form-parts';

export function SignUpForm() {
  const router = useRouter();
  const { params, next } = useAuthQuery();

  const form = useAuthForm(signUpSchema, async ({ email, password }) => {
    try {
      const result = await signUp({ username: email, password, options: { userAttributes: { email } } });
      if (result.nextStep.signUpStep === 'DONE') return router.push(authHref('/sign-in', { email, next, notice: 'confirmed' }));
      router.push(authHref('/confirm-sign-up', { email, next }));
    } catch (err) {
      form.failWithAuthError(err, 'sign-up');
    }
  });

  return (
    <AuthCard
      title="Create your account"
      description="After you confirm your email, an admin grants you access to N.E.S.T."
      footer={
        <p>
          Already have an account? <AuthLink href={authHref('/sign-in', { next })}>Sign in</AuthLink>
        </p>
      }
    >
      <AuthForm form={form}>
        <TextField name="email" label="Email" type="email" autoComplete="email" defaultValue={params.get('email') ?? ''} error={form.errors.email} required />
        <TextField name="password" label="Password" type="password" autoComplete="new-password" hint={PASSWORD_POLICY_TEXT} error={form.errors.password} required />
        <TextField name="confirmPassword" label="Repeat password" type="password" autoComplete="new-password" error={form.errors.confirmPassword} required />
        <SubmitButton pending={form.pending} pendingLabel="Creating account…">
          Create account
        </SubmitButton>
      </AuthForm>
    </AuthCard>
  );
}
