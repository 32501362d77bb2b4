import type { Metadata } from 'next';
import { ConfirmSignUpForm } from '@/components/auth/confirm-sign-up-form';

export const metadata: Metadata = { title: 'Confirm email' };

export default function Page() {
  return <ConfirmSignUpForm />;
}
