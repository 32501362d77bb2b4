import { ShieldAlert } from 'lucide-react';
import { PageHeader } from '@/components/layout/page-header';
import { StatePanel } from '@/components/states/state-panel';

/** What a staff member without nest-admin sees on an admin page: which right it takes, not a bare error. */
export function AdminOnly({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <StatePanel icon={ShieldAlert} title="Admins only" role="alert">
        <p>This page takes the nest-admin group. Ask an admin if you need it.</p>
      </StatePanel>
    </>
  );
}
