import { z } from 'zod';

const hash = z.string().max(80, { error: 'must be a persisted-document hash (sha256:<64 hex digits>)' });

/**
 * POST /api/graphql: a persisted operation named by hash, as the GraphQL-over-HTTP persisted-documents draft
 * (`documentId`) or Apollo's persisted-query link (`extensions.persistedQuery.sha256Hash`) sends it. A `query`
 * text is refused: only the app's own operations run here.
 */
export const graphqlProxyBodySchema = z
  .object({
    documentId: hash.optional(),
    operationName: z.string().max(200, { error: 'must be at most 200 characters' }).nullable().optional(),
    variables: z.record(z.string(), z.unknown(), { error: 'must be an object' }).nullable().optional(),
    extensions: z
      .object({ persistedQuery: z.object({ version: z.literal(1, { error: 'must be 1' }), sha256Hash: hash }).optional() }, { error: 'must be an object' })
      .passthrough()
      .optional(),
    query: z.undefined({ error: 'is not accepted: send the persisted-document hash of an operation in graphql/ (documentId)' }).optional(),
  }, { error: 'The body must be a JSON object' })
  .refine((b) => b.documentId !== undefined || b.extensions?.persistedQuery !== undefined, {
    error: 'Name the operation by its persisted-document hash (documentId)',
    path: ['documentId'],
  });
