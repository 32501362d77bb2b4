import { z } from 'zod';

/** What a run's providers said besides their objects (graphql/screening/screening-run-provider-notes.graphql). */
export interface ProviderNote {
  provider: string;
  note: string | null;
  error: string | null;
}

export const PROVIDER_SLOTS = 6;
const text = z.string().max(2000).nullish().catch(null);

export function providerNotesOf(row: Record<string, unknown> | undefined): ProviderNote[] {
  if (!row) return [];
  const out: ProviderNote[] = [];
  for (let i = 0; i < PROVIDER_SLOTS; i++) {
    const provider = text.parse(row[`provider${i}`]);
    if (!provider) continue;
    const note = text.parse(row[`note${i}`]) ?? null;
    const error = text.parse(row[`error${i}`]) ?? null;
    if (note || error) out.push({ provider, note, error });
  }
  return out;
}
