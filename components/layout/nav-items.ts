import { Bell, Inbox, LayoutDashboard, ListChecks, Map, ScrollText, Settings, ShieldCheck, Telescope, Users, Zap, type LucideIcon } from 'lucide-react';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** Shown to admins only (the pages check again on the server). */
  admin?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Dashboard', icon: LayoutDashboard },
  { href: '/triage', label: 'Triage', icon: Zap },
  { href: '/phenoms', label: 'Phenoms', icon: Telescope },
  { href: '/drops', label: 'Drops', icon: Inbox },
  { href: '/map', label: 'Map', icon: Map },
  { href: '/lists', label: 'Lists', icon: ListChecks },
  { href: '/teams', label: 'Teams', icon: Users },
  { href: '/notifications', label: 'Notifications', icon: Bell },
  { href: '/access', label: 'Access', icon: ShieldCheck, admin: true },
  { href: '/audit', label: 'Audit log', icon: ScrollText, admin: true },
  { href: '/settings', label: 'Settings', icon: Settings },
];

/** The sections this person sees: admins get Access and the audit log as well. */
export const navItemsFor = (isAdmin: boolean): NavItem[] => NAV_ITEMS.filter((item) => isAdmin || !item.admin);

/** A section stays highlighted on its sub-pages (/phenoms/123 lights up Phenoms), the dashboard only on '/'. */
export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
