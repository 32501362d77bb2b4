import type { RunningStack } from './index';

/** What a person needs after start-up: where the app is, how to sign in, and what runs where. */
export function stackBanner(stack: RunningStack): string {
  const width = Math.max(...stack.parts.map((p) => p.part.length));
  const lines = [
    '',
    '════════════════════════════════════════════════════════════════════',
    stack.appUrl ? `  N.E.S.T. is running:  ${stack.appUrl}` : '  N.E.S.T. backing services are running (no app server)',
    '',
    ...stack.parts.map((p) => `  ${p.part.padEnd(width)}  ${p.status.padEnd(9)}  ${p.detail}`),
  ];
  if (stack.demoUsers.length > 0) {
    const emailWidth = Math.max(...stack.demoUsers.map((u) => u.email.length));
    const passwordWidth = Math.max(...stack.demoUsers.map((u) => u.password.length));
    lines.push('', '  Demo sign-in (local Cognito only):');
    for (const u of stack.demoUsers) {
      lines.push(`    ${u.email.padEnd(emailWidth)}  ${u.password.padEnd(passwordWidth)}  ${u.groups.length ? u.groups.join(', ') : '(no groups: sees /no-access)'}`);
    }
  }
  lines.push('', '  Ctrl-C stops everything; data is kept for the next run.', '════════════════════════════════════════════════════════════════════', '');
  return lines.join('\n');
}
