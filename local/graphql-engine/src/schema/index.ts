import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, specifiedDirectives, validateSchema, type GraphQLFieldConfigMap, type GraphQLSchemaConfig } from 'graphql';
import type { Model } from '../model/types';
import type { RoleAccess } from './access';
import { nn, sortKeys } from './common';
import { roleTypes } from './context';
import { deleteRootFields, functionRootFields, insertRootFields, selectRootFields, updateRootFields } from './roots';

// Builds one GraphQL schema per role with Hasura's type names, field names, arguments and nullability. Only
// what the role may see exists. Each field carries `extensions.hasura`, which tells the request parser what
// the field means, so the schema is the single source of truth for both introspection and execution.
// The types are built by the layers of ./context; the root fields by one builder per kind (./roots).

export { AGGREGATE_OPS, PLACEHOLDER, isNumeric, isOrderable, meaningOf, type AggregateOp, type FieldMeaning } from './common';

export interface RoleSchema {
  schema: GraphQLSchema;
  access: RoleAccess;
  hasMutations: boolean;
}

type FieldMap = GraphQLFieldConfigMap<unknown, unknown>;

export function buildRoleSchema(model: Model, access: RoleAccess): RoleSchema {
  const types = roleTypes(model, access);
  const query: FieldMap = {};
  const mutation: FieldMap = {};
  for (const t of model.tables) {
    Object.assign(query, selectRootFields(types, t));
    Object.assign(mutation, insertRootFields(types, t), updateRootFields(types, t), deleteRootFields(types, t));
  }
  for (const fn of model.functions) Object.assign(fn.exposedAs === 'mutation' ? mutation : query, functionRootFields(types, fn));

  const hasMutations = Object.keys(mutation).length > 0;
  if (!Object.keys(query).length) {
    // GraphQL requires a query root with at least one field; Hasura exposes `no_queries_available` then.
    query.no_queries_available = { type: nn(GraphQLString) };
  }
  const schema = allowEmptyTypes({
    directives: [...specifiedDirectives, CACHED],
    query: new GraphQLObjectType({ name: 'query_root', fields: sortKeys(query) }),
    mutation: hasMutations ? new GraphQLObjectType({ name: 'mutation_root', description: 'mutation root', fields: sortKeys(mutation) }) : undefined,
    // Hasura exposes every enum table's GraphQL enum, even to roles that cannot read the table itself.
    types: model.tables.filter((t) => t.isEnum).map(types.enumTableType),
  });
  return { schema, access, hasMutations };
}

/** Hasura Cloud's @cached; accepted (and ignored) so queries written for Cloud run here. */
const CACHED = new GraphQLDirective({
  name: 'cached',
  description: 'whether this query should be cached (Hasura Cloud only)',
  locations: [DirectiveLocation.QUERY],
  args: {
    ttl: { type: nn(GraphQLInt), defaultValue: 60, description: 'measured in seconds' },
    refresh: { type: nn(GraphQLBoolean), defaultValue: false, description: 'refresh the cache entry' },
  },
});

const EMPTY_OBJECT_TYPE = /^Type \S+ must define one or more fields\.$/;

/**
 * The schema, valid apart from object types without fields, which Hasura serves for tables a role may select
 * but sees no field of. graphql-js refuses those; every other problem still stops the build.
 */
function allowEmptyTypes(config: GraphQLSchemaConfig): GraphQLSchema {
  const checked = new GraphQLSchema(config);
  const errors = validateSchema(checked);
  const real = errors.filter((e) => !EMPTY_OBJECT_TYPE.test(e.message));
  if (real.length) throw new Error(`invalid role schema: ${real.map((e) => e.message).join('; ')}`);
  return errors.length ? new GraphQLSchema({ ...config, assumeValid: true }) : checked;
}
