import { Bell, LayoutDashboard, ListChecks, Map, Telescope, Users, type LucideIcon } from 'lucide-react';

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { href: '/', label: 'Dashboard', icon: LayoutDashboard },
  { href: '/phenoms', label: 'Phenoms', icon: Telescope },
  { href: '/map', label: 'Map', icon: Map },
  { href: '/lists', label: 'Lists', icon: ListChecks },
  { href: '/teams', label: 'Teams', icon: Users },
  { href: '/notifications', label: 'Notifications', icon: Bell },
];

/** A section stays highlighted on its sub-pages (/phenoms/123 lights up Phenoms), the dashboard only on '/'. */
export function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
