import 'server-only';
import { CreateMediaUploadDocument, MediaByIdDocument, MediaUploadDocument, RegisterMediaDocument, type MediaFieldsFragment } from '@/graphql/generated/graphql';
import { ApiError, httpError } from '@/lib/api/errors';
import type { StaffRouteContext } from '@/lib/auth/with-staff';
import { headObject, mediaBucket, presignGet, presignPut, storage, MEDIA_URL_TTL_SECONDS, type PresignedPut } from '@/lib/s3';
import { MEDIA_TYPES, type MediaRegisterInput, type MediaUploadInput } from './schemas';

/**
 * Evidence upload in two steps, both as the caller (their token, their permissions):
 * 1. startUpload records a pending upload; the database chooses the key. The browser gets a presigned PUT for exactly
 *    that key, type and size.
 * 2. registerUpload checks the object really is in the bucket with that type and a size within the limit, then
 *    inserts the media row from the upload (the database copies key, phenom, type and file name from it).
 * Nothing the client sends can name a key. Refusals are thrown as ApiErrors.
 */

type Hasura = StaffRouteContext<unknown>['hasura'];

const gone = (message: string) => new ApiError(410, 'gone', message);
const notUploaded = () => new ApiError(409, 'not_uploaded', 'The file has not arrived in storage yet: PUT it to the upload URL first.');

/** Runs a GraphQL step, answering the upstream refusals that mean something here with `answers[status]`. */
async function step<T>(run: () => Promise<T>, answers: Partial<Record<number, ApiError>>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw (err instanceof ApiError && answers[err.status]) || err;
  }
}

export async function startUpload(input: MediaUploadInput, hasura: Hasura): Promise<{ upload: { id: string; expires_at: string }; put: PresignedPut }> {
  const noPhenom = httpError.notFound('No such phenom, or it can no longer take media.');
  // A deleted phenom fails the insert check (403), an unknown one the foreign key (409): both are "no such phenom".
  const data = await step(() => hasura(CreateMediaUploadDocument, { object: input }), { 403: noPhenom, 409: noPhenom });
  const row = data.insert_media_uploads_one;
  if (!row) throw noPhenom;
  const put = await storage(() => presignPut(mediaBucket(), row.s3_key, row.content_type, Number(row.bytes)));
  return { upload: { id: row.id, expires_at: row.expires_at }, put };
}

export async function registerUpload(input: MediaRegisterInput, hasura: Hasura): Promise<MediaFieldsFragment> {
  const upload = (await hasura(MediaUploadDocument, { id: input.upload_id })).media_uploads_by_pk;
  if (!upload) throw httpError.notFound('No such upload of yours.');
  if (!upload.phenom) throw gone('The phenom was deleted; the upload can no longer be registered.');
  if (Date.parse(upload.expires_at) < Date.now()) throw gone('The upload expired; start a new one.');

  const stored = await storage(() => headObject(mediaBucket(), upload.s3_key));
  if (!stored) throw notUploaded();
  const limit = MEDIA_TYPES[upload.content_type as keyof typeof MEDIA_TYPES];
  if (stored.contentType !== upload.content_type || stored.bytes !== Number(upload.bytes) || !limit || stored.bytes > limit) {
    throw httpError.conflict('The stored file does not match the upload (type or size).');
  }

  const { upload_id, ...facts } = input;
  const data = await step(() => hasura(RegisterMediaDocument, { object: { upload_id, bytes: stored.bytes, ...facts } }), {
    403: gone('The phenom can no longer take media.'),
    409: httpError.conflict('This upload is already registered.'),
  });
  if (!data.insert_phenom_media_one) throw gone('The phenom can no longer take media.');
  return data.insert_phenom_media_one;
}

/**
 * A presigned GET for one media row the caller may read. The key is the row's own, looked up with the caller's token,
 * so media of a deleted phenom (hidden from staff) or an object no row points at can never be signed.
 */
export async function mediaUrl(id: string, hasura: Hasura, download: boolean): Promise<{ media: MediaFieldsFragment; url: string; expires_at: string }> {
  const row = (await hasura(MediaByIdDocument, { id })).phenom_media_by_pk;
  if (!row) throw httpError.notFound('No such media.');
  const { s3_key, ...media } = row;
  const fileName = row.file_name ?? s3_key.split('/').pop();
  const url = await storage(() => presignGet(mediaBucket(), s3_key, { fileName, disposition: download ? 'attachment' : 'inline' }));
  return { media, url, expires_at: new Date(Date.now() + MEDIA_URL_TTL_SECONDS * 1000).toISOString() };
}
