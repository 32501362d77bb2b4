import { describeFailure, isLocalStack } from '@/lib/failure-text';
import { statusFor, type DataHealth } from '@/lib/data-health';

/**
 * The page middleware answers instead of a dashboard page while the data service is down or hung: the same words
 * as the pages' own error panel (lib/failure-text), with an honest 502/503/504 and a way to try again. Plain HTML
 * (no scripts), styled under the request's CSP nonce, so it needs nothing that might itself be unavailable.
 */
const KIND = { unreachable: 'network', timeout: 'timeout', failing: 'http' } as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(health: Exclude<DataHealth, 'up'>, { graphqlUrl, nonce, retryPath }: { graphqlUrl: string; nonce: string; retryPath: string }): Response {
  const { title, detail } = describeFailure({ kind: KIND[health], code: health }, { localStack: isLocalStack(graphqlUrl) });
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(title)} · N.E.S.T.</title>
<style nonce="${escape(nonce)}">
body{margin:0;min-height:100vh;display:flex;align-items:center;justify-content:center;font-family:system-ui,sans-serif;background:#fafafa;color:#0a0a0a}
@media (prefers-color-scheme:dark){body{background:#0a0a0a;color:#fafafa}}
main{max-width:28rem;margin:1.5rem;padding:3rem 1.5rem;border:1px dashed #a3a3a3;border-radius:.75rem;text-align:center}
h1{font-size:1.125rem;margin:0 0 .5rem}p{font-size:.875rem;opacity:.75;margin:0 0 1.25rem}
a{display:inline-block;padding:.5rem 1rem;border:1px solid #a3a3a3;border-radius:.375rem;color:inherit;text-decoration:none;font-size:.875rem;font-weight:500}
</style></head>
<body><main role="alert"><h1>${escape(title)}</h1><p>${escape(detail)}</p><a href="${escape(retryPath)}">Try again</a></main></body></html>`;
  return new Response(html, {
    status: statusFor(health),
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '5' },
  });
}
