import { Suspense } from 'react';
import type { Metadata } from 'next';
import { ForgotPasswordForm } from '@/components/auth/forgot-password-form';

export const metadata: Metadata = { title: 'Reset password' };

export default function Page() {
  // The form reads the query string (email, next), which needs a Suspense boundary.
  return (
    <Suspense>
      <ForgotPasswordForm />
    </Suspense>
  );
}
