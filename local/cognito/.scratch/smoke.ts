import { startCognito } from '..';
import { CognitoIdentityProviderClient, AdminCreateUserCommand, AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import { signIn, fetchAuthSession, signOut } from 'aws-amplify/auth';

async function main() {
  const c = await startCognito({ port: 0, dataDir: '/tmp/cog/data-' + Date.now(), log: (l) => console.log('[cog]', l) });
  const sdk = new CognitoIdentityProviderClient({ region: 'us-east-1', endpoint: c.url, credentials: { accessKeyId: 'x', secretAccessKey: 'y' } });
  await sdk.send(new AdminCreateUserCommand({ UserPoolId: c.poolId, Username: 'a@example.com', MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email_verified', Value: 'true' }] }));
  await sdk.send(new AdminSetUserPasswordCommand({ UserPoolId: c.poolId, Username: 'a@example.com', Password: 'Passw0rd!x', Permanent: true }));
  Amplify.configure({ Auth: { Cognito: { userPoolId: c.poolId, userPoolClientId: c.clientId, userPoolEndpoint: c.url } } });
  console.log(await signIn({ username: 'a@example.com', password: 'Passw0rd!x' }));
  const s = await fetchAuthSession();
  console.log(s.tokens?.idToken?.payload);
  const s2 = await fetchAuthSession({ forceRefresh: true });
  console.log('refreshed', s2.tokens?.idToken?.payload.iat);
  await signOut({ global: true });
  try { await signIn({ username: 'a@example.com', password: 'wrong' }); } catch (e) { console.log('wrong:', (e as Error).name, (e as Error).message); }
  try { await signIn({ username: 'nobody@example.com', password: 'wrong' }); } catch (e) { console.log('unknown:', (e as Error).name, (e as Error).message); }
  await c.stop();
}
main().catch((e) => { console.error(e); process.exit(1); });
