import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { HasuraError } from '../errors';
import { coerceLiteral, type VariableValues } from './values';
import { GraphQLBoolean, GraphQLNonNull } from 'graphql';

// Field collection as GraphQL specifies it (fragments, inline fragments, @skip/@include, fields merged by
// response key), keeping the JSONPath Hasura reports for each field: fragment names appear in the path, and
// a fragment spread inside itself is an error at the selection set where the cycle closes.

export interface CollectContext {
  fragments: Map<string, FragmentDefinitionNode>;
  vars: VariableValues;
}

export interface CollectedField {
  /** Response key: the alias, or the field name. */
  key: string;
  name: string;
  /** Every node merged under this key; arguments come from the first, sub-selections from all. */
  nodes: FieldNode[];
  /** Path of the field itself, e.g. $.selectionSet.author.selectionSet.name */
  path: string;
  /** Fragments being expanded around this field, to detect cycles through nested selections. */
  fragmentStack: string[];
}

const BOOL = new GraphQLNonNull(GraphQLBoolean);

const SELECTION_DIRECTIVES = new Set(['skip', 'include']);
const KNOWN_DIRECTIVES = new Set(['skip', 'include', 'cached']);

/** Directives on a field or fragment: only @skip and @include, each at most once (Hasura's checks). */
function checkDirectives(directives: readonly { name: { value: string } }[] | undefined, path: string) {
  const names = (directives ?? []).map((d) => d.name.value);
  for (const n of names) {
    if (!KNOWN_DIRECTIVES.has(n)) throw new HasuraError('validation-failed', `directive "${n}" is not defined in the schema`, path);
    if (!SELECTION_DIRECTIVES.has(n)) throw new HasuraError('validation-failed', `directive "${n}" is not allowed on a field`, path);
  }
  const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
  if (repeated.length) throw new HasuraError('validation-failed', `the following directives are used more than once: ${repeated.join(', ')}`, path);
}

/** Directives on the operation itself: only @cached, on queries. */
export function checkOperationDirectives(directives: readonly { name: { value: string } }[] | undefined, operation: string) {
  for (const d of directives ?? []) {
    const n = d.name.value;
    if (!KNOWN_DIRECTIVES.has(n)) throw new HasuraError('validation-failed', `directive "${n}" is not defined in the schema`, '$');
    if (n !== 'cached' || operation !== 'query') throw new HasuraError('validation-failed', `directive "${n}" is not allowed on a ${operation}`, '$');
  }
}

function included(node: FieldNode | { directives?: readonly { name: { value: string }; arguments?: readonly { name: { value: string }; value: never }[] }[] }, ctx: CollectContext, path: string): boolean {
  for (const d of node.directives ?? []) {
    const name = d.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = d.arguments?.find((a) => a.name.value === 'if');
    if (!arg) throw new HasuraError('validation-failed', `directive "${name}" requires argument "if"`, path);
    const value = coerceLiteral(BOOL, arg.value, ctx.vars, `${path}.directives.${name}.args.if`);
    if (name === 'skip' && value === true) return false;
    if (name === 'include' && value === false) return false;
  }
  return true;
}

/**
 * Collects the fields of `selectionSet` on the object type named `typeName`.
 * `selectionPath` is the path of the selection set (e.g. `$` for the operation, `$.selectionSet.author.selectionSet` below).
 */
export function collectFields(
  selectionSet: SelectionSetNode,
  typeName: string,
  ctx: CollectContext,
  selectionPath: string,
  fragmentStack: string[],
  knownTypes: (name: string) => boolean,
): CollectedField[] {
  const out = new Map<string, CollectedField>();
  const walk = (set: SelectionSetNode, setPath: string, stack: string[]) => {
    for (const sel of set.selections) {
      checkDirectives(sel.directives, setPath);
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const path = `${setPath}.${sel.name.value}`;
        if (!included(sel, ctx, path)) continue;
        const existing = out.get(key);
        if (existing) {
          if (existing.name !== sel.name.value)
            throw new HasuraError('validation-failed', `"${key}" is used for two different fields: "${existing.name}" and "${sel.name.value}"`, setPath);
          existing.nodes.push(sel);
        } else {
          out.set(key, { key, name: sel.name.value, nodes: [sel], path, fragmentStack: stack });
        }
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (!included(sel as never, ctx, setPath)) continue;
        const cond = sel.typeCondition?.name.value;
        if (cond && !knownTypes(cond)) throw new HasuraError('validation-failed', `inline fragment on unknown type "${cond}"`, setPath);
        if (cond && cond !== typeName) continue;
        walk(sel.selectionSet, setPath, stack);
      } else {
        const name = sel.name.value;
        if (!included(sel as never, ctx, setPath)) continue;
        const frag = ctx.fragments.get(name);
        if (!frag) throw new HasuraError('validation-failed', `reference to undefined fragment "${name}"`, setPath);
        if (stack.includes(name)) {
          const via = [...stack.slice(stack.indexOf(name) + 1), name];
          throw new HasuraError('validation-failed', `cannot spread fragment "${name}" within itself via ${via.join(',')}`, setPath);
        }
        const cond = frag.typeCondition.name.value;
        if (!knownTypes(cond)) throw new HasuraError('validation-failed', `fragment "${name}" is on unknown type "${cond}"`, setPath);
        if (cond !== typeName) continue;
        walk(frag.selectionSet, `${setPath}.${name}.selectionSet`, [...stack, name]);
      }
    }
  };
  walk(selectionSet, selectionPath, fragmentStack);
  return [...out.values()];
}

/** The merged sub-selection of a collected field (all its nodes' selection sets, in order). */
export function subSelection(field: CollectedField): SelectionSetNode | null {
  const sets = field.nodes.map((n) => n.selectionSet).filter((s): s is SelectionSetNode => Boolean(s));
  if (!sets.length) return null;
  if (sets.length === 1) return sets[0];
  return { kind: Kind.SELECTION_SET, selections: sets.flatMap((s) => s.selections) };
}
