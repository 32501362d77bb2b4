import 'server-only';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { liveAircraftFeed } from '@/lib/aircraft/live';
import { aircraftProvider } from './aircraft';
import { bodiesProvider } from './bodies';
import { screen, type ScreeningRequest, type ScreeningResult } from './engine';
import { elementSourceEnv, elementsFor } from './element-source';
import { localObjectsProvider, skyObjectsFileSchema } from './local-objects';
import { openskyStateSource } from './opensky-source';
import { prepareCatalogue, satelliteProvider } from './satellite-provider';
import type { SkyProvider } from './types';

/**
 * The providers a live screening uses, from the environment: satellites (CelesTrak and/or local element files),
 * Sun/Moon/planets, aircraft from OpenSky (lib/aircraft, the map's client: one token cache and one back-off for
 * the account), and balloons/launches when SCREENING_OBJECTS_FILE names a nest-sky-objects/1 file.
 */

const envSchema = z.object({ SCREENING_OBJECTS_FILE: z.string().min(1).optional() });

function failing(name: string, err: unknown): SkyProvider {
  const message = err instanceof Error ? err.message : String(err);
  return { name, sky: () => Promise.reject(new Error(message)) };
}

/** Prepared catalogues by the exact sets chosen: a bulk run over nearby times initialises SGP4 once. */
const prepared = new Map<string, ReturnType<typeof prepareCatalogue>>();
const PREPARED_KEPT = 4;

async function satellitesFor(atMs: number): Promise<SkyProvider> {
  try {
    const { catalogue } = await elementsFor(atMs, elementSourceEnv());
    const key = `${catalogue.source}|${catalogue.sets.map((s) => `${s.norad}@${s.epoch}`).join(',')}`;
    let ready = prepared.get(key);
    if (!ready) {
      ready = prepareCatalogue(catalogue);
      prepared.set(key, ready);
      if (prepared.size > PREPARED_KEPT) prepared.delete(prepared.keys().next().value!);
    }
    return satelliteProvider(ready);
  } catch (err) {
    return failing('satellites', err);
  }
}

async function localObjects(): Promise<SkyProvider[]> {
  const { SCREENING_OBJECTS_FILE: file } = envSchema.parse(process.env);
  if (!file) return [];
  try {
    return [localObjectsProvider(skyObjectsFileSchema.parse(JSON.parse(await readFile(file, 'utf8'))))];
  } catch (err) {
    return [failing('local-objects', err)];
  }
}

function aircraft(): SkyProvider {
  try {
    return aircraftProvider(openskyStateSource(liveAircraftFeed().client));
  } catch (err) {
    return failing('aircraft', err);
  }
}

export async function liveProviders(atMs: number): Promise<SkyProvider[]> {
  return [await satellitesFor(atMs), bodiesProvider(), aircraft(), ...(await localObjects())];
}

export async function screenLive(request: ScreeningRequest): Promise<ScreeningResult> {
  return screen(request, await liveProviders(request.atMs));
}
