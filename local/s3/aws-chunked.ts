import { hmac, sameSignature, sha256Hex } from '../aws/sigv4';
import { S3Error } from './errors';

/**
 * aws-chunked request bodies (Content-Encoding: aws-chunked), as S3 decodes them:
 *   <hex size>[;chunk-signature=<sig>]\r\n<bytes>\r\n … 0[;chunk-signature=<sig>]\r\n[<trailer lines>\r\n]\r\n
 * Signed variants chain each chunk's signature from the previous one (the first from the request's seed signature)
 * over "AWS4-HMAC-SHA256-PAYLOAD\n<date>\n<scope>\n<previous>\n<sha256 of ''>\n<sha256 of chunk>"; a signed trailer
 * ends with x-amz-trailer-signature over "AWS4-HMAC-SHA256-TRAILER\n<date>\n<scope>\n<previous>\n<sha256 of trailer>".
 */
export type StreamingMode =
  | 'STREAMING-UNSIGNED-PAYLOAD-TRAILER'
  | 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD'
  | 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER';

export const STREAMING_MODES: readonly string[] = ['STREAMING-UNSIGNED-PAYLOAD-TRAILER', 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER'];

export interface ChunkSigning {
  amzDate: string;
  scope: string;
  /** The request's own signature: the first chunk's "previous" one. */
  seedSignature: string;
  signingKey: Buffer;
}

export interface DecodedBody {
  data: Buffer;
  /** Trailer headers (lower-case names), e.g. x-amz-checksum-crc32. */
  trailers: Record<string, string>;
}

const EMPTY_SHA256 = sha256Hex('');
const CRLF = Buffer.from('\r\n');

const incomplete = (why: string) => new S3Error('IncompleteBody', `The request body is not a valid aws-chunked encoding: ${why}.`);
const chunkSignatureMismatch = () =>
  new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.');

class Reader {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  line(): string {
    const end = this.buf.indexOf(CRLF, this.pos);
    if (end === -1) throw incomplete('a line does not end in CRLF');
    const text = this.buf.subarray(this.pos, end).toString('latin1');
    this.pos = end + 2;
    return text;
  }

  bytes(n: number): Buffer {
    if (this.pos + n > this.buf.length) throw incomplete('a chunk is shorter than its declared size');
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

function parseChunkHeader(line: string, signed: boolean): { size: number; signature?: string } {
  const m = /^([0-9a-fA-F]+)(?:;chunk-signature=([0-9a-f]{64}))?$/.exec(line);
  if (!m) throw incomplete(`bad chunk header "${line.slice(0, 80)}"`);
  if (signed !== (m[2] !== undefined)) throw incomplete(signed ? 'a chunk has no chunk-signature' : 'an unsigned payload carries chunk signatures');
  return { size: Number.parseInt(m[1], 16), signature: m[2] };
}

function readTrailers(r: Reader): { trailers: Record<string, string>; signature?: string; canonical: string } {
  const trailers: Record<string, string> = {};
  let signature: string | undefined;
  let canonical = '';
  for (let line = r.line(); line !== ''; line = r.line()) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw incomplete('bad trailer line');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'x-amz-trailer-signature') signature = value;
    else {
      trailers[name] = value;
      canonical += `${name}:${value}\n`;
    }
  }
  return { trailers, signature, canonical };
}

/** Decodes (and for the signed modes verifies) an aws-chunked body; `declaredTrailers` from x-amz-trailer. */
export function decodeAwsChunked(body: Buffer, mode: StreamingMode, signing: ChunkSigning | undefined, declaredTrailers: string[]): DecodedBody {
  const signed = mode !== 'STREAMING-UNSIGNED-PAYLOAD-TRAILER';
  if (signed && !signing) throw new Error('signed aws-chunked needs the seed signature');
  const r = new Reader(body);
  const chunks: Buffer[] = [];
  let previous = signing?.seedSignature ?? '';
  for (;;) {
    const header = parseChunkHeader(r.line(), signed);
    const data = r.bytes(header.size);
    if (signing && header.signature !== undefined) {
      const toSign = ['AWS4-HMAC-SHA256-PAYLOAD', signing.amzDate, signing.scope, previous, EMPTY_SHA256, sha256Hex(data)].join('\n');
      if (!sameSignature(header.signature, hmac(signing.signingKey, toSign).toString('hex'))) throw chunkSignatureMismatch();
      previous = header.signature;
    }
    if (header.size === 0) break;
    chunks.push(data);
    if (r.line() !== '') throw incomplete('a chunk is longer than its declared size');
  }
  const hasTrailer = mode !== 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD';
  const { trailers, signature, canonical } = hasTrailer ? readTrailers(r) : { trailers: {}, signature: undefined, canonical: '' };
  if (!hasTrailer && r.line() !== '') throw incomplete('data after the final chunk');
  if (r.pos !== body.length) throw incomplete('data after the end of the body');
  for (const name of declaredTrailers) if (!(name in trailers)) throw incomplete(`the trailer ${name} announced in x-amz-trailer is missing`);
  for (const name of Object.keys(trailers)) if (!declaredTrailers.includes(name)) throw incomplete(`the trailer ${name} was not announced in x-amz-trailer`);
  if (signing && mode === 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER') {
    if (!signature) throw incomplete('the trailer has no x-amz-trailer-signature');
    const toSign = ['AWS4-HMAC-SHA256-TRAILER', signing.amzDate, signing.scope, previous, sha256Hex(canonical)].join('\n');
    if (!sameSignature(signature, hmac(signing.signingKey, toSign).toString('hex'))) throw chunkSignatureMismatch();
  }
  return { data: Buffer.concat(chunks), trailers };
}
