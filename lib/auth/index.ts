// Server-side auth API for pages and route handlers. Middleware imports the edge-safe modules directly.
export { requireStaff, getStaffSession } from './require-staff';
export { signInPath, safeNextPath } from './paths';
export { withStaff, type StaffRouteContext, type WithStaffOptions } from './with-staff';
// Input parsing and the one error shape live in lib/api; re-exported here because every route imports both.
export { parseInput, parseJson, parseNoInput, parseParams, parseQuery } from '@/lib/api/parse';
export { ApiError, apiError, httpError, type ApiErrorBody } from '@/lib/api/errors';
export { amplifyConfig, STAFF_GROUP, ADMIN_GROUP } from './config';
export type { StaffUser, TokenCheck } from './verify';
