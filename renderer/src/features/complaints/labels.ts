// The words for a complaint's status and subject on screen.
import type { ComplaintStatus } from '@shared/complaint';
import type { TextKey } from '@renderer/texts';
import type { ComplaintRow } from './tables';

export const STATUS_TEXT: Record<ComplaintStatus, TextKey> = {
  open: 'district.filterOpen',
  escalated: 'complaints.statusEscalated',
  answered: 'complaints.statusAnswered',
  delivered: 'complaints.statusDelivered',
};

export const DELIVERY_TEXT: Record<'inPerson' | 'post' | 'email', TextKey> = {
  inPerson: 'complaints.deliveryInPerson',
  post: 'complaints.deliveryPost',
  email: 'complaints.deliveryEmail',
};

type T = (key: TextKey, params?: Record<string, string | number>) => string;

export function aboutText(t: T, row: Pick<ComplaintRow, 'aboutKind' | 'aboutWhat'>): string {
  if (row.aboutKind === 'case') return t('complaints.aboutCase', { number: row.aboutWhat });
  if (row.aboutKind === 'staff') return t('complaints.aboutStaff', { name: row.aboutWhat });
  return t('complaints.aboutService');
}
