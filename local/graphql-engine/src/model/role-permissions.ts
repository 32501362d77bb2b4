import { MetadataError, type DeletePermissionMetadata, type InheritedRole, type InsertPermissionMetadata, type SelectPermissionMetadata, type UpdatePermissionMetadata } from '../metadata';
import { parsePermissionBoolExp, parsePresetValue } from './permissions';
import type { BoolExp, DeletePerm, InsertPerm, SelectPerm, Table, UpdatePerm } from './types';
import type { TrackedTable } from './tables';

// A table's permissions from its metadata, one builder per kind (select, insert, update, delete), and the
// permissions inherited roles derive from their parents.

/** What every permission kind needs: column lists, presets and boolean expressions checked against the table. */
export class PermissionScope {
  constructor(
    readonly table: Table,
    readonly file: string,
    private readonly tableByKey: Map<string, Table>,
  ) {}

  columns(cols: '*' | string[] | null | undefined, what: string): Set<string> {
    if (cols === '*' || cols == null) return new Set(this.table.columns.map((c) => c.name));
    for (const c of cols) if (!this.table.columnByName.has(c)) throw new MetadataError(this.file, `${what}: column "${c}" does not exist`);
    return new Set(cols);
  }

  presets(set: Record<string, unknown>, what: string) {
    return Object.fromEntries(
      Object.entries(set).map(([c, v]) => {
        if (!this.table.columnByName.has(c)) throw new MetadataError(this.file, `${what}: preset column "${c}" does not exist`);
        return [c, parsePresetValue(v)];
      }),
    );
  }

  boolExp(json: Record<string, unknown>, what: string): BoolExp {
    try {
      return parsePermissionBoolExp(this.table, json, this.tableByKey);
    } catch (e) {
      throw new MetadataError(this.file, `${what}: ${(e as Error).message}`);
    }
  }
}

export function selectPermission(s: PermissionScope, role: string, p: SelectPermissionMetadata): SelectPerm {
  const what = `select permission for role "${role}"`;
  for (const cf of p.computed_fields) if (!s.table.computedByName.has(cf)) throw new MetadataError(s.file, `${what}: computed field "${cf}" does not exist`);
  return {
    columns: s.columns(p.columns, what),
    computedFields: new Set(p.computed_fields),
    filter: s.boolExp(p.filter, what),
    limit: p.limit ?? null,
    allowAggregations: p.allow_aggregations,
  };
}

export function insertPermission(s: PermissionScope, role: string, p: InsertPermissionMetadata): InsertPerm {
  const what = `insert permission for role "${role}"`;
  return { columns: s.columns(p.columns, what), check: s.boolExp(p.check, what), set: s.presets(p.set, what), backendOnly: p.backend_only };
}

export function updatePermission(s: PermissionScope, role: string, p: UpdatePermissionMetadata): UpdatePerm {
  const what = `update permission for role "${role}"`;
  return {
    columns: s.columns(p.columns, what),
    filter: s.boolExp(p.filter, what),
    check: p.check ? s.boolExp(p.check, what) : null,
    set: s.presets(p.set, what),
    backendOnly: p.backend_only,
  };
}

export function deletePermission(s: PermissionScope, role: string, p: DeletePermissionMetadata): DeletePerm {
  return { filter: s.boolExp(p.filter, `delete permission for role "${role}"`), backendOnly: p.backend_only };
}

/** Sets a table's permissions (boolean expressions may cross relationships and computed fields); returns the roles. */
export function buildPermissions({ table, entry, file }: TrackedTable, tableByKey: Map<string, Table>): Set<string> {
  const s = new PermissionScope(table, file, tableByKey);
  const roles = new Set<string>();
  for (const p of entry.select_permissions) table.select.set(p.role, selectPermission(s, p.role, p.permission));
  for (const p of entry.insert_permissions) table.insert.set(p.role, insertPermission(s, p.role, p.permission));
  for (const p of entry.update_permissions) table.update.set(p.role, updatePermission(s, p.role, p.permission));
  for (const p of entry.delete_permissions) table.delete.set(p.role, deletePermission(s, p.role, p.permission));
  for (const list of [entry.select_permissions, entry.insert_permissions, entry.update_permissions, entry.delete_permissions]) for (const p of list) roles.add(p.role);
  return roles;
}

/** Inherited roles may build on other inherited roles: each is resolved once all its parents are. */
export function resolveInheritedRoles(tables: Table[], inherited: InheritedRole[], roles: Set<string>) {
  const pending = [...inherited];
  const resolved = new Set(roles);
  while (pending.length) {
    const i = pending.findIndex((ir) => ir.role_set.every((r) => resolved.has(r) || !pending.some((p) => p.role_name === r)));
    if (i < 0) throw new MetadataError('inherited_roles.yaml', `inherited roles form a cycle: ${pending.map((p) => p.role_name).join(', ')}`);
    const [ir] = pending.splice(i, 1);
    inheritRole(tables, ir.role_name, ir.role_set);
    roles.add(ir.role_name);
    resolved.add(ir.role_name);
  }
}


function inheritRole(tables: Table[], role: string, roleSet: string[]) {
  for (const t of tables) {
    // A permission defined for the inherited role itself overrides what it would inherit.
    if (!t.select.has(role)) {
      const perms = roleSet.map((r) => t.select.get(r)).filter((p): p is SelectPerm => Boolean(p));
      if (perms.length) {
        const limits = perms.map((p) => p.limit);
        const anyOf = (ps: SelectPerm[]): BoolExp => (ps.length === 1 ? ps[0].filter : { kind: 'or', items: ps.map((p) => p.filter) });
        const cellFilters = new Map<string, BoolExp>();
        const columns = new Set(perms.flatMap((p) => [...p.columns]));
        const computed = new Set(perms.flatMap((p) => [...p.computedFields]));
        for (const c of columns) {
          const granting = perms.filter((p) => p.columns.has(c));
          if (granting.length < perms.length) cellFilters.set(c, anyOf(granting));
        }
        for (const c of computed) {
          const granting = perms.filter((p) => p.computedFields.has(c));
          if (granting.length < perms.length) cellFilters.set(c, anyOf(granting));
        }
        t.select.set(role, {
          columns,
          computedFields: computed,
          filter: anyOf(perms),
          limit: limits.includes(null) ? null : Math.max(...(limits as number[])),
          allowAggregations: perms.some((p) => p.allowAggregations),
          cellFilters: cellFilters.size ? cellFilters : undefined,
        });
      }
    }
    for (const kind of ['insert', 'update', 'delete'] as const) {
      const map = t[kind] as Map<string, unknown>;
      if (map.has(role)) continue;
      const list = roleSet.map((r) => map.get(r));
      if (list[0] && list.every((p) => p === list[0])) map.set(role, list[0]);
    }
  }
}
