import fs from 'node:fs';
import path from 'node:path';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';

/** The stand-in's GitHub App id (any number; GitHub's are numeric). */
export const LOCAL_GITHUB_APP_ID = '424242';

/** The local GitHub App's key pair, kept in `dir` (made on first use), as GitHub keeps the public half of an app's key. */
export function localAppKey(dir: string): { privatePem: string; publicPem: string } {
  const file = path.join(dir, 'app-key.pem');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    // PKCS#1, as GitHub hands out app keys.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(file, privateKey.export({ type: 'pkcs1', format: 'pem' }), { mode: 0o600 });
  }
  const privatePem = fs.readFileSync(file, 'utf8');
  return { privatePem, publicPem: createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString() };
}
