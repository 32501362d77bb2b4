import { ADMIN_ROLE, TRUE, type DeletePerm, type InsertPerm, type SelectPerm, type Table, type UpdatePerm } from '../model/types';

// What one role may do with each table. Admin gets full permissions synthesised here, so the schema builder
// and the request parser treat admin like any other role.

export interface RoleAccess {
  role: string;
  isAdmin: boolean;
  select(t: Table): SelectPerm | null;
  insert(t: Table): InsertPerm | null;
  update(t: Table): UpdatePerm | null;
  delete(t: Table): DeletePerm | null;
}

const adminCache = new WeakMap<Table, { select: SelectPerm; insert: InsertPerm; update: UpdatePerm; delete: DeletePerm }>();

function adminPerms(t: Table) {
  let p = adminCache.get(t);
  if (!p) {
    const all = new Set(t.columns.map((c) => c.name));
    p = {
      select: { columns: all, computedFields: new Set(t.computedFields.map((c) => c.name)), filter: TRUE, limit: null, allowAggregations: true },
      insert: { columns: all, check: TRUE, set: {}, backendOnly: false },
      update: { columns: all, filter: TRUE, check: null, set: {}, backendOnly: false },
      delete: { filter: TRUE, backendOnly: false },
    };
    adminCache.set(t, p);
  }
  return p;
}

/**
 * `useBackendOnly`: the request carried the admin secret and x-hasura-use-backend-only-permissions: true;
 * backend_only mutation permissions exist only then (Hasura hides them from ordinary clients).
 */
export function roleAccess(role: string, useBackendOnly: boolean): RoleAccess {
  if (role === ADMIN_ROLE) {
    return {
      role,
      isAdmin: true,
      select: (t) => adminPerms(t).select,
      insert: (t) => adminPerms(t).insert,
      update: (t) => adminPerms(t).update,
      delete: (t) => adminPerms(t).delete,
    };
  }
  const visible = <P extends { backendOnly: boolean }>(p: P | undefined) => (p && (!p.backendOnly || useBackendOnly) ? p : null);
  return {
    role,
    isAdmin: false,
    select: (t) => t.select.get(role) ?? null,
    insert: (t) => visible(t.insert.get(role)),
    update: (t) => visible(t.update.get(role)),
    delete: (t) => visible(t.delete.get(role)),
  };
}
