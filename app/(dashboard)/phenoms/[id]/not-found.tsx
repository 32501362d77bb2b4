import { AppLink } from '@/components/navigation/app-link';
import { SearchX } from 'lucide-react';
import { StatePanel } from '@/components/states/state-panel';
import { Button } from '@/components/ui/button';

export default function PhenomNotFound() {
  return (
    <StatePanel
      icon={SearchX}
      title="Phenom not found"
      headingLevel={1}
      actions={
        <Button asChild>
          <AppLink href="/phenoms">Back to all phenoms</AppLink>
        </Button>
      }
    >
      <p>No phenom has this id, or it has been deleted.</p>
    </StatePanel>
  );
}
