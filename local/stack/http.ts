import type http from 'node:http';
import type { AddressInfo } from 'node:net';

// Shared by the stack's own HTTP servers (local Cognito, local S3), which run in-process or on their own.

/** Listens on `port` (0: any free one) and resolves with the port actually bound; rejects if binding fails. */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
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
