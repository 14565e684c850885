// The akimat's Today, return-path part: packages the district sent back for
// rework (with its remarks on the case) and decisions that arrived and wait
// to be registered.
import { localMoment } from '@renderer/db/clock';
import { CaseTable } from '@renderer/ui/CaseTable';
import { useReturnPathLists } from './queries';
import { useLanguage } from '@renderer/i18n/language';

export function HandOverToday() {
  const { t } = useLanguage();
  const now = localMoment();
  const lists = useReturnPathLists();
  if (!lists.data) return null;
  const sections = [
    ['returned', t('handover.todayReturned'), lists.data.returned],
    ['arrived', t('handover.todayArrived'), lists.data.arrived],
  ] as const;
  return (
    <>
      {sections.map(([key, label, cases]) => (
        <section key={key} id={`today-${key}`} data-testid={`today-${key}`}>
          <h2>
            {label}{' '}
            <span className="badge" data-testid={`count-${key}`}>
              {cases.length}
            </span>
          </h2>
          {cases.length === 0 ? <p className="empty">{t('common.none')}</p> : <CaseTable cases={cases} now={now} />}
        </section>
      ))}
    </>
  );
}
