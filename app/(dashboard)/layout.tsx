import type { ReactNode } from 'react';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { AppShell } from '@/components/layout/app-shell';
import { UserMenu } from '@/components/layout/user-menu';
import { SignOutMenuItem } from '@/components/auth/sign-out';

// Everything under (dashboard) is per-user: never prerender it at build time.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { user } = await requireStaff();
  return (
    <AppShell
      userMenu={
        <UserMenu email={user.email} isAdmin={user.groups.includes(ADMIN_GROUP)}>
          <SignOutMenuItem />
        </UserMenu>
      }
    >
      {children}
    </AppShell>
  );
}
