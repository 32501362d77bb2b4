import { MEDIA_TYPES, sizeLimit } from '@/lib/media/schemas';

/** Why a chosen file cannot be uploaded, before a byte is sent (the routes check the same again); null when it can. */
export function fileProblem(file: { name: string; type: string; size: number }): string | null {
  if (!(file.type in MEDIA_TYPES)) {
    return `${file.name} is ${file.type ? `a ${file.type} file` : 'of a type the browser cannot tell'}; photos (JPEG, PNG, WebP, HEIC), audio (WAV, MP3, M4A, Ogg) and video (MP4, MOV, WebM) can be attached.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  const limit = sizeLimit(MEDIA_TYPES, file.type, file.size);
  return limit ? `${file.name} is ${Math.ceil(file.size / 2 ** 20)} MiB; ${file.type} files may be at most ${limit / 2 ** 20} MiB.` : null;
}
