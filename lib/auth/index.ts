// Server-side auth API for pages and route handlers. Middleware imports the edge-safe modules directly.
export { requireStaff, getStaffSession } from './require-staff';
export { signInPath, safeNextPath } from './paths';
export { withStaff, type StaffRouteContext, type WithStaffOptions } from './with-staff';
export { parseInput, parseJson, parseQuery, InputError } from './input';
export { apiError, type ApiErrorBody } from './responses';
export { amplifyConfig, STAFF_GROUP, ADMIN_GROUP } from './config';
export type { StaffUser, TokenCheck } from './verify';
