import { AppLink } from '@/components/navigation/app-link';
import { Compass } from 'lucide-react';
import { StatePanel } from '@/components/states/state-panel';
import { Button } from '@/components/ui/button';

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-svh max-w-xl items-center px-4">
      <div className="w-full">
        <StatePanel
          icon={Compass}
          title="Page not found"
          headingLevel={1}
          actions={
            <Button asChild>
              <AppLink href="/">Go to the dashboard</AppLink>
            </Button>
          }
        >
          <p>There is nothing at this address. It may have moved, or the link may be incomplete.</p>
        </StatePanel>
      </div>
    </main>
  );
}
