'use client';

import { useState } from 'react';
import type { DropListQuery } from '@/graphql/generated/graphql';
import { AppLink } from '@/components/navigation/app-link';
import { AttachDrop, PromoteDrop, RejectDrop, type ReviewedDrop } from '@/components/drops/drop-actions';
import { readDropPayload } from '@/lib/drops/payload';
import { formatCoordinate } from '@/lib/format';
import { formatDateTime } from '@/lib/phenoms/vocabulary';

export type DropRow = DropListQuery['drops'][number];

/** The drops of one status; pending ones can be promoted, attached or rejected, after a confirmation each. */
export function DropQueue({ drops, reviewable }: { drops: DropRow[]; reviewable: boolean }) {
  const [items, setItems] = useState(drops);
  const [done, setDone] = useState<ReviewedDrop | null>(null);
  const finish = (id: string) => (result: ReviewedDrop) => {
    setItems((all) => all.filter((d) => d.id !== id));
    setDone(result);
  };
  return (
    <div className="flex flex-col gap-3">
      <p role="status" className="min-h-5 text-sm">
        {done ? (
          <>
            {done.text}{' '}
            {done.phenomId ? (
              <AppLink href={`/phenoms/${done.phenomId}`} className="underline">
                Open the phenom
              </AppLink>
            ) : null}
          </>
        ) : null}
      </p>
      {items.length === 0 ? <p className="rounded-xl border border-dashed px-6 py-10 text-center text-sm text-muted-foreground">All reviewed: reload for drops that came in since.</p> : null}
      <ul className="flex flex-col gap-3" aria-label="Drops">
        {items.map((drop) => {
          const p = readDropPayload(drop.payload);
          const position = p.latitude !== undefined && p.longitude !== undefined ? `${formatCoordinate(p.latitude, 'lat')}, ${formatCoordinate(p.longitude, 'lng')}` : null;
          return (
            <li key={drop.id} className="flex flex-col gap-3 rounded-xl border p-4 sm:flex-row sm:items-start">
              <div className="min-w-0 flex-1">
                <p className="text-sm">{p.description?.trim() || <span className="text-muted-foreground">No description.</span>}</p>
                <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
                  <div>
                    <dt className="inline">Submitted </dt>
                    <dd className="inline">{formatDateTime(drop.submitted_at)}</dd>
                  </div>
                  {p.occurred_at ? (
                    <div>
                      <dt className="inline">Seen </dt>
                      <dd className="inline">{formatDateTime(p.occurred_at)}</dd>
                    </div>
                  ) : null}
                  {position ? (
                    <div>
                      <dt className="inline">At </dt>
                      <dd className="inline">{p.location_name ? `${p.location_name} (${position})` : position}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt className="inline">By </dt>
                    <dd className="inline">{drop.submitter?.display_name || 'anonymous'}</dd>
                  </div>
                  {p.media_count ? (
                    <div>
                      <dt className="inline">Media </dt>
                      <dd className="inline">{p.media_count}</dd>
                    </div>
                  ) : null}
                </dl>
                {drop.phenom_id ? (
                  <AppLink href={`/phenoms/${drop.phenom_id}`} className="mt-2 inline-block text-sm underline">
                    The phenom it is attached to
                  </AppLink>
                ) : null}
              </div>
              {reviewable ? (
                <div className="flex flex-wrap gap-2">
                  <PromoteDrop dropId={drop.id} payload={p} submittedAt={drop.submitted_at} onDone={finish(drop.id)} />
                  <AttachDrop dropId={drop.id} onDone={finish(drop.id)} />
                  <RejectDrop dropId={drop.id} onDone={finish(drop.id)} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
