import type { MalformedCase, MalformedTable } from '@/local/test/malformed';
import { huge } from '@/local/test/malformed';
import { POST as register } from './route';
import { POST as startUpload } from './uploads/route';
import { GET as mediaUrl } from './[id]/url/route';

const PHENOM = '5e2f8a1c-0000-4000-8000-0000000000aa';
const UPLOAD = '6a3e9c1e-0000-4000-8000-0000000000aa';
const file = { phenom_id: PHENOM, file_name: 'IMG_0001.jpg', content_type: 'image/jpeg', bytes: 2048 };
const invalid = (field: string) => ({ status: 422, field, code: 'invalid_input' });
const upload = (name: string, change: Record<string, unknown>, expected: Pick<MalformedCase, 'status' | 'field' | 'code'>): MalformedCase => ({
  name,
  handler: startUpload,
  method: 'POST',
  path: '/api/media/uploads',
  body: { ...file, ...change },
  ...expected,
});

const cases: MalformedCase[] = [
  upload('a key chosen by the client', { s3_key: 'phenoms/other/evidence.jpg' }, invalid('s3_key')),
  upload('type not on the allow-list', { content_type: 'text/html' }, invalid('content_type')),
  upload('type with parameters', { content_type: 'image/jpeg; charset=utf-8' }, invalid('content_type')),
  upload('size over the type’s limit', { bytes: 60 * 1024 * 1024 }, { status: 413, field: 'bytes', code: 'file_too_large' }),
  upload('size as a string', { bytes: '2048' }, invalid('bytes')),
  upload('negative size', { bytes: -1 }, invalid('bytes')),
  upload('path in the file name', { file_name: '../../etc/passwd' }, invalid('file_name')),
  upload('control character in the file name', { file_name: 'a\u0000b.jpg' }, invalid('file_name')),
  upload('huge file name', { file_name: `${huge(300)}.jpg` }, invalid('file_name')),
  upload('phenom id that is not a UUID', { phenom_id: "1' OR '1'='1" }, invalid('phenom_id')),
  { name: 'a key when registering', handler: register, method: 'POST', path: '/api/media', body: { upload_id: UPLOAD, s3_key: 'phenoms/x.png' }, ...invalid('s3_key') },
  { name: 'a phenom when registering', handler: register, method: 'POST', path: '/api/media', body: { upload_id: UPLOAD, phenom_id: PHENOM }, ...invalid('phenom_id') },
  { name: 'upload id that is not a UUID', handler: register, method: 'POST', path: '/api/media', body: { upload_id: 'abc' }, ...invalid('upload_id') },
  { name: 'sha256 that is not hex', handler: register, method: 'POST', path: '/api/media', body: { upload_id: UPLOAD, sha256: 'z'.repeat(64) }, ...invalid('sha256') },
  { name: 'captured_at that is not a date', handler: register, method: 'POST', path: '/api/media', body: { upload_id: UPLOAD, captured_at: 'yesterday' }, ...invalid('captured_at') },
  { name: 'an upload that does not exist', handler: register, method: 'POST', path: '/api/media', body: { upload_id: UPLOAD }, status: 404, code: 'not_found' },
  { name: 'media id that is not a UUID', handler: mediaUrl, method: 'GET', path: '/api/media/x/url', params: { id: 'phenoms/x.png' }, status: 404, code: 'not_found' },
  { name: 'a key in the query', handler: mediaUrl, method: 'GET', path: `/api/media/${UPLOAD}/url?key=phenoms/x.png`, params: { id: UPLOAD }, ...invalid('key') },
  { name: 'download flag that is not 0 or 1', handler: mediaUrl, method: 'GET', path: `/api/media/${UPLOAD}/url?download=yes`, params: { id: UPLOAD }, ...invalid('download') },
  { name: 'no token', handler: mediaUrl, method: 'GET', path: `/api/media/${UPLOAD}/url`, params: { id: UPLOAD }, as: 'anonymous', status: 401, code: 'unauthenticated' },
];

export const table: MalformedTable = { area: 'media', cases };
