import { canMove, reachableStatuses, screeningViolation, STATUS_TRANSITIONS, type ScreeningState } from '@/lib/phenoms/status-rules';
import { PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

const fresh: ScreeningState = { status: 'new', outcome: 'unknown', outcome_confidence: null };
const investigating: ScreeningState = { status: 'investigating', outcome: 'unknown', outcome_confidence: null };
const resolved: ScreeningState = { status: 'resolved', outcome: 'starlink', outcome_confidence: 'certain' };

describe('the screening workflow', () => {
  it('goes forward one step at a time, archives from anywhere open, and never back to new', () => {
    expect(canMove('new', 'triage')).toBe(true);
    expect(canMove('new', 'investigating')).toBe(false);
    expect(canMove('triage', 'resolved')).toBe(false);
    expect(canMove('investigating', 'resolved')).toBe(true);
    for (const from of ['new', 'triage', 'investigating', 'resolved'] as const) expect(canMove(from, 'archived')).toBe(true);
    for (const from of PHENOM_STATUSES) expect(STATUS_TRANSITIONS[from]).not.toContain('new');
    expect(canMove('archived', 'investigating')).toBe(true);
  });

  it('lets a form keep its current value and offer only where it can go', () => {
    expect(canMove('resolved', 'resolved')).toBe(true);
    expect(reachableStatuses('triage')).toEqual(['triage', 'investigating', 'archived']);
  });

  it('names the status, and where it can go, when a step is skipped', () => {
    expect(screeningViolation(fresh, { status: 'resolved', outcome: 'drone', outcome_confidence: 'certain' })).toEqual({
      field: 'status',
      message: 'cannot go from New to Resolved; from New it can go to Triage or Archived',
    });
  });

  it('needs an outcome other than unknown, and a confidence, to resolve', () => {
    expect(screeningViolation(investigating, { status: 'resolved' })?.field).toBe('outcome');
    expect(screeningViolation(investigating, { status: 'resolved', outcome: 'unknown' })?.field).toBe('outcome');
    expect(screeningViolation(investigating, { status: 'resolved', outcome: 'drone' })?.field).toBe('outcome_confidence');
    expect(screeningViolation(investigating, { status: 'resolved', outcome: 'drone', outcome_confidence: 'possible' })).toBeNull();
    // What the phenom already has counts: a known outcome and confidence need not be sent again.
    expect(screeningViolation({ ...investigating, outcome: 'bird', outcome_confidence: 'probable' }, { status: 'resolved' })).toBeNull();
  });

  it('keeps a resolved phenom explained', () => {
    expect(screeningViolation(resolved, { outcome: 'unknown', outcome_confidence: null })?.field).toBe('outcome');
    expect(screeningViolation(resolved, { outcome_confidence: null })?.field).toBe('outcome_confidence');
    expect(screeningViolation(resolved, { outcome: 'satellite' })).toBeNull();
  });

  it('refuses a confidence in an unknown outcome, also when only the outcome is sent', () => {
    expect(screeningViolation({ ...investigating, outcome: 'drone', outcome_confidence: 'possible' }, { outcome: 'unknown' })).toEqual({
      field: 'outcome_confidence',
      message: 'must be empty while the outcome is unknown',
    });
  });

  it('judges nothing a change does not touch (older rows predate the rules)', () => {
    expect(screeningViolation({ status: 'resolved', outcome: 'unknown', outcome_confidence: null }, {})).toBeNull();
  });
});
