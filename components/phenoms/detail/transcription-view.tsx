import { z } from 'zod';
import type { PhenomDetailQuery } from '@/graphql/generated/graphql';
import { formatDuration } from '@/lib/format';

type Transcription = NonNullable<PhenomDetailQuery['phenom_by_pk']>['media'][number]['transcriptions'][number];

// transcriptions.segments is free jsonb: trust nothing about it, show what is well-formed.
const segmentsSchema = z.array(z.object({ start: z.number(), end: z.number().optional(), text: z.string() }).loose()).catch([]);

export function TranscriptionView({ transcription }: { transcription: Transcription }) {
  const segments = segmentsSchema.parse(transcription.segments);
  return (
    <details className="rounded-md border bg-muted/30 p-2 text-sm">
      <summary className="cursor-pointer font-medium">Transcription ({transcription.language})</summary>
      {segments.length > 0 ? (
        <ol className="mt-2 flex flex-col gap-1">
          {segments.map((s, i) => (
            <li key={i} className="flex gap-3">
              <span className="w-14 shrink-0 tabular-nums text-muted-foreground">{formatDuration(s.start)}</span>
              <span>{s.text}</span>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 whitespace-pre-wrap">{transcription.text || 'Empty transcription.'}</p>
      )}
    </details>
  );
}
