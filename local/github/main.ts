import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { LOCAL_GITHUB_APP_ID as APP_ID, localAppKey as appKey } from './app-key';
import { SAMPLE_ORG } from './sample-org';
import { startGitHub } from './server';

// `tsx local/github/main.ts [--port 9230] [--data-dir .local-data/github]`: the GitHub stand-in on its own, serving
// the sample organisation to a GitHub App whose key pair it keeps in the data dir (made on first run). Prints the
// app's GITHUB_* variables: with them in .env, /api/teams and the teams page read teams "from GitHub".
const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(9230),
  'data-dir': z.string().default(path.resolve(__dirname, '../../.local-data/github')),
});

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { port: { type: 'string' }, 'data-dir': { type: 'string' } } });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    process.exit(2);
  }
  const key = appKey(path.resolve(parsed.data['data-dir']));
  const gh = await startGitHub({ port: parsed.data.port, appId: APP_ID, publicKeyPem: key.publicPem, org: SAMPLE_ORG });
  console.log(
    [
      `Local GitHub on ${gh.url} (organisation ${SAMPLE_ORG.login}, ${SAMPLE_ORG.teams.length} teams)`,
      `GITHUB_APP_ID=${APP_ID}`,
      `GITHUB_APP_PRIVATE_KEY="${key.privatePem.trim().replace(/\n/g, '\\n')}"`,
      `GITHUB_ORG=${SAMPLE_ORG.login}`,
      `GITHUB_API_URL=${gh.url}`,
    ].join('\n'),
  );
  const shutdown = () => void gh.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(`local GitHub failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
