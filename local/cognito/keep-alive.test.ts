import { startTestCognito, type TestCognito } from './test-support';

let t: TestCognito;
beforeAll(async () => {
  t = await startTestCognito();
});
afterAll(() => t.stop());

/**
 * Holds this thread (client and in-process server alike) for `ms` without burning CPU, as a long synchronous
 * computation does, from inside a timer callback: Node then runs the server's overdue timers right after the client
 * has written its next request on the reused connection.
 */
function blockEventLoopInTimer(ms: number): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      resolve();
    }, 1),
  );
}

const initiateAuth = () =>
  fetch(t.cognito.url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth' },
    body: JSON.stringify({ AuthFlow: 'USER_SRP_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: 'someone@example.com', SRP_A: 'abc123' } }),
  });

// Amplify's SRP maths can hold the event loop for seconds between the two calls of a sign-in (~10 s each in jest on
// Node 24). A server whose idle keep-alive timer falls due meanwhile destroys the connection with the client's next
// request unread, and the client sees ECONNRESET ("fetch failed"). Cognito does not reset a client that way.
test('a keep-alive connection reused after the client held its event loop for 6.5 s still gets an answer', async () => {
  const first = await initiateAuth();
  expect(first.status).toBe(200);
  await first.text();

  await blockEventLoopInTimer(6_500);

  const second = await initiateAuth();
  expect(second.status).toBe(200);
  expect(await second.json()).toMatchObject({ ChallengeName: 'PASSWORD_VERIFIER' });
}, 30_000);
