import { HasuraError } from '../errors';
import type { Session } from '../session';

// SQL text is built only from quoted identifiers and fixed keywords; every value is a bind parameter. A
// parameter is either a literal (known when the plan is compiled) or a session variable (bound per request),
// so one compiled plan serves every user of a role.

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
  | { kind: 'sessionJson' };

export interface Plan {
  sql: string;
  params: ParamSource[];
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

export function bindParams(params: ParamSource[], session: Session): unknown[] {
  return params.map((p) => {
    if (p.kind === 'lit') return p.value;
    if (p.kind === 'sessionJson') return JSON.stringify(session.variables);
    const v = session.variables[p.name];
    if (v === undefined) throw new HasuraError('not-found', `missing session variable: "${p.name}"`);
    return v;
  });
}

/** Session variables a plan needs: checked before running anything, so a missing one fails the whole request. */
export function requiredSessionVariables(params: ParamSource[]): string[] {
  return params.flatMap((p) => (p.kind === 'session' ? [p.name] : []));
}
