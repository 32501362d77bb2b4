import type http from 'node:http';
import { z } from 'zod';
import { S3Error } from './errors';

/**
 * A bucket CORS rule, as in S3's PutBucketCors (CORSRule). Origins and headers may hold one `*` wildcard each, as
 * S3 allows; methods are the five S3 accepts.
 */
export const corsRuleSchema = z.object({
  allowedOrigins: z.array(z.string().refine((o) => (o.match(/\*/g) ?? []).length <= 1, 'at most one * wildcard')).min(1),
  allowedMethods: z.array(z.enum(['GET', 'PUT', 'POST', 'DELETE', 'HEAD'])).min(1),
  allowedHeaders: z.array(z.string().refine((h) => (h.match(/\*/g) ?? []).length <= 1, 'at most one * wildcard')).default([]),
  exposeHeaders: z.array(z.string()).default([]),
  maxAgeSeconds: z.number().int().nonnegative().optional(),
});
export type CorsRule = z.output<typeof corsRuleSchema>;
export type CorsRuleInput = z.input<typeof corsRuleSchema>;

const VARY = 'Origin, Access-Control-Request-Headers, Access-Control-Request-Method';

function wildcardMatch(pattern: string, value: string, caseInsensitive: boolean): boolean {
  const [p, v] = caseInsensitive ? [pattern.toLowerCase(), value.toLowerCase()] : [pattern, value];
  const star = p.indexOf('*');
  if (star === -1) return p === v;
  return v.length >= p.length - 1 && v.startsWith(p.slice(0, star)) && v.endsWith(p.slice(star + 1));
}

const originMatches = (rule: CorsRule, origin: string) => rule.allowedOrigins.some((o) => wildcardMatch(o, origin, false));

/** S3 evaluates the rules in order and uses the first one whose origin, method and (preflight) headers all match. */
function firstMatch(rules: CorsRule[], origin: string, method: string, requestHeaders: string[]): CorsRule | undefined {
  return rules.find(
    (rule) =>
      originMatches(rule, origin) &&
      (rule.allowedMethods as string[]).includes(method) &&
      requestHeaders.every((h) => rule.allowedHeaders.some((pattern) => wildcardMatch(pattern, h, true))),
  );
}

function allowOrigin(rule: CorsRule, origin: string): http.OutgoingHttpHeaders {
  // A rule open to every origin answers `*` (and no credentials); any other rule names the caller's origin.
  return rule.allowedOrigins.includes('*') ? { 'access-control-allow-origin': '*' } : { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' };
}

function ruleHeaders(rule: CorsRule): http.OutgoingHttpHeaders {
  return {
    'access-control-allow-methods': rule.allowedMethods.join(', '),
    ...(rule.exposeHeaders.length ? { 'access-control-expose-headers': rule.exposeHeaders.join(', ') } : {}),
    ...(rule.maxAgeSeconds !== undefined ? { 'access-control-max-age': String(rule.maxAgeSeconds) } : {}),
    vary: VARY,
  };
}

const header = (req: http.IncomingMessage, name: string) => {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * The answer to an OPTIONS preflight, as S3 gives it: 400 without Origin or Access-Control-Request-Method, 403
 * CORSResponse when the bucket has no rules or none allows the origin, method and every requested header.
 */
export function preflight(rules: CorsRule[], req: http.IncomingMessage): http.OutgoingHttpHeaders {
  const origin = header(req, 'origin');
  if (!origin) throw new S3Error('BadRequest', 'Insufficient information. Origin request header needed.');
  const method = header(req, 'access-control-request-method');
  if (!method) throw new S3Error('BadRequest', 'Invalid Access-Control-Request-Method: null');
  if (rules.length === 0) throw new S3Error('CORSResponse', 'CORS is not enabled for this bucket.');
  const requested = (header(req, 'access-control-request-headers') ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const rule = firstMatch(rules, origin, method, requested);
  if (!rule) {
    // S3's own wording, its spelling included.
    throw new S3Error(
      'CORSResponse',
      "This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
    );
  }
  return { ...allowOrigin(rule, origin), ...ruleHeaders(rule), ...(requested.length ? { 'access-control-allow-headers': requested.join(', ') } : {}) };
}

/** CORS headers for an actual (non-preflight) request from a browser: none unless a rule allows origin and method. */
export function responseCorsHeaders(rules: CorsRule[], req: http.IncomingMessage): http.OutgoingHttpHeaders {
  const origin = header(req, 'origin');
  if (!origin) return {};
  const rule = firstMatch(rules, origin, req.method ?? 'GET', []);
  return rule ? { ...allowOrigin(rule, origin), ...ruleHeaders(rule) } : {};
}
