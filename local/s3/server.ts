import fs from 'node:fs';
import http from 'node:http';
import { createHash } from 'node:crypto';
import S3rver from 's3rver';
import { keepIdleConnections, listen, readBodyUpTo } from '../stack/http';
import { S3Error } from './errors';
import { stripAuthQuery, verifySigV4, type SignedRequest } from './sigv4';

export interface StartS3Options {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** Objects live here (kept between runs). */
  dataDir: string;
  accessKeyId: string;
  secretAccessKey: string;
  region?: string;
  /** Created if missing, with a CORS rule for `corsOrigins` so the browser can PUT/GET through presigned URLs. */
  buckets: string[];
  corsOrigins?: string[];
}

export interface LocalS3 {
  /** http://127.0.0.1:<port> — use as S3_ENDPOINT with path-style addressing. */
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

// Bodies whose hash is signed are held in memory to check them before anything is stored.
const MAX_SIGNED_BODY_BYTES = 512 * 1024 * 1024;

function corsXml(origins: string[]): string {
  const rule = (origin: string) =>
    `<CORSRule><AllowedOrigin>${origin}</AllowedOrigin>` +
    ['GET', 'PUT', 'HEAD', 'POST'].map((m) => `<AllowedMethod>${m}</AllowedMethod>`).join('') +
    '<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule>';
  return `<CORSConfiguration>${origins.map(rule).join('')}</CORSConfiguration>`;
}

const readSignedBody = (req: http.IncomingMessage) =>
  readBodyUpTo(req, MAX_SIGNED_BODY_BYTES, () => new S3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size of the local S3.'));

/**
 * A local S3: s3rver stores the objects and speaks the API; in front of it, on the public port, a gate verifies
 * every request's SigV4 signature and presigned-URL expiry the way S3 does (s3rver does not) and refuses anonymous
 * requests as a private bucket would. Only CORS preflights pass unsigned, as on S3.
 */
export async function startS3(opts: StartS3Options): Promise<LocalS3> {
  const host = opts.host ?? '127.0.0.1';
  const region = opts.region ?? 'us-east-1';
  const origins = opts.corsOrigins ?? [];
  fs.mkdirSync(opts.dataDir, { recursive: true });

  const backend = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: opts.dataDir,
    silent: true,
    resetOnClose: false,
    configureBuckets: opts.buckets.map((name) => ({ name, configs: origins.length ? [corsXml(origins)] : [] })),
  });
  const { port: backendPort } = await backend.run();
  // The gate reuses its connections to the backend: the backend must not be the one to drop them (see http.ts).
  if (backend.httpServer) keepIdleConnections(backend.httpServer);

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer | undefined, url: string) => {
    const headers = { ...req.headers };
    // The backend would re-parse the credentials we already checked; it sees an already-authorised request.
    delete headers.authorization;
    if (body) headers['content-length'] = String(body.length);
    const upstream = http.request({ host: '127.0.0.1', port: backendPort, method: req.method, path: url, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => sendError(req, res, new S3Error('InternalError', 'The local S3 store did not answer.')));
    if (body) upstream.end(body);
    else req.pipe(upstream);
  };

  const sendError = (req: http.IncomingMessage, res: http.ServerResponse, err: S3Error) => {
    if (res.headersSent) return res.destroy();
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/xml', 'x-amz-error-code': err.code };
    // S3 answers errors with CORS headers too, so the browser shows the 403 instead of a CORS failure.
    const origin = req.headers.origin;
    if (origin && origins.includes(origin)) headers['access-control-allow-origin'] = origin;
    res.writeHead(err.status, headers);
    res.end(req.method === 'HEAD' ? undefined : err.toXML());
    req.resume();
  };

  const gate = http.createServer(async (req, res) => {
    try {
      if (req.method === 'OPTIONS') return forward(req, res, undefined, req.url ?? '/');
      const signed: SignedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headersDistinct };
      const verified = verifySigV4(signed, {
        secretFor: (id) => (id === opts.accessKeyId ? opts.secretAccessKey : undefined),
        region,
        now: new Date(),
      });
      const url = stripAuthQuery(signed.url);
      if (/^[0-9a-f]{64}$/i.test(verified.payloadHash)) {
        const body = await readSignedBody(req);
        const actual = createHash('sha256').update(body).digest('hex');
        if (actual !== verified.payloadHash.toLowerCase()) {
          throw new S3Error('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", {
            ClientComputedContentSHA256: verified.payloadHash,
            S3ComputedContentSHA256: actual,
          });
        }
        return forward(req, res, body, url);
      }
      if (verified.payloadHash !== 'UNSIGNED-PAYLOAD') {
        // aws-chunked uploads: s3rver cannot decode them. Clients avoid them with requestChecksumCalculation: 'WHEN_REQUIRED'.
        throw new S3Error('NotImplemented', `The local S3 does not support x-amz-content-sha256: ${verified.payloadHash}.`);
      }
      return forward(req, res, undefined, url);
    } catch (err) {
      sendError(req, res, err instanceof S3Error ? err : new S3Error('InternalError', 'We encountered an internal error. Please try again.'));
    }
  });

  let port: number;
  try {
    port = await listen(gate, opts.port, host);
  } catch (err) {
    await backend.close();
    throw err;
  }
  return {
    endpoint: `http://${host}:${port}`,
    port,
    stop: async () => {
      gate.closeAllConnections();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await backend.close();
    },
  };
}
