'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { confirmSignUp, resendSignUpCode } from 'aws-amplify/auth';
import { Button } from '@/components/ui/button';
import { describeAuthError } from '@/lib/auth/cognito-errors';
import { confirmSignUpSchema, emailSchema } from '@/lib/auth/forms';
import { authHref, useAuthQuery } from './auth-links';
import { AuthCard, AuthForm, BackToSignIn, FormAlert, SubmitButton, TextField, useAuthForm } from './form-parts';

export function ConfirmSignUpForm() {
  const router = useRouter();
  const { params, next } = useAuthQuery();
  const [email, setEmail] = useState(params.get('email') ?? '');
  const [resendState, setResendState] = useState<{ pending: boolean; message?: string; tone?: 'info' | 'error' }>({ pending: false });

  const form = useAuthForm(confirmSignUpSchema, async (values) => {
    try {
      await confirmSignUp({ username: values.email, confirmationCode: values.code });
      router.push(authHref('/sign-in', { email: values.email, next, notice: 'confirmed' }));
    } catch (err) {
      form.failWithAuthError(err, 'confirm-sign-up');
    }
  });

  async function resend() {
    const parsed = emailSchema.safeParse(email);
    if (!parsed.success) return setResendState({ pending: false, tone: 'error', message: parsed.error.issues[0]?.message });
    setResendState({ pending: true });
    try {
      await resendSignUpCode({ username: parsed.data });
      setResendState({ pending: false, tone: 'info', message: `We sent a new code to ${parsed.data}.` });
    } catch (err) {
      const outcome = describeAuthError(err, 'resend-code');
      setResendState({ pending: false, tone: 'error', message: outcome.kind === 'message' ? outcome.message : undefined });
    }
  }

  const intro =
    params.get('notice') === 'unconfirmed'
      ? 'Your email address is not confirmed yet. We sent you a new 6-digit code.'
      : 'We emailed you a 6-digit code. Enter it to confirm your address.';

  return (
    <AuthCard title="Confirm your email" description={intro} footer={<BackToSignIn next={next} email={email} />}>
      <AuthForm form={form}>
        <FormAlert message={resendState.message} tone={resendState.tone} />
        <TextField name="email" label="Email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} error={form.errors.email} required />
        <TextField name="code" label="Confirmation code" inputMode="numeric" autoComplete="one-time-code" maxLength={6} error={form.errors.code} required />
        <SubmitButton pending={form.pending} pendingLabel="Confirming…">
          Confirm email
        </SubmitButton>
        <Button type="button" variant="outline" className="w-full" onClick={resend} disabled={resendState.pending} aria-busy={resendState.pending}>
          {resendState.pending ? 'Sending…' : 'Send a new code'}
        </Button>
      </AuthForm>
    </AuthCard>
  );
}
