import type { ServerEnv } from '@/lib/env';

/**
 * The security headers of every response (set by middleware.ts; edge-safe, no Node APIs). The CSP allows scripts
 * only with this request's nonce ('strict-dynamic' lets Next's own nonce'd loader pull its chunks), so an injected
 * <script> or inline handler never runs even though Amplify keeps the Cognito tokens in script-readable cookies.
 * Every other origin the browser must reach comes from the same configuration the app uses to talk to it.
 */

/** Next reads the nonce for its own scripts from the request's CSP header; server components read this one. */
export const NONCE_HEADER = 'x-nonce';

export type CspEnv = Pick<ServerEnv, 'COGNITO_USER_POOL_ID' | 'COGNITO_ENDPOINT' | 'S3_BUCKET' | 'S3_REGION' | 'S3_ENDPOINT' | 'S3_FORCE_PATH_STYLE' | 'MAPBOX_TOKEN'>;

export interface CspOptions {
  nonce: string;
  env: CspEnv;
  /** next dev: React Refresh needs eval and the HMR websocket. */
  dev?: boolean;
  https?: boolean;
}

/** 128 random bits, base64: unguessable, fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Where Amplify's SRP sign-in, refresh and sign-out go: the pool's regional Cognito endpoint, or the local one. */
export function cognitoOrigins(env: CspEnv): string[] {
  if (env.COGNITO_ENDPOINT) return [new URL(env.COGNITO_ENDPOINT).origin];
  // Amplify takes the region from the pool id, e.g. eu-west-1_AbC123.
  return [`https://cognito-idp.${env.COGNITO_USER_POOL_ID.split('_')[0]}.amazonaws.com`];
}

const IP_HOST = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])(:\d+)?$/i;

/**
 * The origin presigned media URLs point at, as the AWS SDK builds them: path style (forced, or an IP endpoint) on
 * the endpoint itself, otherwise the bucket as a subdomain of the endpoint or of the regional S3 host.
 */
export function mediaOrigins(env: CspEnv): string[] {
  if (env.S3_ENDPOINT) {
    const endpoint = new URL(env.S3_ENDPOINT);
    if (env.S3_FORCE_PATH_STYLE || IP_HOST.test(endpoint.host)) return [endpoint.origin];
    return [`${endpoint.protocol}//${env.S3_BUCKET}.${endpoint.host}`];
  }
  return [`https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com`];
}

/** Mapbox GL's documented needs: its API and tiles over fetch, telemetry, and a blob: worker. */
const MAPBOX = ['https://api.mapbox.com', 'https://*.tiles.mapbox.com', 'https://events.mapbox.com'];

export function contentSecurityPolicy({ nonce, env, dev = false, https = false }: CspOptions): string {
  const media = mediaOrigins(env);
  const mapbox = env.MAPBOX_TOKEN ? MAPBOX : [];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Stylesheets are same-origin files; React renders style="" attributes (Radix positions, bar widths).
    'style-src': ["'self'", `'nonce-${nonce}'`],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...media, ...mapbox],
    'media-src': ["'self'", 'blob:', ...media],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...cognitoOrigins(env), ...media, ...mapbox, ...(dev ? ['ws:'] : [])],
    // MapLibre's module worker is served same-origin (app/assets); Mapbox GL builds its worker from a blob.
    'worker-src': ["'self'", 'blob:'],
    'child-src': ["'self'", 'blob:'],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'manifest-src': ["'self'"],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (https) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/**
 * Set by next.config.mjs on every response (STATIC_SECURITY_HEADERS there, held to this list by the headers test):
 * X-Frame-Options is the legacy twin of frame-ancestors 'none' for browsers before CSP level 2.
 */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Two years, subdomains included: only ever sent on a response that itself came over HTTPS. */
export const HSTS = 'max-age=63072000; includeSubDomains';
