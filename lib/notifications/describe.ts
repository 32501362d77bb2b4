import { z } from 'zod';

export interface NotificationText {
  text: string;
  /** Where the notification leads, when it is about something the app has a page for. */
  href?: string;
}

const uuid = z.uuid();

// notifications.payload is free jsonb written by several producers: each kind's shape is checked, and anything
// unexpected still shows as a plain line rather than breaking the page.
const byKind: Record<string, (payload: unknown) => NotificationText | undefined> = {
  'phenom.assigned': (payload) => {
    const p = z.object({ phenom_id: uuid, title: z.string().optional() }).safeParse(payload);
    if (!p.success) return undefined;
    return { text: p.data.title ? `You were assigned “${p.data.title}”` : 'You were assigned a phenom', href: `/phenoms/${p.data.phenom_id}` };
  },
  'list.shared': (payload) => {
    const p = z.object({ list_id: uuid, name: z.string().optional(), can_edit: z.boolean().optional() }).safeParse(payload);
    if (!p.success) return undefined;
    const what = p.data.name ? `the list “${p.data.name}”` : 'a list';
    return { text: `${p.data.can_edit ? 'You can now edit' : 'You can now see'} ${what}`, href: '/lists' };
  },
  'item.shared': (payload) => {
    const p = z.object({ phenom_id: uuid, title: z.string().optional() }).safeParse(payload);
    if (!p.success) return { text: 'A list item was shared with you', href: '/lists' };
    return { text: p.data.title ? `“${p.data.title}” was shared with you` : 'A list item was shared with you', href: `/phenoms/${p.data.phenom_id}` };
  },
  'drop.attached': (payload) => {
    const p = z.object({ phenom_id: uuid, title: z.string().optional() }).safeParse(payload);
    if (!p.success) return undefined;
    const what = p.data.title ? `“${p.data.title}”` : 'a phenom on your list';
    return { text: `A new public submission was attached to ${what}`, href: `/phenoms/${p.data.phenom_id}` };
  },
  'drop.submitted': () => ({ text: 'A new public submission is waiting for review', href: '/drops' }),
};

export function describeNotification(kind: string, payload: unknown): NotificationText {
  return byKind[kind]?.(payload) ?? { text: `Notification: ${kind.replace(/[._]/g, ' ')}` };
}
