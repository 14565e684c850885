// Today: what needs doing, most urgent first, with counts.
import type { TodayLists } from './today-queries';
import { useTodayLists } from './queries';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { printedDate } from '@shared/forms/input';
import { CommissionToday } from '@renderer/features/commission/CommissionToday';
import { HandOverToday } from '@renderer/features/handover/HandOverToday';
import type { TextKey } from '@renderer/texts';

const SECTIONS: Array<[keyof TodayLists, TextKey]> = [
  ['overdue', 'today.overdue'],
  ['dueToday', 'today.due'],
  ['atCommission', 'today.commission'],
  ['atDistrict', 'today.district'],
  ['resultReady', 'today.ready'],
];

const countText = (list: { count: number; capped: boolean }) => (list.capped ? `${list.count}+` : String(list.count));

export function TodayScreen() {
  const { t } = useLanguage();
  const now = localMoment();
  const lists = useTodayLists(now).data;
  return (
    <div className="screen" data-testid={lists ? 'today-ready' : 'today-loading'}>
      <h1>{t('today.title', { date: printedDate(now.slice(0, 10)) })}</h1>
      {!lists && <p>{t('common.loading')}</p>}
      {lists && (
        <>
          <div className="counts">
            {SECTIONS.map(([key, label]) => (
              <a
                key={key}
                href={`#today-${key}`}
                className={`count ${key}${lists[key].count > 0 ? ' some' : ''}`}
                data-testid={`count-${key}`}
              >
                <strong>{countText(lists[key])}</strong>
                <span>{t(label)}</span>
              </a>
            ))}
          </div>
          {SECTIONS.map(([key, label]) => {
            const list = lists[key];
            return (
              <section key={key} id={`today-${key}`}>
                <h2>
                  {t(label)} <span className="badge">{countText(list)}</span>
                </h2>
                {list.count === 0 ? <p className="empty">{t('today.empty')}</p> : <CaseTable cases={list.cases} now={now} />}
                {list.count > list.cases.length && (
                  <p className="more">
                    {t('today.more', { count: countText({ count: list.count - list.cases.length, capped: list.capped }) })}
                  </p>
                )}
              </section>
            );
          })}
          <CommissionToday />
          <HandOverToday />
        </>
      )}
    </div>
  );
}
