import type { ReactNode } from 'react';
import { after } from 'next/server';
import { ADMIN_GROUP, requireStaff } from '@/lib/auth';
import { AppApolloProvider } from '@/components/layout/apollo-provider';
import { AppShell } from '@/components/layout/app-shell';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { CommandPalette } from '@/components/command/command-palette';
import { UserMenu } from '@/components/layout/user-menu';
import { SignOutMenuItem } from '@/components/auth/sign-out';
import { syncStaffProfile } from '@/lib/users/sync-profile';

// Everything under (dashboard) is per-user: never prerender it at build time.
export const dynamic = 'force-dynamic';

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const session = await requireStaff();
  const { user } = session;
  const isAdmin = user.groups.includes(ADMIN_GROUP);
  const menu = (compact: boolean) => (
    <UserMenu email={user.email} isAdmin={isAdmin} compact={compact}>
      <SignOutMenuItem />
    </UserMenu>
  );
  // After the response: the page never waits for (or fails with) the profile write.
  after(() => syncStaffProfile(session));
  return (
    <AppApolloProvider>
      <AppShell isAdmin={isAdmin} search={<CommandPalette isAdmin={isAdmin} />} notifications={<NotificationBell />} userMenu={menu(false)} compactUserMenu={menu(true)}>
        {children}
      </AppShell>
    </AppApolloProvider>
  );
}
