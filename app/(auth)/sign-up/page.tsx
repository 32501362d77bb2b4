import { Suspense } from 'react';
import type { Metadata } from 'next';
import { SignUpForm } from '@/components/auth/sign-up-form';

export const metadata: Metadata = { title: 'Create account' };

export default function Page() {
  // The form reads the query string (email, next), which needs a Suspense boundary.
  return (
    <Suspense>
      <SignUpForm />
    </Suspense>
  );
}
