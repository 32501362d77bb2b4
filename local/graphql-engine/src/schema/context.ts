import type { Model } from '../model/types';
import type { RoleAccess } from './access';
import { scalarTypes, visibility } from './scalars';
import { filterTypes } from './filters';
import { orderTypes } from './ordering';
import { outputTypes } from './outputs';
import { mutationTypes } from './mutation-types';

// The type builders of one role schema, in layers: each layer builds on the ones before it (scalars and what the
// role sees → filters → ordering → outputs → mutations). Every named type is built once (`memo`), lazily, so the
// layers' types may refer to each other through field thunks.

export type BaseTypes = { model: Model; access: RoleAccess } & ReturnType<typeof scalarTypes> & ReturnType<typeof visibility>;
export type FilterTypes = BaseTypes & ReturnType<typeof filterTypes>;
export type OrderTypes = BaseTypes & ReturnType<typeof orderTypes>;
export type OutputTypes = FilterTypes & OrderTypes & ReturnType<typeof outputTypes>;
export type RoleTypes = OutputTypes & ReturnType<typeof mutationTypes>;

export function roleTypes(model: Model, access: RoleAccess): RoleTypes {
  const base: BaseTypes = { model, access, ...scalarTypes({ model }), ...visibility({ access }) };
  const filters: FilterTypes = { ...base, ...filterTypes(base) };
  const ordered: FilterTypes & OrderTypes = { ...filters, ...orderTypes(base) };
  const outputs: OutputTypes = { ...ordered, ...outputTypes(ordered) };
  return { ...outputs, ...mutationTypes(outputs) };
}
