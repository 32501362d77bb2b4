/**
 * Tells the header bell that the unread count changed in this tab (a notification marked read), so it asks again
 * at once instead of at its next poll.
 */
export const NOTIFICATIONS_CHANGED = 'nest-notifications-changed';

export const announceNotificationsChanged = (): void => void window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
