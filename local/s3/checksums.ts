import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { S3Error } from './errors';

/**
 * S3's additional checksums (x-amz-checksum-<algorithm>, base64 of the big-endian digest). The SDK v3 sends CRC32
 * by default; S3 recomputes whichever one is sent and refuses the upload with BadDigest when it differs.
 */
export const CHECKSUM_ALGORITHMS = ['crc32', 'crc32c', 'crc64nvme', 'sha1', 'sha256'] as const;
export type ChecksumAlgorithm = (typeof CHECKSUM_ALGORITHMS)[number];

const NAMES: Record<ChecksumAlgorithm, string> = { crc32: 'CRC32', crc32c: 'CRC32C', crc64nvme: 'CRC64NVME', sha1: 'SHA1', sha256: 'SHA256' };

function reflectedTable32(poly: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ poly : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

function reflectedTable64(poly: bigint): BigUint64Array {
  const table = new BigUint64Array(256);
  for (let n = 0; n < 256; n++) {
    let c = BigInt(n);
    for (let k = 0; k < 8; k++) c = c & 1n ? (c >> 1n) ^ poly : c >> 1n;
    table[n] = c;
  }
  return table;
}

// Castagnoli (iSCSI) and the NVMe CRC-64: both reflected, init and final XOR all ones.
const CRC32C_TABLE = reflectedTable32(0x82f63b78);
const CRC64NVME_TABLE = reflectedTable64(0x9a6c9329ac4bc9b5n);
const MASK64 = (1n << 64n) - 1n;

function crc32c(data: Buffer): Buffer {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC32C_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  const out = Buffer.alloc(4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0);
  return out;
}

function crc64nvme(data: Buffer): Buffer {
  let crc = MASK64;
  for (const byte of data) crc = CRC64NVME_TABLE[Number((crc ^ BigInt(byte)) & 0xffn)] ^ (crc >> 8n);
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(crc ^ MASK64);
  return out;
}

function crc32(data: Buffer): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(zlib.crc32(data));
  return out;
}

/** The base64 digest S3 compares with the x-amz-checksum-<algorithm> value. */
export function checksum(algorithm: ChecksumAlgorithm, data: Buffer): string {
  switch (algorithm) {
    case 'crc32':
      return crc32(data).toString('base64');
    case 'crc32c':
      return crc32c(data).toString('base64');
    case 'crc64nvme':
      return crc64nvme(data).toString('base64');
    case 'sha1':
    case 'sha256':
      return createHash(algorithm).update(data).digest('base64');
  }
}

/** `x-amz-checksum-crc32` → `crc32`; undefined for any other header. */
export function checksumAlgorithmOf(headerName: string): ChecksumAlgorithm | undefined {
  const m = /^x-amz-checksum-([a-z0-9]+)$/.exec(headerName.toLowerCase());
  return m && (CHECKSUM_ALGORITHMS as readonly string[]).includes(m[1]) ? (m[1] as ChecksumAlgorithm) : undefined;
}

/** Refuses the body unless it has the digest the client declared. */
export function assertChecksum(algorithm: ChecksumAlgorithm, declared: string, data: Buffer): void {
  if (checksum(algorithm, data) !== declared) {
    throw new S3Error('BadDigest', `The ${NAMES[algorithm]} you specified did not match the calculated checksum.`);
  }
}

/** Content-MD5 as S3 checks it: 16 bytes of base64 (else InvalidDigest), equal to the body's MD5 (else BadDigest). */
export function assertContentMd5(declared: string, data: Buffer): void {
  const bytes = Buffer.from(declared, 'base64');
  if (bytes.length !== 16 || bytes.toString('base64') !== declared) throw new S3Error('InvalidDigest', 'The Content-MD5 you specified was invalid.');
  if (!bytes.equals(createHash('md5').update(data).digest())) throw new S3Error('BadDigest', 'The Content-MD5 you specified did not match what we received.');
}

/**
 * The checksums a request declares in its headers (aws-chunked uploads carry theirs in the trailer instead). More
 * than one is refused as S3 refuses it; so is a header naming an algorithm S3 does not know.
 */
export function declaredChecksums(headers: Record<string, string | string[] | undefined>): { algorithm: ChecksumAlgorithm; value: string }[] {
  const out: { algorithm: ChecksumAlgorithm; value: string }[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!name.startsWith('x-amz-checksum-') || name === 'x-amz-checksum-type' || name === 'x-amz-checksum-mode') continue;
    const algorithm = checksumAlgorithmOf(name);
    if (!algorithm) throw new S3Error('InvalidRequest', `Value for x-amz-checksum-algorithm header is invalid.`);
    out.push({ algorithm, value: String(value) });
  }
  if (out.length > 1) throw new S3Error('InvalidRequest', 'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.');
  return out;
}
