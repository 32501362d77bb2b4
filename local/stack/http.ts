import type http from 'node:http';
import type { AddressInfo } from 'node:net';

// Shared by the stack's own HTTP servers (local Cognito, local S3), which run in-process or on their own.

/**
 * How long an idle keep-alive connection stays open. Node's default (5 s) lets the server close a connection at the
 * moment a client reuses it: when the client's own thread was busy past the deadline (Amplify's SRP maths in jest holds
 * it ~10 s), the overdue server timer runs right after the client wrote its next request, the socket is destroyed with
 * the request unread and the client gets ECONNRESET. The AWS endpoints these servers stand in for do not reset a
 * client like that, so idle connections here outlive any client's own idle limit (undici: the advertised timeout − 2 s;
 * browsers: minutes) and the client, not the server, is the one that closes them.
 */
export const IDLE_KEEP_ALIVE_MS = 10 * 60 * 1000;

/** Keep-alive as the stand-in services need it (see IDLE_KEEP_ALIVE_MS); for every HTTP server of the stack. */
export function keepIdleConnections(server: http.Server): void {
  server.keepAliveTimeout = IDLE_KEEP_ALIVE_MS;
}

/**
 * Listens on `port` (0: any free one) and resolves with the port actually bound; rejects if binding fails.
 * Idle connections are kept as keepIdleConnections says.
 */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  keepIdleConnections(server);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/**
 * The whole request body, refusing to hold more than `maxBytes` in memory: past that it throws `tooLarge()`,
 * the service's own error for it.
 */
export async function readBodyUpTo(req: http.IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
