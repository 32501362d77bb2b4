import 'server-only';
import { CreateMediaUploadDocument, MediaByIdDocument, MediaUploadDocument, RegisterMediaDocument, type MediaFieldsFragment } from '@/graphql/generated/graphql';
import { hasuraFetch, type HasuraFailure } from '@/lib/hasura';
import { headObject, mediaBucket, presignGet, presignPut, MEDIA_URL_TTL_SECONDS, type PresignedPut } from '@/lib/s3';
import { MEDIA_TYPES, type MediaRegisterInput, type MediaUploadInput } from './schemas';

/**
 * Evidence upload in two steps, both as the caller (their token, their permissions):
 * 1. startUpload records a pending upload; the database chooses the key. The browser gets a presigned PUT for exactly
 *    that key, type and size.
 * 2. registerUpload checks the object really is in the bucket with that type and a size within the limit, then
 *    inserts the media row from the upload (the database copies key, phenom, type and file name from it).
 * Nothing the client sends can name a key.
 */

export type MediaOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'not_found' | 'gone' | 'not_uploaded' | 'mismatch'; message: string } | { ok: false; reason: 'upstream'; error: HasuraFailure };

const upstream = (error: HasuraFailure) => ({ ok: false as const, reason: 'upstream' as const, error });
const refuse = (reason: 'not_found' | 'gone' | 'not_uploaded' | 'mismatch', message: string) => ({ ok: false as const, reason, message });

export async function startUpload(input: MediaUploadInput, idToken: string): Promise<MediaOutcome<{ upload: { id: string; expires_at: string }; put: PresignedPut }>> {
  const created = await hasuraFetch(CreateMediaUploadDocument, { object: input }, { token: idToken });
  if (!created.ok) {
    // The insert check (phenom live) failing, or a phenom that does not exist: the caller cannot attach media there.
    if (created.error.code === 'permission-error' || created.error.code === 'constraint-violation') return refuse('not_found', 'No such phenom, or it can no longer take media.');
    return upstream(created.error);
  }
  const row = created.data.insert_media_uploads_one;
  if (!row) return refuse('not_found', 'No such phenom, or it can no longer take media.');
  const put = await presignPut(mediaBucket(), row.s3_key, row.content_type, Number(row.bytes));
  return { ok: true, value: { upload: { id: row.id, expires_at: row.expires_at }, put } };
}

export async function registerUpload(input: MediaRegisterInput, idToken: string): Promise<MediaOutcome<MediaFieldsFragment>> {
  const found = await hasuraFetch(MediaUploadDocument, { id: input.upload_id }, { token: idToken });
  if (!found.ok) return upstream(found.error);
  const upload = found.data.media_uploads_by_pk;
  if (!upload) return refuse('not_found', 'No such upload of yours.');
  if (!upload.phenom) return refuse('gone', 'The phenom was deleted; the upload can no longer be registered.');
  if (Date.parse(upload.expires_at) < Date.now()) return refuse('gone', 'The upload expired; start a new one.');

  const stored = await headObject(mediaBucket(), upload.s3_key);
  if (!stored) return refuse('not_uploaded', 'The file has not arrived in storage yet: PUT it to the upload URL first.');
  const limit = MEDIA_TYPES[upload.content_type as keyof typeof MEDIA_TYPES];
  if (stored.contentType !== upload.content_type || stored.bytes !== Number(upload.bytes) || !limit || stored.bytes > limit) {
    return refuse('mismatch', 'The stored file does not match the upload (type or size).');
  }

  const { upload_id, ...facts } = input;
  const registered = await hasuraFetch(RegisterMediaDocument, { object: { upload_id, bytes: stored.bytes, ...facts } }, { token: idToken });
  if (!registered.ok) {
    if (registered.error.code === 'constraint-violation') return refuse('mismatch', 'This upload is already registered.');
    if (registered.error.code === 'permission-error') return refuse('gone', 'The phenom can no longer take media.');
    return upstream(registered.error);
  }
  const media = registered.data.insert_phenom_media_one;
  return media ? { ok: true, value: media } : refuse('gone', 'The phenom can no longer take media.');
}

/**
 * A presigned GET for one media row the caller may read. The key is the row's own, looked up with the caller's token,
 * so media of a deleted phenom (hidden from staff) or an object no row points at can never be signed.
 */
export async function mediaUrl(id: string, idToken: string, download: boolean): Promise<MediaOutcome<{ media: MediaFieldsFragment; url: string; expires_at: string }>> {
  const found = await hasuraFetch(MediaByIdDocument, { id }, { token: idToken });
  if (!found.ok) return upstream(found.error);
  const row = found.data.phenom_media_by_pk;
  if (!row) return refuse('not_found', 'No such media.');
  const { s3_key, ...media } = row;
  const url = await presignGet(mediaBucket(), s3_key, { fileName: row.file_name ?? s3_key.split('/').pop(), disposition: download ? 'attachment' : 'inline' });
  return { ok: true, value: { media, url, expires_at: new Date(Date.now() + MEDIA_URL_TTL_SECONDS * 1000).toISOString() } };
}
