import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { DEMO_USERS } from '../seed/demo-users';
import { LOCAL } from '../stack/config';
import { ensureLocalCognito } from './seed';
import { startCognito } from './server';

// `tsx local/cognito/main.ts [--port 9229] [--data-dir .local-data/cognito] [--issuer-base URL] [--token-ttl 3600 (ID and access, seconds, 300–86400)] [--no-seed]`
// Runs the local Cognito on its own (the dev stack starts it in-process instead) and, unless --no-seed, makes sure
// the nest groups and demo users exist.
const argsSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(9229),
  'data-dir': z.string().default(path.resolve(__dirname, '../../.local-data/cognito')),
  'issuer-base': z.string().url().optional(),
  'token-ttl': z.coerce.number().int().positive().optional(),
  'no-seed': z.boolean().default(false),
});

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'issuer-base': { type: 'string' },
      'token-ttl': { type: 'string' },
      'no-seed': { type: 'boolean' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
    process.exit(2);
  }
  const args = parsed.data;
  const cognito = await startCognito({
    port: args.port,
    dataDir: path.resolve(args['data-dir']),
    issuerBase: args['issuer-base'],
    credentials: { accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey },
    clientTokenValidity: args['token-ttl']
      ? { IdTokenValidity: args['token-ttl'], AccessTokenValidity: args['token-ttl'], TokenValidityUnits: { IdToken: 'seconds', AccessToken: 'seconds' } }
      : {},
    log: (line) => console.log(`[cognito] ${line}`),
  });
  if (!args['no-seed']) {
    await ensureLocalCognito({
      endpoint: cognito.url,
      region: cognito.region,
      userPoolId: cognito.poolId,
      clientId: cognito.clientId,
      credentials: { accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey },
      users: DEMO_USERS.map((u) => ({ email: u.email, password: u.password, sub: u.id, groups: [...u.groups] })),
    });
  }
  console.log(
    [
      `Local Cognito on ${cognito.url} (data: ${cognito.dataDir}, codes: ${path.join(cognito.dataDir, 'mailbox.jsonl')})`,
      `COGNITO_REGION=${cognito.region}`,
      `COGNITO_USER_POOL_ID=${cognito.poolId}`,
      `COGNITO_CLIENT_ID=${cognito.clientId}`,
      `COGNITO_ENDPOINT=${cognito.url}`,
      `COGNITO_ISSUER=${cognito.issuer}`,
      `COGNITO_JWKS_URL=${cognito.jwksUrl}`,
    ].join('\n'),
  );
  const shutdown = () => {
    cognito.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(`local Cognito failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
