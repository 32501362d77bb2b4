import { ageOf, triageMoves, triageWhere } from './queue';

test('the queue is open reports with nobody assigned', () => {
  expect(triageWhere()).toEqual({ status: { _in: ['new', 'triage'] }, assignee_id: { _is_null: true } });
});

test('a row offers the workflow’s moves, but not resolving (that needs an outcome: the phenom’s page)', () => {
  expect(triageMoves('new')).toEqual(['triage', 'archived']);
  expect(triageMoves('triage')).toEqual(['investigating', 'archived']);
  expect(triageMoves('investigating')).not.toContain('resolved');
});

test('age in its largest whole unit', () => {
  const now = new Date('2026-05-31T12:00:00Z');
  expect(ageOf('2026-05-31T11:59:30Z', now)).toBe('just now');
  expect(ageOf('2026-05-31T11:59:00Z', now)).toBe('1 minute');
  expect(ageOf('2026-05-31T09:00:00Z', now)).toBe('3 hours');
  expect(ageOf('2026-05-28T12:00:00Z', now)).toBe('3 days');
  expect(ageOf('2026-05-17T12:00:00Z', now)).toBe('2 weeks');
  expect(ageOf('2025-05-31T12:00:00Z', now)).toBe('1 year');
  expect(ageOf('not a date', now)).toBe('—');
});
