import type { GraphQLFieldConfig, GraphQLFieldConfigArgumentMap, GraphQLFieldConfigMap, GraphQLObjectType, GraphQLScalarType } from 'graphql';
import type { ComputedField, FnArg, Relationship, Table } from '../model/types';
import type { RoleAccess } from './access';
import { list, nn } from './common';

// The fields a table's object type gets for its relationships (one builder per relationship kind) and its
// computed fields. Each takes the output builders it needs, so it can be built and tested on its own.

export interface FieldBuilders {
  access: RoleAccess;
  canAggregate(t: Table): boolean;
  scalar(name: string): GraphQLScalarType;
  selectArgs(t: Table): GraphQLFieldConfigArgumentMap;
  fnArgsArg(name: string, args: FnArg[]): GraphQLFieldConfigArgumentMap;
  objectType(t: Table): GraphQLObjectType;
  aggregateType(t: Table): GraphQLObjectType;
}

type Field = GraphQLFieldConfig<unknown, unknown>;

/** An object relationship: the target's object type, non-null where the database guarantees the row. */
export function objectRelationshipField(b: FieldBuilders, t: Table, r: Relationship): Field {
  // Non-null only where a foreign key over non-null columns guarantees the row (and no permission hides it).
  const required = r.viaForeignKey && r.sourceHoldsKey && b.access.isAdmin && r.mapping.every(([s]) => !t.columnByName.get(s)!.nullable);
  const type = b.objectType(r.target);
  return {
    type: required ? nn(type) : type,
    description: r.description ?? 'An object relationship',
    extensions: { hasura: { kind: 'object_relationship', rel: r } },
  };
}

/** An array relationship: the list field, and `<rel>_aggregate` where the role may aggregate the target. */
export function arrayRelationshipFields(b: FieldBuilders, r: Relationship): GraphQLFieldConfigMap<unknown, unknown> {
  const f: GraphQLFieldConfigMap<unknown, unknown> = {
    [r.name]: {
      type: nn(list(nn(b.objectType(r.target)))),
      description: r.description ?? 'An array relationship',
      args: b.selectArgs(r.target),
      extensions: { hasura: { kind: 'array_relationship', rel: r } },
    },
  };
  if (b.canAggregate(r.target))
    f[`${r.name}_aggregate`] = {
      type: nn(b.aggregateType(r.target)),
      description: r.description ?? 'An aggregate relationship',
      args: b.selectArgs(r.target),
      extensions: { hasura: { kind: 'array_relationship_aggregate', rel: r } },
    };
  return f;
}

export function relationshipFields(b: FieldBuilders, t: Table, r: Relationship): GraphQLFieldConfigMap<unknown, unknown> {
  return r.kind === 'object' ? { [r.name]: objectRelationshipField(b, t, r) } : arrayRelationshipFields(b, r);
}

/** A computed field: a scalar with the function's arguments, or (SETOF a table) a list with selection arguments too. */
export function computedFieldOutput(b: FieldBuilders, cf: ComputedField): Field {
  const fnName = cf.fn.schema === 'public' ? cf.fn.name : `${cf.fn.schema}_${cf.fn.name}`;
  const description = cf.description ?? `A computed field, executes function "${cf.fn.name}"`;
  if (cf.fn.returnTable)
    return {
      type: nn(list(nn(b.objectType(cf.fn.returnTable)))),
      description,
      args: { ...b.fnArgsArg(fnName, cf.inputArgs), ...b.selectArgs(cf.fn.returnTable) },
      extensions: { hasura: { kind: 'computed_set', field: cf } },
    };
  return { type: b.scalar(cf.scalar!), description, args: b.fnArgsArg(fnName, cf.inputArgs), extensions: { hasura: { kind: 'computed_scalar', field: cf } } };
}
