import type { ManagedGroup } from '@/lib/users/schemas';

/** One change an admin can make to someone's access, and the sentence the confirmation shows before it is made. */
export interface AccessChange {
  kind: 'grant' | 'revoke';
  group: ManagedGroup;
}

/** What happens, in words, so nobody revokes access without knowing the person is signed out everywhere. */
export function consequence({ kind, group }: AccessChange, who: string): string {
  if (kind === 'grant' && group === 'nest-access') return `${who} can sign in to N.E.S.T. and appears in assignee and share pickers. The change shows at their next sign-in or token refresh.`;
  if (kind === 'grant') return `${who} becomes an admin (and keeps staff access): they can manage access, teams and the audit log, and delete phenoms. The change shows at their next sign-in or token refresh.`;
  if (group === 'nest-access')
    return `${who} loses access to N.E.S.T. (and admin rights, if any), disappears from the pickers, and is signed out everywhere: their sessions on every device stop at once.`;
  return `${who} keeps staff access but is no longer an admin, and is signed out everywhere so the admin role does not outlive the change.`;
}

export const changeLabel = ({ kind, group }: AccessChange) =>
  kind === 'grant' ? (group === 'nest-access' ? 'Grant access' : 'Make admin') : group === 'nest-access' ? 'Revoke access' : 'Remove admin';

/** The changes offered for someone with these groups; none for yourself (the route refuses them too). */
export function changesFor(groups: readonly string[], self: boolean): AccessChange[] {
  if (self) return [];
  const staff = groups.includes('nest-access');
  const admin = groups.includes('nest-admin');
  return [
    staff ? { kind: 'revoke', group: 'nest-access' } : { kind: 'grant', group: 'nest-access' },
    admin ? { kind: 'revoke', group: 'nest-admin' } : { kind: 'grant', group: 'nest-admin' },
  ];
}
