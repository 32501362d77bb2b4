import type { ReactNode } from 'react';
import { Brand } from '@/components/layout/brand';
import { MobileNav } from '@/components/layout/mobile-nav';
import { SidebarNav } from '@/components/layout/sidebar-nav';

export interface AppShellProps {
  /** Admins see the admin sections in the navigation. */
  isAdmin: boolean;
  /** The signed-in person's menu, rendered at the foot of the sidebar and in the mobile top bar. */
  userMenu: ReactNode;
  /** The same menu, compact, in the top bar of a phone or small tablet (where the sidebar is hidden). */
  compactUserMenu?: ReactNode;
  /** The command palette's trigger (⌘K / Ctrl-K), in the top bar. */
  search?: ReactNode;
  /** The notification bell, at the right of the top bar. */
  notifications?: ReactNode;
  children: ReactNode;
}

export function AppShell({ isAdmin, userMenu, compactUserMenu, search, notifications, children }: AppShellProps) {
  return (
    <div className="flex min-h-svh">
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      {/* The aside stretches to the full height of the page, so its background and border reach the bottom of a
          page taller than the window; its content sticks to the top of the window while the page scrolls. */}
      <aside className="hidden w-60 shrink-0 self-stretch border-r border-sidebar-border bg-sidebar text-sidebar-foreground md:block">
        <div className="sticky top-0 flex h-svh flex-col gap-6 overflow-y-auto p-3">
          <div className="pt-2">
            <Brand />
          </div>
          <div className="flex-1">
            <SidebarNav isAdmin={isAdmin} />
          </div>
          {userMenu}
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        {/* On small screens the menu and brand; on every screen the notification bell (rendered once: it polls). */}
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur md:px-8">
          <div className="flex items-center gap-2 md:hidden">
            <MobileNav isAdmin={isAdmin} />
            <Brand />
          </div>
          <div className="ml-auto flex items-center gap-2">
            {search}
            {notifications}
            {compactUserMenu ? <div className="md:hidden">{compactUserMenu}</div> : null}
          </div>
        </header>
        <main id="main" className="flex-1 px-4 py-6 md:px-8">
          {children}
        </main>
      </div>
    </div>
  );
}
