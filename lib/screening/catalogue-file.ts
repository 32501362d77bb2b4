import { readFile } from 'node:fs/promises';
import { parseElements, pickNearestSets, type ParseIssue } from './elements';
import { prepareCatalogue, type PreparedCatalogue } from './satellite-provider';

/** Reads a TLE or OMM file (format sniffed) into a prepared catalogue, keeping each object's set nearest `atMs`. */
export async function catalogueFromFile(path: string, atMs?: number): Promise<{ catalogue: PreparedCatalogue; issues: ParseIssue[] }> {
  const text = await readFile(path, 'utf8');
  const { sets, issues } = parseElements(text);
  const chosen = atMs === undefined ? sets : pickNearestSets(sets, atMs);
  const catalogue = prepareCatalogue({ source: `file:${path}`, fetchedAt: null, sets: chosen });
  return { catalogue, issues: [...issues, ...catalogue.rejected] };
}
