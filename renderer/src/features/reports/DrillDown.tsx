// The cases behind a bar or a count: the standard case table, each row opens its case.
import { useLanguage } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { useCasesByIds } from './queries';

export function DrillDown({ title, ids, now, close }: { title: string; ids: string[]; now: string; close(): void }) {
  const { t } = useLanguage();
  const cases = useCasesByIds(ids).data;
  return (
    <section className="drill-down" data-testid="drill-down" aria-live="polite">
      <h2>{t('reports.drillTitle', { what: title })}</h2>
      <p data-testid="drill-count">{t('common.total', { count: ids.length })}</p>
      <button type="button" onClick={close} data-testid="drill-close">
        {t('reports.drillClose')}
      </button>
      {cases && <CaseTable cases={cases} now={now} />}
    </section>
  );
}
