import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { externalParts, loadEnvironment } from './config';
import { hasuraJwtSecret } from './engine';

describe('which parts npm run dev starts', () => {
  it('starts every part locally when nothing is configured', () => {
    expect(externalParts({})).toEqual({ database: false, engine: false, cognito: false, s3: false });
  });

  it('leaves each part to the real service its variables name', () => {
    expect(externalParts({ DATABASE_URL: 'postgres://db.example/nest' }).database).toBe(true);
    expect(externalParts({ HASURA_GRAPHQL_URL: 'https://hasura.example/v1/graphql' }).engine).toBe(true);
    expect(externalParts({ S3_BUCKET: 'nest-media-prod' }).s3).toBe(true);
    expect(externalParts({ S3_ENDPOINT: 'http://minio.example:9000' }).s3).toBe(true);
  });

  it('needs both the pool and the client to use a real Cognito', () => {
    expect(externalParts({ COGNITO_USER_POOL_ID: 'us-east-1_AbC123' }).cognito).toBe(false);
    expect(externalParts({ COGNITO_USER_POOL_ID: 'us-east-1_AbC123', COGNITO_CLIENT_ID: 'abc' }).cognito).toBe(true);
  });

  it('treats an empty variable (as left by a copied .env.example) as unset', () => {
    expect(externalParts({ DATABASE_URL: '', HASURA_GRAPHQL_URL: '  ' })).toMatchObject({ database: false, engine: false });
  });
});

describe('.env', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-env-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads assignments, quoted values and trailing comments; skips comments and blank lines', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, ['# a comment', '', 'S3_BUCKET=media-a  # which bucket', 'export COGNITO_REGION="eu-west-1"', "NEST_TEST_QUOTED='a # not a comment'"].join('\n'));
    const env = loadEnvironment(file);
    expect(env.S3_BUCKET).toBe('media-a');
    expect(env.COGNITO_REGION).toBe('eu-west-1');
    expect(env.NEST_TEST_QUOTED).toBe('a # not a comment');
  });

  it('lets the real environment win over .env, as Next.js does', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'NEST_TEST_PRECEDENCE=from-file\n');
    process.env.NEST_TEST_PRECEDENCE = 'from-shell';
    try {
      expect(loadEnvironment(file).NEST_TEST_PRECEDENCE).toBe('from-shell');
    } finally {
      delete process.env.NEST_TEST_PRECEDENCE;
    }
  });

  it('is optional', () => {
    expect(() => loadEnvironment(path.join(dir, 'missing.env'))).not.toThrow();
  });
});

describe('the engine JWT secret', () => {
  it('is the committed Cognito template with this pool filled in', () => {
    const secret = JSON.parse(hasuraJwtSecret({ issuer: 'http://127.0.0.1:9229/us-east-1_x', jwksUrl: 'http://127.0.0.1:9229/us-east-1_x/.well-known/jwks.json', clientId: 'client1' }));
    expect(secret).toMatchObject({ issuer: 'http://127.0.0.1:9229/us-east-1_x', jwk_url: 'http://127.0.0.1:9229/us-east-1_x/.well-known/jwks.json', audience: 'client1' });
    expect(secret.claims_map['x-hasura-user-id']).toEqual({ path: '$.sub' });
    expect(JSON.stringify(secret)).not.toContain('<');
  });
});
