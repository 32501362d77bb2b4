import 'server-only';
import { Kind, parse } from 'graphql';
import persisted from '@/graphql/generated/persisted-documents.json';
import type { PersistedOperation } from '@/lib/hasura';

/**
 * The operations /api/graphql forwards: exactly those of graphql/, as codegen wrote them to
 * persisted-documents.json (key "sha256:<hex of the operation text>"). Nothing else can be run through it.
 */
const byHash = new Map<string, PersistedOperation>(
  Object.entries(persisted as Record<string, string>).map(([hash, query]) => {
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return [hash, { query, operationName: operation?.name?.value }];
  }),
);

const HASH = /^(?:sha256:)?([0-9a-f]{64})$/;

/** The operation a client names by hash ("sha256:<hex>" as codegen writes it, or the bare hex Apollo may send). */
export function persistedOperation(hash: string): PersistedOperation | undefined {
  const m = HASH.exec(hash);
  return m ? byHash.get(`sha256:${m[1]}`) : undefined;
}
