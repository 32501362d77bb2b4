import { SearchX } from 'lucide-react';
import { AppLink } from '@/components/navigation/app-link';
import { StatePanel } from '@/components/states/state-panel';
import { Button } from '@/components/ui/button';

export default function ListNotFound() {
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">List not found</h1>
      <StatePanel
        icon={SearchX}
        title="No such list"
        actions={
          <Button asChild>
            <AppLink href="/lists">Back to lists</AppLink>
          </Button>
        }
      >
        <p>This list does not exist, was deleted, or is not shared with you (any more).</p>
      </StatePanel>
    </>
  );
}
