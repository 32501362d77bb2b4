import { Suspense } from 'react';
import type { Metadata } from 'next';
import { ConfirmSignUpForm } from '@/components/auth/confirm-sign-up-form';

export const metadata: Metadata = { title: 'Confirm email' };

export default function Page() {
  // The form reads the query string (email, next), which needs a Suspense boundary.
  return (
    <Suspense>
      <ConfirmSignUpForm />
    </Suspense>
  );
}
