import { createServer } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { hasuraFetch, toRouteError, type HasuraFailure } from '@/lib/hasura';
import { sendJson, startFakeUpstream } from '@/lib/testing/fake-upstream';

type PhenomTitle = { phenom_by_pk: { id: string; title: string } | null };
type PhenomTitleVars = { id: string };
const PhenomTitleDocument = parse(
  'query PhenomTitle($id: uuid!) { phenom_by_pk(id: $id) { id title } }',
) as TypedDocumentNode<PhenomTitle, PhenomTitleVars>;

let upstream: Awaited<ReturnType<typeof startFakeUpstream>> | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

describe('hasuraFetch', () => {
  it('forwards the caller token and the staff role, and returns the data', async () => {
    upstream = await startFakeUpstream((_req, res) => sendJson(res, 200, { data: { phenom_by_pk: { id: 'p1', title: 'Lights over Phoenix' } } }));
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 'id-token-abc', url: upstream.url });

    expect(result).toEqual({ ok: true, data: { phenom_by_pk: { id: 'p1', title: 'Lights over Phoenix' } } });
    const [sent] = upstream.requests;
    expect(sent.method).toBe('POST');
    expect(sent.headers.authorization).toBe('Bearer id-token-abc');
    expect(sent.headers['x-hasura-role']).toBe('nest-access');
    const body = JSON.parse(sent.body);
    expect(body.variables).toEqual({ id: 'p1' });
    expect(body.operationName).toBe('PhenomTitle');
    expect(body.query).toContain('phenom_by_pk(id: $id)');
  });

  it('runs as nest-admin only when asked', async () => {
    upstream = await startFakeUpstream((_req, res) => sendJson(res, 200, { data: { phenom_by_pk: null } }));
    await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', role: 'nest-admin', url: upstream.url });
    expect(upstream.requests[0].headers['x-hasura-role']).toBe('nest-admin');
  });

  it('treats errors in a 200 answer as a GraphQL failure with Hasura’s code and path', async () => {
    upstream = await startFakeUpstream((_req, res) =>
      sendJson(res, 200, {
        errors: [{ message: "field 'secret' not found in type: 'phenom'", extensions: { code: 'validation-failed', path: '$.selectionSet.phenom_by_pk.selectionSet.secret' } }],
      }),
    );
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({
      kind: 'graphql',
      code: 'validation-failed',
      status: 200,
      path: '$.selectionSet.phenom_by_pk.selectionSet.secret',
    });
    expect(result.error.message).toContain("field 'secret' not found");
  });

  it('reports an HTTP error with a non-JSON body as an http failure', async () => {
    upstream = await startFakeUpstream((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html>Service Unavailable</html>');
    });
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', code: 'http-503', status: 503 } });
  });

  it('reports a 200 with a body that is not a GraphQL answer as an http failure', async () => {
    upstream = await startFakeUpstream((_req, res) => sendJson(res, 200, ['not', 'graphql']));
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', code: 'invalid-response', status: 200 } });
  });

  it('reports an engine that is not listening as a network failure', async () => {
    const port = await closedPort();
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: `http://127.0.0.1:${port}/v1/graphql` });
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', code: 'unreachable', status: null } });
  });

  it('gives up on an engine that never answers and reports a timeout', async () => {
    upstream = await startFakeUpstream(() => {
      /* never answers */
    });
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url, timeoutMs: 100 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout', code: 'timeout' } });
  });

  it('reports an answer that breaks off mid-body as an http failure, never as data', async () => {
    upstream = await startFakeUpstream((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"data":{"phenom_by_pk":{"id":"p1"');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const result = await hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url });
    expect(result).toMatchObject({ ok: false, error: { kind: 'http', code: 'invalid-response', status: 200 } });
  });

  it('gets through after the engine closed an idle connection', async () => {
    let calls = 0;
    upstream = await startFakeUpstream((_req, res) => sendJson(res, 200, { data: { phenom_by_pk: { id: `p${++calls}`, title: 'T' } } }));
    upstream.server.keepAliveTimeout = 50;
    const ask = () => hasuraFetch(PhenomTitleDocument, { id: 'p' }, { token: 't', url: upstream!.url });
    expect(await ask()).toMatchObject({ ok: true, data: { phenom_by_pk: { id: 'p1' } } });
    await new Promise((r) => setTimeout(r, 200));
    expect(await ask()).toMatchObject({ ok: true, data: { phenom_by_pk: { id: 'p2' } } });
    expect(await ask()).toMatchObject({ ok: true, data: { phenom_by_pk: { id: 'p3' } } });
  });

  it('reports a cancelled request as aborted, not as a timeout', async () => {
    upstream = await startFakeUpstream(() => {
      /* never answers */
    });
    const controller = new AbortController();
    const pending = hasuraFetch(PhenomTitleDocument, { id: 'p1' }, { token: 't', url: upstream.url, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'network', code: 'aborted' } });
  });
});

describe('toRouteError', () => {
  const fail = (over: Partial<HasuraFailure>): HasuraFailure => ({ kind: 'graphql', code: 'unexpected', message: 'x', status: 200, ...over });

  it.each([
    [{ kind: 'timeout', code: 'timeout', status: null }, 504, 'upstream_timeout'],
    [{ kind: 'network', code: 'unreachable', status: null }, 502, 'upstream_unavailable'],
    [{ kind: 'http', code: 'http-500', status: 500 }, 502, 'upstream_error'],
    [{ code: 'permission-error' }, 403, 'forbidden'],
    [{ code: 'access-denied' }, 403, 'forbidden'],
    [{ code: 'invalid-jwt' }, 401, 'unauthenticated'],
    [{ code: 'validation-failed' }, 422, 'invalid_input'],
    [{ code: 'constraint-violation' }, 409, 'conflict'],
  ] as const)('maps %o to HTTP %i', (over, status, code) => {
    const mapped = toRouteError(fail(over as Partial<HasuraFailure>));
    expect(mapped.status).toBe(status);
    expect(mapped.body.error.code).toBe(code);
  });

  it('never passes database wording through to the client', () => {
    const sql = 'insert or update on table "phenom" violates foreign key constraint "phenom_assignee_id_fkey"';
    for (const code of ['constraint-violation', 'data-exception', 'unexpected', 'permission-error']) {
      expect(JSON.stringify(toRouteError(fail({ code, message: sql })).body)).not.toContain('phenom_assignee_id_fkey');
    }
  });

  it('tells the client what was wrong with a request the engine rejected as invalid', () => {
    const mapped = toRouteError(fail({ code: 'validation-failed', message: "expected a value for 'status'" }));
    expect(mapped.body.error.message).toBe("expected a value for 'status'");
  });
});

/** A port nothing listens on: bind one, note it, release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
