import type { Metadata } from 'next';
import { NewPasswordForm } from '@/components/auth/new-password-form';

export const metadata: Metadata = { title: 'Choose your password' };

export default function Page() {
  return <NewPasswordForm />;
}
