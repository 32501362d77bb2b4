/**
 * What staff are told when a sky provider fails. A provider that knows why it failed in words that are safe to
 * show (OpenSky's credits are spent, RadarBox refused our key) throws a ProviderError; anything else (a file that
 * cannot be read, a bug) could carry a server path or a stack of internals, so it is logged on the server and
 * staff get a plain sentence naming what could not be checked.
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly kind: string,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

const WHAT: Record<string, string> = {
  satellites: 'Satellites could not be checked: the element sets could not be loaded',
  bodies: 'The Sun, Moon and planets could not be computed',
  aircraft: 'Aircraft could not be checked',
  'local-objects': 'Balloons and launches could not be checked: the local objects file could not be read',
  opensky: 'Aircraft could not be checked with OpenSky',
  radarbox: 'Aircraft could not be checked with RadarBox',
};

export function publicProviderError(provider: string, err: unknown, log: (line: string) => void = (l) => console.error(l)): string {
  if (err instanceof ProviderError) return err.message;
  log(`[sky provider ${provider}] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return `${WHAT[provider] ?? `The ${provider} source failed`} (the details are in the server log).`;
}
