import { HasuraError } from '../errors';
import type { Session } from '../session';

// SQL text is built only from quoted identifiers and fixed keywords; every value is a bind parameter. A
// parameter is a literal (known when the plan is compiled), a session variable or a request variable (both
// bound per request), so one compiled plan serves every user of a role and every value of a variable.

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

export function quoteQualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A string literal for SQL text: used only for JSON object keys, which are GraphQL names or aliases. */
export function quoteLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export type ParamSource =
  | { kind: 'lit'; value: string | string[] | null }
  | { kind: 'session'; name: string }
  | { kind: 'sessionJson' }
  /** A GraphQL variable's value, as PostgreSQL's text input for `sqlType` reads it. */
  | { kind: 'var'; name: string; sqlType: string | null };

export interface Plan {
  sql: string;
  params: ParamSource[];
  /** Set when the plan runs as a named prepared statement: PostgreSQL parses and plans it once per connection. */
  name?: string;
}

export class Params {
  readonly list: ParamSource[] = [];

  add(source: ParamSource): string {
    this.list.push(source);
    return `$${this.list.length}`;
  }

  /** A literal value, serialised the way PostgreSQL's text input for `sqlType` reads it. */
  lit(value: unknown, sqlType: string | null): string {
    const ref = this.add({ kind: 'lit', value: toPgText(value, sqlType) });
    return sqlType ? `${ref}::${sqlType}` : ref;
  }
}

const JSON_TYPES = new Set(['json', 'jsonb']);

/** Text PostgreSQL parses as `sqlType`: JSON types get JSON text, arrays (non-JSON) an array the driver formats. */
export function toPgText(value: unknown, sqlType: string | null): string | string[] | null {
  if (value === null || value === undefined) return null;
  if (sqlType && JSON_TYPES.has(sqlType)) return JSON.stringify(value);
  if (Array.isArray(value)) return value.map((v) => (v === null ? (null as unknown as string) : typeof v === 'object' ? JSON.stringify(v) : String(v)));
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The values of a plan's parameters for one request: its session and its (coerced) GraphQL variables. */
export function bindParams(params: ParamSource[], session: Session, variables: ReadonlyMap<string, unknown>): unknown[] {
  return params.map((p) => {
    switch (p.kind) {
      case 'lit':
        return p.value;
      case 'sessionJson':
        return JSON.stringify(session.variables);
      case 'var':
        // The plan key records which variables are null or absent, so a plan only binds values it was built for.
        return toPgText(variables.get(p.name), p.sqlType);
      case 'session': {
        const v = session.variables[p.name];
        if (v === undefined) throw new HasuraError('not-found', `missing session variable: "${p.name}"`);
        return v;
      }
    }
  });
}

/** Session variables a plan needs: checked before running anything, so a missing one fails the whole request. */
export function requiredSessionVariables(params: ParamSource[]): string[] {
  return params.flatMap((p) => (p.kind === 'session' ? [p.name] : []));
}
