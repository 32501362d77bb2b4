import type { ReactNode } from 'react';
import { after } from 'next/server';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { AppApolloProvider } from '@/components/layout/apollo-provider';
import { AppShell } from '@/components/layout/app-shell';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { UserMenu } from '@/components/layout/user-menu';
import { SignOutMenuItem } from '@/components/auth/sign-out';
import { syncStaffProfile } from '@/lib/users/sync-profile';

// Everything under (dashboard) is per-user: never prerender it at build time.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await requireStaff();
  const { user } = session;
  // After the response: the page never waits for (or fails with) the profile write.
  after(() => syncStaffProfile(session));
  return (
    <AppApolloProvider>
      <AppShell
        notifications={<NotificationBell />}
        userMenu={
          <UserMenu email={user.email} isAdmin={user.groups.includes(ADMIN_GROUP)}>
            <SignOutMenuItem />
          </UserMenu>
        }
      >
        {children}
      </AppShell>
    </AppApolloProvider>
  );
}
