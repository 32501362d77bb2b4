import { describeNotification } from '@/lib/notifications';

const PHENOM = '0b8f3c1e-1d2a-4f3b-9c4d-5e6f7a8b9c0d';

describe('describeNotification', () => {
  it('links an assignment to the phenom and names it', () => {
    expect(describeNotification('phenom.assigned', { phenom_id: PHENOM, title: 'Triangle over Dover' })).toEqual({
      text: 'You were assigned “Triangle over Dover”',
      href: `/phenoms/${PHENOM}`,
    });
  });

  it('says whether a shared list can be edited', () => {
    expect(describeNotification('list.shared', { list_id: PHENOM, name: 'Coastal', can_edit: true }).text).toBe('You can now edit the list “Coastal”');
    expect(describeNotification('list.shared', { list_id: PHENOM, name: 'Coastal', can_edit: false }).text).toBe('You can now see the list “Coastal”');
  });

  it('never links from a malformed payload, and still says something for unknown kinds', () => {
    expect(describeNotification('phenom.assigned', { phenom_id: '../../api/admin' }).href).toBeUndefined();
    expect(describeNotification('report.exported', {})).toEqual({ text: 'Notification: report exported' });
  });
});
