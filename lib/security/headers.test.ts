import { NextRequest } from 'next/server';
import { createMediaBucket, presignGet } from '@/lib/s3';
import { cognitoOrigins, contentSecurityPolicy, mediaOrigins, newNonce, type CspEnv } from './headers';

const LOCAL: CspEnv = {
  COGNITO_USER_POOL_ID: 'us-east-1_nestlocal',
  COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
  S3_BUCKET: 'nest-media',
  S3_REGION: 'us-east-1',
  S3_ENDPOINT: 'http://127.0.0.1:4569',
  S3_FORCE_PATH_STYLE: true,
  MAPBOX_TOKEN: undefined,
};
const AWS: CspEnv = { ...LOCAL, COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', COGNITO_ENDPOINT: undefined, S3_REGION: 'eu-west-1', S3_ENDPOINT: undefined, S3_FORCE_PATH_STYLE: false };

const directives = (csp: string) => Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('contentSecurityPolicy', () => {
  it("allows scripts only with this request's nonce: no 'unsafe-inline', no eval outside next dev", () => {
    const d = directives(contentSecurityPolicy({ nonce: 'abc123', env: LOCAL }));
    expect(d['script-src']).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(Object.values(d).flat()).not.toContain("'unsafe-eval'");
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'self'"]);
    expect(d['upgrade-insecure-requests']).toBeUndefined();
    expect(directives(contentSecurityPolicy({ nonce: 'n', env: LOCAL, dev: true }))['script-src']).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ nonce: 'n', env: LOCAL, https: true }))['upgrade-insecure-requests']).toEqual([]);
  });

  it('lets the browser reach exactly the configured Cognito, media store and (with a token) Mapbox', () => {
    const local = directives(contentSecurityPolicy({ nonce: 'n', env: LOCAL }));
    expect(local['connect-src']).toEqual(["'self'", 'http://127.0.0.1:9229', 'http://127.0.0.1:4569']);
    expect(local['img-src']).toEqual(["'self'", 'data:', 'blob:', 'http://127.0.0.1:4569']);
    expect(local['media-src']).toContain('http://127.0.0.1:4569');
    expect(local['worker-src']).toEqual(["'self'", 'blob:']);
    const aws = directives(contentSecurityPolicy({ nonce: 'n', env: { ...AWS, MAPBOX_TOKEN: 'pk.test' } }));
    expect(aws['connect-src']).toEqual(expect.arrayContaining(['https://cognito-idp.eu-west-1.amazonaws.com', 'https://nest-media.s3.eu-west-1.amazonaws.com', 'https://api.mapbox.com']));
    expect(aws['img-src']).toContain('https://api.mapbox.com');
  });

  it('names the Cognito origin Amplify calls: the local endpoint, or the regional one of the pool', () => {
    expect(cognitoOrigins(LOCAL)).toEqual(['http://127.0.0.1:9229']);
    expect(cognitoOrigins(AWS)).toEqual(['https://cognito-idp.eu-west-1.amazonaws.com']);
  });

  it.each<[string, CspEnv]>([
    ['local S3, path style', LOCAL],
    ['IP endpoint without forced path style', { ...LOCAL, S3_FORCE_PATH_STYLE: false }],
    ['hostname endpoint, virtual-hosted', { ...LOCAL, S3_ENDPOINT: 'https://s3.example.org', S3_FORCE_PATH_STYLE: false }],
    ['hostname endpoint, path style', { ...LOCAL, S3_ENDPOINT: 'https://minio.example.org:9000', S3_FORCE_PATH_STYLE: true }],
    ['AWS S3 in eu-west-1', AWS],
    ['AWS S3 in us-east-1', { ...AWS, S3_REGION: 'us-east-1' }],
  ])('allows the origin the AWS SDK actually presigns media for (%s)', async (_label, env) => {
    const bucket = createMediaBucket({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const url = new URL(await presignGet(bucket, 'phenoms/1/photo.png'));
    expect(mediaOrigins(env)).toContain(url.origin);
  });
});

describe('newNonce', () => {
  it('is fresh and unguessable for every request (128 bits)', () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});

describe('middleware', () => {
  beforeAll(() => {
    Object.assign(process.env, {
      HASURA_GRAPHQL_URL: 'http://127.0.0.1:1/v1/graphql',
      S3_BUCKET: 'nest-media',
      S3_ENDPOINT: 'http://127.0.0.1:4569',
      COGNITO_USER_POOL_ID: 'us-east-1_nestlocal',
      COGNITO_CLIENT_ID: 'client',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229',
      COGNITO_ISSUER: 'http://127.0.0.1:1/us-east-1_nestlocal',
      COGNITO_JWKS_URL: 'http://127.0.0.1:1/jwks.json',
    });
  });

  async function run(path: string, headers: Record<string, string> = {}) {
    const { middleware } = await import('@/middleware');
    return middleware(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }));
  }

  it('gives an open page its CSP, and hands Next the same nonce for its scripts', async () => {
    const res = await run('/sign-in');
    const csp = res.headers.get('content-security-policy')!;
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(res.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(res.headers.get('x-middleware-request-x-nonce')).toBe(nonce);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const again = await run('/sign-in');
    expect(again.headers.get('content-security-policy')).not.toBe(csp);
  });

  it('puts the CSP on gated answers too (an API 401, a page sent to sign-in), and HSTS over HTTPS', async () => {
    const api = await run('/api/phenoms/1', { 'x-forwarded-proto': 'https' });
    expect(api.status).toBe(401);
    expect(api.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(api.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    const page = await run('/phenoms');
    expect(page.headers.get('x-middleware-rewrite')).toContain('/api/auth/redirect');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self' 'nonce-/);
  });
});
