import { describeNotification } from '@/lib/notifications/describe';

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

  it('links a shared item and an attached drop to their phenom', () => {
    expect(describeNotification('item.shared', { phenom_id: PHENOM, title: 'Orb' })).toEqual({ text: '“Orb” was shared with you', href: `/phenoms/${PHENOM}` });
    expect(describeNotification('drop.attached', { phenom_id: PHENOM, title: 'Orb', drop_id: PHENOM })).toEqual({
      text: 'A new public submission was attached to “Orb”',
      href: `/phenoms/${PHENOM}`,
    });
    expect(describeNotification('item.shared', { phenom_id: 'nope' }).href).toBe('/lists');
  });

  it('never links from a malformed payload, and still says something for unknown kinds', () => {
    expect(describeNotification('phenom.assigned', { phenom_id: '../../api/admin' }).href).toBeUndefined();
    expect(describeNotification('report.exported', {})).toEqual({ text: 'Notification: report exported' });
  });
});
