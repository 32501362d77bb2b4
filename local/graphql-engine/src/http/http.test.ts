import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createHttpServer } from '.';
import { HasuraError } from '../errors';

let server: Server;
let base: string;
const calls: unknown[] = [];

beforeAll(async () => {
  server = createHttpServer({
    maxBodyBytes: 1000,
    authenticate: async (headers) => {
      if (headers['x-hasura-admin-secret'] !== 's') throw new HasuraError('access-denied', 'invalid x-hasura-admin-secret');
      return { role: 'admin', adminSecretSent: true, variables: {} };
    },
    run: async (request) => {
      calls.push(request);
      if (request.query.includes('boom')) throw new Error('secret internal detail');
      return '{"data":{"ok":true}}';
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (body: string, headers: Record<string, string> = { 'x-hasura-admin-secret': 's' }) =>
  fetch(`${base}/v1/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('HTTP surface', () => {
  it('answers /healthz', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('rejects a body that is not JSON with a clear error', async () => {
    const res = await post('{not json');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('invalid-json');
  });

  it('rejects a body over the size limit', async () => {
    const res = await post(JSON.stringify({ query: 'x'.repeat(2000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/larger than/);
  });

  it('reports authentication failures in Hasura shape', async () => {
    const res = await post(JSON.stringify({ query: '{ a }' }), { 'x-hasura-admin-secret': 'wrong' });
    expect((await res.json()).errors[0].extensions).toEqual({ code: 'access-denied', path: '$' });
  });

  it('answers a batch with an array, one response per request', async () => {
    const res = await post(JSON.stringify([{ query: '{ a }' }, { nope: 1 }]));
    const body = await res.json();
    expect(body).toHaveLength(2);
    expect(body[0]).toEqual({ data: { ok: true } });
    expect(body[1].errors[0].extensions.code).toBe('parse-failed');
  });

  it('never leaks internal error details', async () => {
    const res = await post(JSON.stringify({ query: '{ boom }' }));
    const text = await res.text();
    expect(text).not.toContain('secret internal detail');
    expect(JSON.parse(text).errors[0].extensions.code).toBe('unexpected');
  });
});

describe('CORS', () => {
  it('answers a browser preflight for any origin, as Hasura does by default', async () => {
    const res = await fetch(`${base}/v1/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
  });
});
