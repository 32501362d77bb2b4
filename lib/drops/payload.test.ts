import { promoteBody, readDropPayload, suggestedTitle } from './payload';

test('a payload is read field by field: a field of the wrong type is left out, not fatal', () => {
  expect(readDropPayload({ description: 'Bright light. It moved.', latitude: 45.7, longitude: '4.8', occurred_at: 'yesterday', media_count: 2, extra: true })).toEqual({
    description: 'Bright light. It moved.',
    latitude: 45.7,
    media_count: 2,
  });
  expect(readDropPayload(null)).toEqual({});
  expect(readDropPayload('text')).toEqual({});
  expect(readDropPayload({ latitude: 120 })).toEqual({});
});

test('the suggested title: the submitter’s own, else the first sentence, shortened', () => {
  expect(suggestedTitle({ title: 'Orb over Lyon', description: 'x' })).toBe('Orb over Lyon');
  expect(suggestedTitle({ description: 'Bright light. It moved.' })).toBe('Bright light.');
  expect(suggestedTitle({ description: 'a'.repeat(100) })).toHaveLength(80);
  expect(suggestedTitle({})).toBe('Untitled drop');
});

test('the promote body carries what the drop says, the submission time when it gives none, and both coordinates or neither', () => {
  expect(promoteBody({ description: 'd', latitude: 1, longitude: 2, occurred_at: '2026-05-01T10:00:00Z' }, ' T ', '2026-05-02T00:00:00Z')).toEqual({
    title: 'T',
    occurred_at: '2026-05-01T10:00:00Z',
    description: 'd',
    latitude: 1,
    longitude: 2,
  });
  expect(promoteBody({ latitude: 1 }, 'T', '2026-05-02T00:00:00Z')).toEqual({ title: 'T', occurred_at: '2026-05-02T00:00:00Z' });
});
