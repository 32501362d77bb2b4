import { z } from 'zod';
import { mediaObjectSchema, type MediaObject } from './contracts';
import { exportedFunction, importPart } from './optional';
import type { Log } from './processes';

const SEED_MODULE = 'local/seed';

/** Seeds the demo data set into the database; returns the media objects to upload. */
export async function seedDemoData(databaseUrl: string, log: Log): Promise<MediaObject[]> {
  const mod = await importPart('seed', SEED_MODULE);
  const seed = exportedFunction<(url: string, opts: { log: Log }) => Promise<unknown>>('seed', mod, SEED_MODULE, 'seedDemo');
  const result = await seed(databaseUrl, { log });
  return z.array(mediaObjectSchema).parse(result);
}
