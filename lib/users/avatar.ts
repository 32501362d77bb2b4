import 'server-only';
import { randomUUID } from 'node:crypto';
import { headObject, mediaBucket, presignPut, storage, type PresignedPut } from '@/lib/s3';
import { AVATAR_TYPES, type AvatarUploadInput } from '@/lib/media/schemas';

/** Avatars live under the owner's prefix; the users.avatar_key check in the database holds anyone else to it too. */
const avatarPrefix = (sub: string) => `avatars/${sub}/`;

export async function avatarUpload(sub: string, input: AvatarUploadInput): Promise<{ avatar_key: string; upload: PresignedPut }> {
  const key = `${avatarPrefix(sub)}${randomUUID()}`;
  return { avatar_key: key, upload: await presignPut(mediaBucket(), key, input.content_type, input.bytes) };
}

/** Why `key` cannot be someone's avatar, or null when it can: theirs, uploaded, a small picture. */
export async function avatarObjectProblem(sub: string, key: string): Promise<string | null> {
  if (!key.startsWith(avatarPrefix(sub))) return 'must be a key returned to you by POST /api/me/avatar';
  const stored = await storage(() => headObject(mediaBucket(), key));
  if (!stored) return 'no picture has been uploaded under that key yet';
  const limit = AVATAR_TYPES[stored.contentType as keyof typeof AVATAR_TYPES];
  if (!limit || stored.bytes > limit) return 'the uploaded file is not a picture within the size limit';
  return null;
}
