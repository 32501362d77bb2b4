import { CloudOff } from 'lucide-react';
import type { HasuraFailure } from '@/lib/hasura';
import { serverEnv } from '@/lib/env';
import { describeFailure, isLocalStack } from '@/lib/failure-text';
import { RetryButton } from '@/components/states/retry-button';
import { StatePanel } from '@/components/states/state-panel';

/** A page's data failed to load: say so plainly, offer a retry. Never shows upstream messages. */
export function DataError({ error }: { error: Pick<HasuraFailure, 'kind' | 'code'> }) {
  const { title, detail } = describeFailure(error, { localStack: isLocalStack(serverEnv().HASURA_GRAPHQL_URL) });
  return (
    <StatePanel icon={CloudOff} title={title} tone="error" role="alert" actions={<RetryButton />}>
      <p>{detail}</p>
    </StatePanel>
  );
}
