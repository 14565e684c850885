// Today's section of complaints waiting for an answer: the nearest due date
// first, the overdue ones marked (null while loading).
import { printedDate, printedMoment } from '@shared/forms/input';
import { localDate } from '@renderer/db/clock';
import type { TodaySection } from '@renderer/features/today/sections';
import { useLanguage } from '@renderer/i18n/language';
import { aboutText } from './labels';
import { useOpenComplaints } from './queries';
import { isOverdue } from './tables';

export function useComplaintsTodaySection(): TodaySection[] | null {
  const { t } = useLanguage();
  const today = localDate();
  const open = useOpenComplaints().data;
  if (!open) return null;
  return [
    {
      key: 'complaints',
      title: t('complaints.todayTitle'),
      count: open.length,
      countTestId: 'count-complaints',
      body: (
        <table className="cases" data-testid="today-complaints-table">
          <tbody>
            {open.map((c) => {
              const overdue = isOverdue(c, today);
              return (
                <tr key={c.id} className={overdue ? 'overdue' : undefined} data-testid="today-complaint">
                  <td className="mono">
                    <a href={`#/complaints/${c.id}`}>{c.number}</a>
                  </td>
                  <td className="mono">{printedMoment(c.registeredAt)}</td>
                  <td>{c.complainant}</td>
                  <td>{aboutText(t, c)}</td>
                  <td className="mono">
                    {t('complaints.colDue')}: {printedDate(c.dueDate)}
                    {overdue && <strong className="overdue-mark"> — {t('complaints.overdue')}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ),
    },
  ];
}
