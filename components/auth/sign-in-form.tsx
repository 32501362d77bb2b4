'use client';

import { useRouter } from 'next/navigation';
import { resendSignUpCode, signIn, signOut, type SignInOutput } from 'aws-amplify/auth';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { signInSchema } from '@/lib/auth/forms';
import { authHref, useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, AuthLink, SubmitButton, TextField, useAuthForm } from './form-parts';

const NOTICES: Record<string, string> = {
  confirmed: 'Your email is confirmed. Sign in to continue.',
  reset: 'Your password has been changed. Sign in with the new one.',
  'signed-out': 'You have signed out.',
};

export function SignInForm() {
  const router = useRouter();
  const { params, next } = useAuthQuery();
  const notice = NOTICES[params.get('notice') ?? ''];

  async function signInFresh(username: string, password: string): Promise<SignInOutput> {
    try {
      return await signIn({ username, password });
    } catch (err) {
      // Leftover cookies from an old or revoked session: drop them locally and sign in as asked.
      if (err instanceof Error && err.name === 'UserAlreadyAuthenticatedException') {
        await signOut();
        return signIn({ username, password });
      }
      throw err;
    }
  }

  const form = useAuthForm(signInSchema, async ({ email, password }): Promise<void> => {
    let result: SignInOutput;
    try {
      result = await signInFresh(email, password);
    } catch (err) {
      const outcome = describeAuthError(err, 'sign-in');
      if (outcome.kind === 'confirm-sign-up') return goConfirm(email);
      if (outcome.kind === 'reset-password') return router.push(authHref('/forgot-password', { email, next }));
      return form.fail(outcome.message);
    }
    switch (result.nextStep.signInStep) {
      case 'DONE':
        // A full navigation, so middleware and the server components see the new session cookies.
        window.location.assign(next);
        return;
      case 'CONFIRM_SIGN_UP':
        return goConfirm(email);
      case 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED':
        // Client-side navigation keeps Amplify's pending sign-in (held in memory) for the new-password screen.
        return router.push(authHref('/new-password', { next }));
      case 'RESET_PASSWORD':
        return router.push(authHref('/forgot-password', { email, next }));
      default:
        return form.fail('This account needs a sign-in step N.E.S.T. does not support. Ask an admin for help.');
    }
  });

  async function goConfirm(email: string) {
    // They proved the password, so it is safe to say the account exists; send a fresh code to confirm with.
    await resendSignUpCode({ username: email }).catch(() => undefined);
    router.push(authHref('/confirm-sign-up', { email, next, notice: 'unconfirmed' }));
  }

  return (
    <AuthCard
      title="Sign in to N.E.S.T."
      description="Staff access only."
      footer={
        <>
          <p>
            <AuthLink href={authHref('/forgot-password', { next })}>Forgot your password?</AuthLink>
          </p>
          <p>
            New here? <AuthLink href={authHref('/sign-up', { next })}>Create an account</AuthLink>
          </p>
        </>
      }
    >
      <AuthForm form={form} notice={notice}>
        <TextField name="email" label="Email" type="email" autoComplete="username" defaultValue={params.get('email') ?? ''} error={form.errors.email} required />
        <TextField name="password" label="Password" type="password" autoComplete="current-password" error={form.errors.password} required />
        <SubmitButton pending={form.pending} pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </AuthForm>
    </AuthCard>
  );
}
