import { describeNotification } from './describe';

interface NotificationRow {
  id: string;
  kind: string;
  payload: unknown;
  read_at: string | null;
  created_at: string;
}

/** A notification as the API answers it: the row plus the sentence and link the screens show. */
export function presentNotification(row: NotificationRow) {
  return { ...row, ...describeNotification(row.kind, row.payload) };
}
