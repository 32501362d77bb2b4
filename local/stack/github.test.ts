import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitHubTeamsClient } from '@/lib/teams/github';
import { SAMPLE_ORG } from '../github/sample-org';
import { startGitHubPart } from './github';

// npm run dev and the e2e stack: teams from our tables unless the environment asks for GitHub, the stand-in or a
// real organisation; the app's GITHUB_* settings alone decide which it reads.
describe('the GitHub part of the stack', () => {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-github-part-'));
  afterAll(() => fs.rmSync(dataRoot, { recursive: true, force: true }));

  it('runs nothing and sets nothing by default: teams stay in our own tables, editable', async () => {
    expect(await startGitHubPart({}, dataRoot)).toEqual({ env: {} });
  });

  it('with NEST_LOCAL_GITHUB=1 starts the stand-in, and the app’s GitHub App client reads its teams', async () => {
    const part = await startGitHubPart({ NEST_LOCAL_GITHUB: '1' }, dataRoot);
    try {
      expect(part.report).toMatchObject({ part: 'GitHub teams', status: 'local' });
      const env = part.env as Record<string, string>;
      expect(env).toMatchObject({ GITHUB_ORG: SAMPLE_ORG.login, GITHUB_APP_ID: expect.stringMatching(/^\d+$/) });
      const client = new GitHubTeamsClient({ appId: env.GITHUB_APP_ID, privateKeyPem: env.GITHUB_APP_PRIVATE_KEY, org: env.GITHUB_ORG, apiUrl: env.GITHUB_API_URL });
      const teams = await client.teams();
      expect(teams.ok && teams.data.map((t) => t.slug).sort()).toEqual(SAMPLE_ORG.teams.map((t) => t.slug).sort());
    } finally {
      await part.stop?.();
    }
  });

  it('leaves teams to the organisation the environment names, even with NEST_LOCAL_GITHUB=1', async () => {
    const part = await startGitHubPart({ NEST_LOCAL_GITHUB: '1', GITHUB_APP_ID: '1', GITHUB_APP_PRIVATE_KEY: 'k', GITHUB_ORG: 'phenom-earth' }, dataRoot);
    expect(part).toEqual({ env: {}, report: expect.objectContaining({ status: 'external', detail: expect.stringContaining('phenom-earth') }) });
  });
});
