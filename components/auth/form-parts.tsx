'use client';

import { useId, useState, type ComponentProps, type FormEvent, type ReactNode } from 'react';
import { AppLink } from '@/components/navigation/app-link';
import type { z } from 'zod';
import { Loader2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { describeAuthError, type AuthScreen } from '@/lib/auth/cognito-errors';
import { fieldErrors, type FieldErrors } from '@/lib/auth/forms';
import { cn } from '@/lib/utils';
import { authHref } from './auth-links';

export function AuthCard({ title, description, children, footer }: { title: string; description?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="w-full max-w-sm rounded-xl border bg-card p-6 text-card-foreground shadow-sm sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">{title}</h1>
      {description ? <div className="mt-1 text-sm text-muted-foreground">{description}</div> : null}
      <div className="mt-6">{children}</div>
      {footer ? <div className="mt-6 space-y-1 text-center text-sm text-muted-foreground">{footer}</div> : null}
    </div>
  );
}

/** A link between the auth screens, in the cards' footers. */
export function AuthLink({ className, ...props }: ComponentProps<typeof AppLink>) {
  return <AppLink className={cn('underline underline-offset-4 hover:text-foreground', className)} {...props} />;
}

/** The footer of the screens that are a step of signing in: back to the start, keeping where to go afterwards. */
export function BackToSignIn({ next, email }: { next: string; email?: string }) {
  return (
    <p>
      <AuthLink href={authHref('/sign-in', { email, next })}>Back to sign in</AuthLink>
    </p>
  );
}

export interface TextFieldProps extends Omit<React.ComponentProps<'input'>, 'id'> {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
}

/** A labelled input whose error and hint are announced with it (aria-describedby), and marked invalid. */
export function TextField({ name, label, error, hint, className, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn('space-y-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function FormAlert({ message, tone = 'error' }: { message?: string; tone?: 'error' | 'info' }) {
  if (!message) return null;
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={cn(
        'rounded-md border px-3 py-2 text-sm',
        tone === 'error' ? 'border-destructive/40 bg-destructive/10 text-destructive' : 'border-border bg-muted text-foreground',
      )}
    >
      {message}
    </div>
  );
}

export function SubmitButton({ pending, children, pendingLabel }: { pending: boolean; children: ReactNode; pendingLabel: string }) {
  return (
    <Button type="submit" className="w-full" disabled={pending} aria-busy={pending}>
      {pending ? (
        <>
          <Loader2 className="animate-spin" aria-hidden />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </Button>
  );
}

/**
 * Form state for the auth screens: validates the form's fields with `schema` on submit, shows errors per field
 * (and focuses the first bad one), runs `action` with the parsed values while `pending`, and shows what it throws
 * as a form-level message via `fail`.
 */
export function useAuthForm<S extends z.ZodType<Record<string, unknown>>>(schema: S, action: (values: z.infer<S>) => Promise<void>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    setFormError(undefined);
    if (!parsed.success) {
      const found = fieldErrors(parsed.error);
      setErrors(found);
      const first = Object.keys(found)[0];
      (form.elements.namedItem(first ?? '') as HTMLElement | null)?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await action(parsed.data);
    } finally {
      setPending(false);
    }
  }

  /** Shows a message at the field it is about, or above the form. */
  function fail(message: string, field?: string) {
    if (field) setErrors((e) => ({ ...e, [field]: message }));
    else setFormError(message);
  }

  /** Shows what a failed Cognito call means on this screen, in plain words (lib/auth/cognito-errors). */
  function failWithAuthError(err: unknown, screen: AuthScreen) {
    const outcome = describeAuthError(err, screen);
    if (outcome.kind === 'message') fail(outcome.message, outcome.field);
  }

  return { errors, formError, pending, onSubmit, fail, failWithAuthError };
}

export type AuthFormState = ReturnType<typeof useAuthForm>;

/** Why the auth screens need JavaScript, shown only when it is off. */
export const NO_SCRIPT_TEXT =
  'This form needs JavaScript. N.E.S.T. proves your password to Cognito from your browser (SRP), so the password itself is never sent to a server, and that takes a script. Turn JavaScript on for this site and reload.';

/**
 * The auth screens' <form>: submits through useAuthForm (the browser's own validation is off, the schema's
 * messages are clearer) and shows its form-level error above the fields, after an optional info `notice`.
 * method="post": submitted before the script has loaded (or without JavaScript), the browser would otherwise put
 * every field, the password included, into the URL, and so into history and server logs. Without JavaScript the
 * page says why it cannot sign anyone in.
 */
export function AuthForm({ form, notice, children }: { form: Pick<AuthFormState, 'onSubmit' | 'formError'>; notice?: string; children: ReactNode }) {
  return (
    <form noValidate method="post" onSubmit={form.onSubmit} className="space-y-4">
      <noscript>
        <div role="alert" className="rounded-md border border-destructive/40 bg-destructive/10 px-3 py-2 text-sm text-destructive">
          {NO_SCRIPT_TEXT}
        </div>
      </noscript>
      <FormAlert message={notice} tone="info" />
      <FormAlert message={form.formError} />
      {children}
    </form>
  );
}
