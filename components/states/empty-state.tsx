import type { ReactNode } from 'react';
import { Inbox, type LucideIcon } from 'lucide-react';
import { StatePanel } from '@/components/states/state-panel';

export function EmptyState({ title, children, actions, icon = Inbox }: { title: string; children?: ReactNode; actions?: ReactNode; icon?: LucideIcon }) {
  return (
    <StatePanel icon={icon} title={title} actions={actions} role="status">
      {children}
    </StatePanel>
  );
}
