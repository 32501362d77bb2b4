import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../stack/processes';
import { runStackInForeground } from '../stack/run';
import { E2E_STACK_INFO_FILE, type E2eStackInfo } from './e2e-stack-info';

/**
 * The stack Playwright's webServer runs: the same parts as `npm run dev`, on a fresh throwaway data directory and
 * free ports (so it runs beside a developer's `npm run dev`), with the app built and served by `next start`, as
 * deployed. Only the app's port is fixed: playwright.config.ts has to know it.
 */
async function main(): Promise<void> {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-e2e-'));
  runStackInForeground(
    {
      dataRoot,
      persistent: false,
      ports: { postgres: await freePort(), s3: await freePort(), cognito: await freePort(), engine: await freePort(), next: Number(process.env.E2E_PORT ?? 3100) },
      next: { mode: 'start', build: true, distDir: '.next-e2e' },
      // process.env only: a developer's .env pointing at real services must not leak into the tests.
      environment: process.env,
      log: (line) => console.log(line),
    },
    {
      label: 'e2e stack',
      onReady: (stack) => {
        const info: E2eStackInfo = {
          appUrl: stack.appUrl!,
          dataRoot,
          cognitoDataDir: path.join(dataRoot, 'cognito'),
          appEnv: Object.fromEntries(Object.entries(stack.appEnv).filter(([k]) => /^(COGNITO_|S3_|HASURA_GRAPHQL_URL$|AWS_)/.test(k))),
        };
        fs.mkdirSync(path.dirname(E2E_STACK_INFO_FILE), { recursive: true });
        fs.writeFileSync(E2E_STACK_INFO_FILE, JSON.stringify(info, null, 2));
      },
      onExit: () => {
        fs.rmSync(dataRoot, { recursive: true, force: true });
        fs.rmSync(E2E_STACK_INFO_FILE, { force: true });
      },
    },
  );
}

void main();
