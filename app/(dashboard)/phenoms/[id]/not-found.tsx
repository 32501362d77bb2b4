import Link from 'next/link';
import { SearchX } from 'lucide-react';
import { StatePanel } from '@/components/states/state-panel';
import { Button } from '@/components/ui/button';

export default function PhenomNotFound() {
  return (
    <StatePanel
      icon={SearchX}
      title="Phenom not found"
      actions={
        <Button asChild>
          <Link href="/phenoms">Back to all phenoms</Link>
        </Button>
      }
    >
      <p>No phenom has this id, or it has been deleted.</p>
    </StatePanel>
  );
}
