import { Suspense } from 'react';
import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default function Page() {
  // The form reads the query string (email, next), which needs a Suspense boundary.
  return (
    <Suspense>
      <SignInForm />
    </Suspense>
  );
}
