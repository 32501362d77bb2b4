import 'server-only';
import { PhenomScreeningStateDocument, PhenomUpdateScreeningDocument, type Phenom_Bool_Exp } from '@/graphql/generated/graphql';
import { httpError, type StaffRouteContext } from '@/lib/auth';
import { screeningViolation, type ScreeningState } from '@/lib/phenoms/status-rules';
import type { PhenomUpdateInput } from '@/lib/phenoms/update-input';

const NO_SUCH = 'No such phenom, or it can no longer be changed.';

/** The phenom exactly as it was judged: the update applies only while it still is (compare and set). */
function unchangedSince(id: string, state: ScreeningState): Phenom_Bool_Exp {
  return {
    id: { _eq: id },
    status: { _eq: state.status },
    outcome: { _eq: state.outcome },
    outcome_confidence: state.outcome_confidence === null ? { _is_null: true } : { _eq: state.outcome_confidence },
  };
}

/**
 * PATCH of status, outcome or confidence: reads the phenom's workflow state, refuses a move the rules do not allow
 * (422 naming the field), then writes only if nobody changed that state in between (409 if they did, so the person
 * reloads and decides again instead of a rule being judged on what they no longer see).
 */
export async function updateScreening(hasura: StaffRouteContext<unknown>['hasura'], id: string, set: PhenomUpdateInput) {
  const read = await hasura(PhenomScreeningStateDocument, { id });
  const current = read.phenom_by_pk;
  if (!current) throw httpError.notFound(NO_SUCH);
  const violation = screeningViolation(current, set);
  if (violation) throw httpError.invalid(violation.field, violation.message);
  const data = await hasura(PhenomUpdateScreeningDocument, { where: unchangedSince(id, current), set });
  const [phenom] = data.update_phenom?.returning ?? [];
  if (phenom) return phenom;
  const again = await hasura(PhenomScreeningStateDocument, { id });
  if (!again.phenom_by_pk) throw httpError.notFound(NO_SUCH);
  throw httpError.conflict('Someone changed this phenom’s status or outcome meanwhile: reload to see it, then try again.');
}
