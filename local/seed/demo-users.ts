import { createHash } from 'node:crypto';

// The people of the demo, shared by the seed (users rows), local Cognito (accounts with the same sub, so a
// token's X-Hasura-User-Id is a users.id) and the dev stack (printed credentials). Local only: these passwords
// guard nothing but a developer's own machine.

export type DemoGroup = 'nest-access' | 'nest-admin';

export interface DemoUser {
  /** Cognito `sub` and users.id: a fixed UUID so every local Cognito created from this list agrees. */
  id: string;
  email: string;
  password: string;
  displayName: string;
  /** Cognito groups, which are also the Hasura roles: the one source of truth for who may do what. */
  groups: readonly DemoGroup[];
}

// Namespace for the name-based UUIDs below (itself a random v4 UUID, fixed forever).
const NEST_NAMESPACE = '5b0f4f6c-4a7e-4c1d-9a43-0f2d8e1c7a15';

/** RFC 4122 version-5 UUID (SHA-1, name-based): the same name always gives the same id. */
export function uuidV5(name: string, namespace = NEST_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const demoUser = (email: string, password: string, displayName: string, role: 'admin' | 'staff' | 'outsider'): DemoUser => ({
  id: uuidV5(`user:${email}`),
  email,
  password,
  displayName,
  groups: role === 'admin' ? ['nest-access', 'nest-admin'] : role === 'staff' ? ['nest-access'] : [],
});

/** Passwords satisfy Cognito's default policy (8+ characters, upper, lower, digit, symbol). */
export const DEMO_ADMIN = demoUser('admin@nest.local', 'Nest-Admin-2024!', 'Avery Admin', 'admin');
export const DEMO_STAFF = [
  demoUser('analyst@nest.local', 'Nest-Analyst-2024!', 'Sam Analyst', 'staff'),
  demoUser('field@nest.local', 'Nest-Field-2024!', 'Riley Field', 'staff'),
] as const;
/** Signed up, but not granted nest-access: must see nothing. */
export const DEMO_OUTSIDER = demoUser('visitor@nest.local', 'Nest-Visitor-2024!', 'Vic Visitor', 'outsider');

export const DEMO_USERS: readonly DemoUser[] = [DEMO_ADMIN, ...DEMO_STAFF, DEMO_OUTSIDER];
