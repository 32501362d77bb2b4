import type { PhenomDetailQuery } from '@/graphql/generated/graphql';
import { formatDateTime } from '@/lib/phenoms/vocabulary';
import { formatBytes, formatDuration } from '@/lib/format';
import { MediaPreview } from '@/components/phenoms/detail/media-preview';
import { TranscriptionView } from '@/components/phenoms/detail/transcription-view';

type Media = NonNullable<PhenomDetailQuery['phenom_by_pk']>['media'][number];

export function MediaList({ media, urls }: { media: Media[]; urls: Map<string, string | null> }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {media.map((m) => {
        const url = urls.get(m.s3_key) ?? null;
        const name = m.s3_key.split('/').pop() ?? m.s3_key;
        return (
          <li key={m.id} className="flex flex-col gap-2 rounded-xl border p-3">
            <div className="overflow-hidden rounded-md bg-muted">
              <MediaPreview url={url} contentType={m.content_type} name={name} />
            </div>
            <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              {url ? (
                <a href={url} target="_blank" rel="noreferrer" className="truncate font-medium hover:underline">
                  {name}
                </a>
              ) : (
                <span className="truncate font-medium">{name}</span>
              )}
              <span className="text-xs text-muted-foreground">
                {[m.content_type, formatBytes(m.bytes), m.width && m.height ? `${m.width}×${m.height}` : null, m.duration_s != null ? formatDuration(m.duration_s) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </div>
            {m.captured_at ? <p className="text-xs text-muted-foreground">Captured {formatDateTime(m.captured_at)}</p> : null}
            {m.transcriptions.map((t) => (
              <TranscriptionView key={t.id} transcription={t} />
            ))}
          </li>
        );
      })}
    </ul>
  );
}
