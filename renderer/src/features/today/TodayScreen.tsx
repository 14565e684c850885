// Today: what needs doing, most urgent first, with counts. The lists with cases
// come first; the empty ones fold into one line (issue 14).
import type { TodayLists } from './today-queries';
import { useTodayLists } from './queries';
import { localMoment } from '@renderer/db/clock';
import { useLanguage } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { printedDate } from '@shared/forms/input';
import { useCommissionTodaySections } from '@renderer/features/commission/CommissionToday';
import { useHandOverTodaySections } from '@renderer/features/handover/HandOverToday';
import { useRelayTodaySections } from '@renderer/features/relay/RelayToday';
import type { TextKey } from '@renderer/texts';
import { useComplaintsTodaySection } from '@renderer/features/complaints/ComplaintsToday';
import { type TodaySection, TodaySections } from './sections';

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
  const commission = useCommissionTodaySections();
  const handOver = useHandOverTodaySections();
  const complaints = useComplaintsTodaySection();
  const relay = useRelayTodaySections();
  const ready = lists && commission && handOver && complaints && relay;
  const own: TodaySection[] = lists
    ? SECTIONS.map(([key, label]) => {
        const list = lists[key];
        return {
          key,
          title: t(label),
          count: list.count,
          countText: countText(list),
          body: (
            <>
              <CaseTable cases={list.cases} now={now} />
              {list.count > list.cases.length && (
                <p className="more">
                  {t('today.more', { count: countText({ count: list.count - list.cases.length, capped: list.capped }) })}
                </p>
              )}
            </>
          ),
        };
      })
    : [];
  return (
    <div className="screen" data-testid={ready ? 'today-ready' : 'today-loading'}>
      <h1>{t('today.title', { date: printedDate(now.slice(0, 10)) })}</h1>
      {!ready && <p>{t('common.loading')}</p>}
      {ready && (
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
          <TodaySections sections={[...own, ...complaints, ...commission, ...relay, ...handOver]} />
        </>
      )}
    </div>
  );
}
