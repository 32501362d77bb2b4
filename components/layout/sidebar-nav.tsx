'use client';

import { AppLink } from '@/components/navigation/app-link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';
import { isActive, navItemsFor } from '@/components/layout/nav-items';

export function SidebarNav({ isAdmin, onNavigate }: { isAdmin: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {navItemsFor(isAdmin).map(({ href, label, icon: Icon }) => {
        const active = isActive(href, pathname);
        return (
          <AppLink
            key={href}
            href={href}
            onClick={onNavigate}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium text-sidebar-foreground/80 transition-colors hover:bg-sidebar-accent hover:text-sidebar-foreground',
              active && 'bg-sidebar-accent text-sidebar-foreground',
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
          </AppLink>
        );
      })}
    </nav>
  );
}
