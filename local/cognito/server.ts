import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { SigV4Rejection, sha256Hex, verifySigV4 } from '../aws/sigv4';
import { listen, readBodyUpTo } from '../stack/http';
import { CognitoError, cognitoErrorFromRejection, errors } from './errors';
import type { Operation } from './operation';
import { accountOperations } from './ops-account';
import { adminOperations, newClient, newPool } from './ops-admin';
import { authOperations } from './ops-auth';
import { passwordPolicySchema } from './password';
import { CognitoService } from './service';
import { resolveValidity, tokenValidityInputSchema } from './token-validity';
import { jwks, loadOrCreateKeys } from './tokens';

/** Ids the dev stack and .env.example rely on; fixed so the app's settings survive a wipe of the data dir. */
export const LOCAL_POOL_ID = 'us-east-1_nestlocal';
export const LOCAL_CLIENT_ID = 'nestlocalwebclient00000000';

const optionsSchema = z.object({
  /** 0 picks a free port (tests). */
  port: z.number().int().min(0).max(65535),
  host: z.string().default('127.0.0.1'),
  dataDir: z.string().default(path.resolve('.local-data/cognito')),
  /** Tokens carry `iss: <issuerBase>/<poolId>`; default `http://<host>:<port>`, where the JWKS is served too. */
  issuerBase: z.string().url().optional(),
  region: z.string().default('us-east-1'),
  /** The pool (and app client) this server always has; created on first start, its password policy applied on every start. */
  poolId: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/).default(LOCAL_POOL_ID),
  poolName: z.string().default('nest-local'),
  clientId: z.string().regex(/^[a-z0-9]{1,128}$/).default(LOCAL_CLIENT_ID),
  clientName: z.string().default('nest-web'),
  passwordPolicy: passwordPolicySchema.partial().default({}),
  /**
   * The AWS credentials admin calls must be signed with (SigV4, service cognito-idp, this region), as IAM would
   * require some; the stack passes its local ones (local/stack/config.ts), the same the app's admin client uses.
   */
  credentials: z.object({ accessKeyId: z.string().min(1), secretAccessKey: z.string().min(1) }),
  /** Token lifetimes of the configured app client, as UpdateUserPoolClient takes them; applied on every start. */
  clientTokenValidity: tokenValidityInputSchema.default({}),
  signUpCodeTtlSeconds: z.number().int().positive().default(24 * 3600),
  resetCodeTtlSeconds: z.number().int().positive().default(3600),
  maxCodeAttempts: z.number().int().positive().default(5),
  now: z.custom<() => number>((v) => typeof v === 'function').default(() => Date.now),
  /** One line per request (the CLI prints them); silent by default. */
  log: z.custom<(line: string) => void>((v) => typeof v === 'function').optional(),
});

export type StartCognitoOptions = z.input<typeof optionsSchema>;

export interface LocalCognito {
  /** http://<host>:<port>: COGNITO_ENDPOINT, Amplify's `userPoolEndpoint`, the SDK's `endpoint`. */
  url: string;
  port: number;
  region: string;
  poolId: string;
  clientId: string;
  issuer: string;
  jwksUrl: string;
  dataDir: string;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new CognitoError('SerializationException', 'Start of structure or map found where not expected.');
  }
}

/**
 * A local Cognito user pool service speaking the real Cognito Identity Provider JSON protocol, so aws-amplify in the
 * browser (with `userPoolEndpoint`) and the AWS SDK (with `endpoint`) run against it unchanged. See docs/local-cognito.md.
 */
