import { HasuraError } from '../errors';

// PostgreSQL errors as Hasura reports them: integrity violations are constraint-violation (a CHECK
// constraint is a permission-error), an invalid escape in a LIKE pattern is bad-request, other data
// exceptions data-exception. Anything else is `unexpected`, with no database detail in the message.

interface PgLikeError {
  code?: string;
  message?: string;
}

const INTEGRITY: Record<string, [string, string]> = {
  '23001': ['constraint-violation', 'Foreign key violation. '],
  '23502': ['constraint-violation', 'Not-NULL violation. '],
  '23503': ['constraint-violation', 'Foreign key violation. '],
  '23505': ['constraint-violation', 'Uniqueness violation. '],
  '23514': ['permission-error', 'Check constraint violation. '],
  '23P01': ['constraint-violation', 'Exclusion violation. '],
};

export function toHasuraError(e: unknown, path: string): HasuraError {
  if (e instanceof HasuraError) return e;
  const err = e as PgLikeError;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  const message = typeof err?.message === 'string' ? err.message : 'database error';
  if (!code || code.length !== 5) {
    process.stderr.write(`graphql-engine: database request failed: ${message}\n`);
    return new HasuraError('unexpected', 'database query error', path);
  }
  if (code in INTEGRITY) {
    const [c, prefix] = INTEGRITY[code];
    return new HasuraError(c, prefix + message, path);
  }
  if (code.startsWith('23')) return new HasuraError('constraint-violation', message, path);
  if (code === '22025') return new HasuraError('bad-request', message, '$');
  if (code.startsWith('22')) return new HasuraError('data-exception', message, path);
  if (code === '42P10') return new HasuraError('constraint-error', 'there is no unique or exclusion constraint on target column(s)', path);
  if (code === 'P0001') return new HasuraError('postgres-error', message, path);
  process.stderr.write(`graphql-engine: database request failed (${code}): ${message}\n`);
  return new HasuraError('unexpected', 'database query error', path);
}
