'use client';

import type { ReactNode } from 'react';
import { ChevronsUpDown } from 'lucide-react';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';
import { ThemeMenuItems } from '@/components/layout/theme-switch';

export interface UserMenuProps {
  email: string;
  isAdmin: boolean;
  /** Menu items from the auth feature (sign-out); rendered as given, so this menu holds no auth logic. */
  children?: ReactNode;
  /** Just the initials, for the top bar of a phone (the sidebar, with the full menu, is hidden there). */
  compact?: boolean;
}

export function initialsOf(email: string): string {
  const name = email.split('@')[0] ?? '';
  const parts = name.split(/[._-]+/).filter(Boolean);
  const letters = parts.length >= 2 ? parts[0][0] + parts[1][0] : name.slice(0, 2);
  return letters.toUpperCase() || '?';
}

function Initials({ email }: { email: string }) {
  return (
    <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground">
      {initialsOf(email)}
    </span>
  );
}

export function UserMenu({ email, isAdmin, children, compact = false }: UserMenuProps) {
  const role = isAdmin ? 'Admin' : 'Staff';
  return (
    <DropdownMenu>
      {compact ? (
        <DropdownMenuTrigger aria-label={`Account: ${email} (${role})`} className="rounded-full outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50">
          <Initials email={email} />
        </DropdownMenuTrigger>
      ) : (
        <DropdownMenuTrigger className="flex w-full items-center gap-3 rounded-md px-2 py-2 text-left text-sm outline-none hover:bg-sidebar-accent focus-visible:ring-[3px] focus-visible:ring-ring/50">
          <Initials email={email} />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-medium">{email}</span>
            <span className="block text-xs text-muted-foreground">{role}</span>
          </span>
          <ChevronsUpDown className="size-4 text-muted-foreground" aria-hidden />
        </DropdownMenuTrigger>
      )}
      <DropdownMenuContent align={compact ? 'end' : 'start'} side={compact ? 'bottom' : 'top'} className="w-60">
        <DropdownMenuLabel className="truncate font-normal text-muted-foreground">Signed in as {email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <ThemeMenuItems />
        <DropdownMenuSeparator />
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