export async function startCognito(options: StartCognitoOptions): Promise<LocalCognito> {
  const opts = optionsSchema.parse(options);
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const keys = loadOrCreateKeys(opts.dataDir);
  // Filled in once listening: the issuer (and so the service) depends on the port the OS picked.
  const ready: { service?: CognitoService; operations: Record<string, Operation> } = { operations: {} };

  const cors = (req: http.IncomingMessage): http.OutgoingHttpHeaders => ({
    // Loopback-only development server: any local origin (the Next.js app on its port) may call it, as with Cognito.
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': 'x-amzn-requestid, x-amzn-errortype, date',
    vary: 'origin',
  });

  const send = (req: http.IncomingMessage, res: http.ServerResponse, status: number, body: unknown, extra: http.OutgoingHttpHeaders = {}) => {
    res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': randomUUID(), ...cors(req), ...extra });
    res.end(JSON.stringify(body));
  };

  const handleGet = (req: http.IncomingMessage, res: http.ServerResponse, svc: CognitoService) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname === '/health') return send(req, res, 200, { status: 'ok' }, { 'content-type': 'application/json' });
    const m = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(url.pathname);
    const pool = m ? svc.store.data.pools[m[1]] : undefined;
    if (!m || !pool) return send(req, res, 404, { message: 'Not Found' }, { 'content-type': 'application/json' });
    const issuer = svc.issuer(pool.id);
    const document =
      m[2] === 'jwks.json'
        ? jwks(keys)
        : { issuer, jwks_uri: `${issuer}/.well-known/jwks.json`, id_token_signing_alg_values_supported: ['RS256'], subject_types_supported: ['public'] };
    return send(req, res, 200, document, { 'content-type': 'application/json', 'cache-control': 'max-age=300' });
  };

  const handlePost = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const target = req.headers['x-amz-target'];
    const name = typeof target === 'string' && target.startsWith('AWSCognitoIdentityProviderService.') ? target.split('.')[1] : undefined;
    const operation = name ? ready.operations[name] : undefined;
    if (!operation) throw new CognitoError('UnknownOperationException', `Unknown operation ${name ?? String(target ?? '')}`.trim());
    const body = await readBodyUpTo(req, MAX_BODY_BYTES, () => new CognitoError('SerializationException', 'Request body too large.'));
    // Admin actions need a valid signature; a public one (Amplify's calls) may be unsigned, but a signature it
    // carries is checked all the same, as AWS checks any request that claims credentials.
    if (operation.admin || req.headers.authorization !== undefined) checkSignature(req, body);
    const result = await operation.handle(parseJson(body));
    opts.log?.(`${name} 200`);
    send(req, res, 200, result);
  };

  const checkSignature = (req: http.IncomingMessage, body: Buffer) => {
    const now = new Date(opts.now());
    try {
      verifySigV4(
        { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headersDistinct },
        {
          service: 'cognito-idp',
          region: opts.region,
          secretFor: (id) => (id === opts.credentials.accessKeyId ? opts.credentials.secretAccessKey : undefined),
          now,
          maxSkewMs: 5 * 60 * 1000,
          allowQueryAuth: false,
          payloadHash: () => sha256Hex(body),
        },
      );
    } catch (err) {
      throw err instanceof SigV4Rejection ? cognitoErrorFromRejection(err, now) : err;
    }
  };

  const server = http.createServer(async (req, res) => {
    try {
      const service = ready.service;
      if (!service) throw errors.internal();
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors(req),
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
          'access-control-max-age': '600',
        });
        return res.end();
      }
      if (req.method === 'GET') return handleGet(req, res, service);
      if (req.method === 'POST') return await handlePost(req, res);
      throw new CognitoError('UnknownOperationException', `Unsupported method ${req.method}`);
    } catch (err) {
      const error = err instanceof CognitoError ? err : errors.internal();
      if (!(err instanceof CognitoError)) opts.log?.(`internal error: ${err instanceof Error ? err.message : String(err)}`);
      else opts.log?.(`${String(req.headers['x-amz-target'] ?? req.url).replace('AWSCognitoIdentityProviderService.', '')} ${error.code}`);
      if (res.headersSent) return res.destroy();
      send(req, res, error.status, error.toJSON(), { 'x-amzn-errortype': error.code });
      req.resume();
    }
  });

  const port = await listen(server, opts.port, opts.host);
  const url = `http://${opts.host}:${port}`;
  const service = new CognitoService(
    {
      dataDir: opts.dataDir,
      issuerBase: (opts.issuerBase ?? url).replace(/\/+$/, ''),
      region: opts.region,
      signUpCodeTtlSeconds: opts.signUpCodeTtlSeconds,
      resetCodeTtlSeconds: opts.resetCodeTtlSeconds,
      maxCodeAttempts: opts.maxCodeAttempts,
      now: opts.now,
    },
    keys,
  );
  ensureConfiguredPool(service, opts);
  ready.operations = { ...authOperations(service), ...accountOperations(service), ...adminOperations(service) };
  ready.service = service;

  const issuer = service.issuer(opts.poolId);
  return {
    url,
    port,
    region: opts.region,
    poolId: opts.poolId,
    clientId: opts.clientId,
    issuer,
    jwksUrl: `${url}/${opts.poolId}/.well-known/jwks.json`,
    dataDir: opts.dataDir,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function ensureConfiguredPool(svc: CognitoService, opts: z.output<typeof optionsSchema>): void {
  const pools = svc.store.data.pools;
  const pool = (pools[opts.poolId] ??= newPool(svc, opts.poolId, opts.poolName, opts.passwordPolicy));
  pool.passwordPolicy = passwordPolicySchema.parse(opts.passwordPolicy);
  const client = (pool.clients[opts.clientId] ??= newClient(svc, opts.clientId, opts.clientName));
  client.validity = resolveValidity(opts.clientTokenValidity);
  svc.save();
}
