import { DEFAULT_SEED, DEFAULT_UNTIL, DEMO_PHENOMS, mediaObjects, type MediaObject } from '../seed/generate';
import { seedDatabase } from '../seed/seed';
import type { Log } from './processes';

const DEMO = { seed: DEFAULT_SEED, phenoms: DEMO_PHENOMS, until: DEFAULT_UNTIL };

/**
 * Seeds the demo data set (the same one `npm run seed` writes) into a fresh database, and returns the media objects
 * behind its phenom_media rows, generated lazily for upload.
 */
export async function seedDemoData(databaseUrl: string, log: Log): Promise<Iterable<MediaObject>> {
  const started = Date.now();
  const summary = await seedDatabase(databaseUrl, { ...DEMO, reset: false });
  log(`  seed: ${summary.rows.phenom ?? 0} phenoms and their records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return mediaObjects(DEMO);
}
