import { describeFailure, isLocalStack } from './failure-text';

describe('describeFailure', () => {
  it('mentions `npm run dev` only on the local stack', () => {
    const unreachable = { kind: 'network', code: 'unreachable' } as const;
    expect(describeFailure(unreachable, { localStack: true }).detail).toContain('npm run dev');
    for (const kind of ['network', 'timeout', 'http'] as const) {
      expect(describeFailure({ kind, code: 'x' }).detail).not.toContain('npm run dev');
    }
  });

  it('tells the local stack by its engine on this machine', () => {
    expect(isLocalStack('http://127.0.0.1:8080/v1/graphql')).toBe(true);
    expect(isLocalStack('http://localhost:8080/v1/graphql')).toBe(true);
    expect(isLocalStack('https://api-staging.thephenom.app/v1/graphql')).toBe(false);
  });
});
