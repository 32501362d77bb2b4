import type { Phenom_Set_Input } from '@/graphql/generated/graphql';

/**
 * The `_set` of a soft delete or restore. deleted_at is an admin-only column, so it is missing from the staff
 * schema codegen reads (graphql/schema.graphql); the admin role's engine schema has it and checks it.
 */
export function deletedAtChange(deletedAt: string | null): Phenom_Set_Input {
  return { deleted_at: deletedAt } as Phenom_Set_Input;
}
