import { z } from 'zod';
import { ALGORITHM, deriveSigningKey, hmac, parseAmzDate, sameSignature } from '../aws/sigv4';
import { S3Error } from './errors';

/**
 * Browser-based uploads (POST Object with a SigV4-signed policy), checked as S3 documents it: the signature is an
 * HMAC of the base64 policy with the credential's signing key; the policy's expiration has not passed; every
 * condition holds (exact / eq, starts-with, content-length-range); and every form field except x-amz-signature,
 * file, policy and x-ignore-* is named by at least one condition.
 */

export interface PostForm {
  /** Form fields before the file, names lower-cased (S3 matches field names case-insensitively). */
  fields: Map<string, string>;
  file: { name: string; data: Buffer };
}

export interface PostCheckOptions {
  bucket: string;
  region: string;
  secretFor: (accessKeyId: string) => string | undefined;
  now: Date;
}

const EXEMPT = new Set(['x-amz-signature', 'file', 'policy']);

/** Multipart body → fields before the file plus the file; S3 ignores fields after it. */
export async function parsePostForm(body: Buffer, contentType: string): Promise<PostForm> {
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new S3Error('MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
  }
  const fields = new Map<string, string>();
  let file: PostForm['file'] | undefined;
  let files = 0;
  for (const [name, value] of form.entries()) {
    const key = name.toLowerCase();
    if (typeof value !== 'string') {
      files++;
      if (key === 'file' && !file) file = { name: value.name, data: Buffer.from(await value.arrayBuffer()) };
      continue;
    }
    if (file) continue;
    if (!fields.has(key)) fields.set(key, value);
  }
  if (!file || files !== 1) throw new S3Error('InvalidArgument', 'POST requires exactly one file upload per request.', { ArgumentName: 'file', ArgumentValue: String(files) });
  return { fields, file };
}

type Condition = { kind: 'eq' | 'starts-with'; field: string; value: string; text: string } | { kind: 'range'; min: number; max: number; text: string };

const policySchema = z.object({ expiration: z.string(), conditions: z.array(z.unknown()) });

const invalidPolicy = (why: string) => new S3Error('InvalidPolicyDocument', `Invalid Policy: ${why}`);
const policyFailure = (why: string) => new S3Error('AccessDenied', `Invalid according to Policy: ${why}`);

function parseCondition(raw: unknown): Condition {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const entries = Object.entries(raw);
    if (entries.length !== 1 || typeof entries[0][1] !== 'string') throw invalidPolicy('Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.');
    const [field, value] = entries[0] as [string, string];
    return { kind: 'eq', field: field.toLowerCase(), value, text: `["eq", "$${field}", "${value}"]` };
  }
  if (!Array.isArray(raw) || raw.length !== 3) throw invalidPolicy('Invalid Condition: a condition must be an object or a three-element array.');
  const [op, a, b] = raw as unknown[];
  const text = `[${raw.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ')}]`;
  if (op === 'content-length-range') {
    if (!Number.isInteger(a) || !Number.isInteger(b)) throw invalidPolicy('Invalid content-length-range: the bounds must be integers.');
    return { kind: 'range', min: a as number, max: b as number, text };
  }
  if ((op !== 'eq' && op !== 'starts-with') || typeof a !== 'string' || !a.startsWith('$') || typeof b !== 'string') {
    throw invalidPolicy(`Invalid Condition: ${text}`);
  }
  return { kind: op, field: a.slice(1).toLowerCase(), value: b, text };
}

function parsePolicy(base64: string): { expiration: Date; conditions: Condition[] } {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(base64, 'base64').toString('utf8'));
  } catch {
    throw invalidPolicy('Invalid JSON.');
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    const missing = !json || typeof json !== 'object' || !('expiration' in json) ? 'expiration' : 'conditions';
    throw invalidPolicy(`Policy missing ${missing}.`);
  }
  const expiration = new Date(parsed.data.expiration);
  if (Number.isNaN(expiration.getTime())) throw invalidPolicy('Invalid \'expiration\' value: must be an ISO 8601 date.');
  return { expiration, conditions: parsed.data.conditions.map(parseCondition) };
}

