// Hasura's names for PostgreSQL types, and the type texts bind parameters are cast to.

export const GQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** Hasura's GraphQL scalar for a PostgreSQL type. */
export function scalarFor(typname: string, category: string, elemTypname: string | null = null): string {
  if (category === 'A' && elemTypname) return `_${sanitize(elemTypname)}`;
  switch (typname) {
    case 'int4':
      return 'Int';
    case 'text':
    case 'varchar':
      return 'String';
    case 'bool':
      return 'Boolean';
    case 'float4':
      return 'Float';
    case 'int2':
      return 'smallint';
    case 'int8':
      return 'bigint';
    case 'float8':
      return 'float8';
    default:
      return sanitize(typname);
  }
}

/**
 * A type to cast bind parameters to. `character` and `bit` without a length mean length 1 in a cast, which
 * would truncate values; their unbounded spellings keep the value for the column's own length check.
 */
export function castType(sqlType: string): string {
  return sqlType.replace(/^character(?=\[\]|$)/, 'bpchar').replace(/^bit(?=\[\]|$)/, 'varbit');
}

const sanitize = (name: string) => name.replace(/[^_0-9A-Za-z]/g, '_').replace(/^([0-9])/, '_$1');

/** Types whose values Hasura sends as JSON strings with --stringify-numeric-types. */
export const STRINGIFIED_TYPES = new Set(['int8', 'numeric', 'float8', 'money']);
