import { Suspense } from 'react';
import type { Metadata } from 'next';
import { NewPasswordForm } from '@/components/auth/new-password-form';

export const metadata: Metadata = { title: 'Choose your password' };

export default function Page() {
  // The form reads the query string (email, next), which needs a Suspense boundary.
  return (
    <Suspense>
      <NewPasswordForm />
    </Suspense>
  );
}
