import { z } from 'zod';
import { demoUserSchema, mediaObjectSchema, type DemoUser, type MediaObject } from './contracts';
import { exportedFunction, importPart } from './optional';
import type { Log } from './processes';

const DEMO_USERS_MODULE = 'local/seed/demo-users';
const SEED_MODULE = 'local/seed';

/** The demo staff (local/seed/demo-users.ts): created in Cognito, and printed by `npm run dev`. */
export async function loadDemoUsers(): Promise<DemoUser[]> {
  const mod = await importPart('demo users', DEMO_USERS_MODULE);
  const list = Object.values(mod).find(Array.isArray);
  return z.array(demoUserSchema).parse(list);
}

/** Seeds the demo data set into the database; returns the media objects to upload. */
export async function seedDemoData(databaseUrl: string, log: Log): Promise<MediaObject[]> {
  const mod = await importPart('seed', SEED_MODULE);
  const seed = exportedFunction<(url: string, opts: { log: Log }) => Promise<unknown>>('seed', mod, SEED_MODULE, 'seedDemo');
  const result = await seed(databaseUrl, { log });
  return z.array(mediaObjectSchema).parse(result);
}