/** Content-Type conditions apply to every type of a comma-separated list, as S3 documents. */
function fieldHolds(c: Extract<Condition, { field: string }>, value: string): boolean {
  const values = c.field === 'content-type' && c.kind === 'starts-with' ? value.split(',').map((v) => v.trim()) : [value];
  return values.every((v) => (c.kind === 'eq' ? v === c.value : v.startsWith(c.value)));
}

function verifySignature(form: PostForm, opts: PostCheckOptions): void {
  const f = form.fields;
  if (f.get('x-amz-algorithm') !== ALGORITHM) throw new S3Error('InvalidArgument', `POST requires the x-amz-algorithm field to be ${ALGORITHM}.`, { ArgumentName: 'x-amz-algorithm' });
  const [credential, amzDate, signature, policy] = ['x-amz-credential', 'x-amz-date', 'x-amz-signature', 'policy'].map((k) => f.get(k));
  for (const [name, value] of Object.entries({ 'x-amz-credential': credential, 'x-amz-date': amzDate, 'x-amz-signature': signature, policy })) {
    if (!value) throw new S3Error('InvalidArgument', `Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`, { ArgumentName: name });
  }
  const [accessKeyId, date, region, service, terminator] = credential!.split('/');
  if (terminator !== 'aws4_request' || service !== 's3' || !parseAmzDate(amzDate) || date !== amzDate!.slice(0, 8)) {
    throw new S3Error('InvalidArgument', 'Invalid x-amz-credential or x-amz-date field.', { ArgumentName: 'x-amz-credential', ArgumentValue: credential! });
  }
  if (region !== opts.region) throw new S3Error('AuthorizationQueryParametersError', `Error parsing the X-Amz-Credential parameter; the region '${region}' is wrong; expecting '${opts.region}'`);
  const secret = opts.secretFor(accessKeyId);
  if (secret === undefined) throw new S3Error('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', { AWSAccessKeyId: accessKeyId });
  const expected = hmac(deriveSigningKey(secret, date, region, 's3'), policy!).toString('hex');
  if (!sameSignature(signature!, expected)) {
    throw new S3Error('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided. Check your key and signing method.', {
      AWSAccessKeyId: accessKeyId,
      StringToSign: policy!,
      SignatureProvided: signature!,
    });
  }
}

/** The object key the form stores, `${filename}` replaced by the uploaded file's name as S3 does. */
export function postObjectKey(form: PostForm): string {
  const key = form.fields.get('key');
  if (!key) throw new S3Error('InvalidArgument', "Bucket POST must contain a field named 'key'.  If it is specified, please check the order of the fields.", { ArgumentName: 'key', ArgumentValue: '' });
  return key.replaceAll('${filename}', form.file.name);
}

/** Throws S3's error for the first thing S3 would refuse; returns when the upload may be stored. */
export function checkPostPolicy(form: PostForm, opts: PostCheckOptions): void {
  if (!form.fields.has('policy') && !form.fields.has('x-amz-signature')) throw new S3Error('AccessDenied', 'Access Denied');
  verifySignature(form, opts);
  const { expiration, conditions } = parsePolicy(form.fields.get('policy')!);
  if (opts.now.getTime() > expiration.getTime()) throw policyFailure('Policy expired.');
  postObjectKey(form);

  const values = new Map(form.fields);
  values.set('bucket', opts.bucket);
  const covered = new Set<string>();
  for (const c of conditions) {
    if (c.kind === 'range') {
      const size = form.file.data.length;
      if (size > c.max) throw new S3Error('EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', { ProposedSize: String(size), MaxSizeAllowed: String(c.max) });
      if (size < c.min) throw new S3Error('EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed size', { ProposedSize: String(size), MinSizeAllowed: String(c.min) });
      continue;
    }
    covered.add(c.field);
    const value = values.get(c.field);
    const anything = c.kind === 'starts-with' && c.value === '';
    if (anything && value === undefined) continue;
    if (value === undefined || !fieldHolds(c, value)) throw policyFailure(`Policy Condition failed: ${c.text}`);
  }
  const extra = [...form.fields.keys()].filter((k) => !EXEMPT.has(k) && !k.startsWith('x-ignore-') && !covered.has(k));
  if (extra.length) throw policyFailure(`Extra input fields: ${extra.join(', ')}`);
}
