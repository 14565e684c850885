// The cases behind a bar or a count: the standard case table, each row opens its case.
import { useMemo } from 'react';
import { useLanguage } from '@renderer/i18n/language';
import { CaseTable } from '@renderer/ui/CaseTable';
import { useCasesByIds } from './queries';

export const DRILL_LIMIT = 300;

export function DrillDown({ title, ids, now, close }: { title: string; ids: string[]; now: string; close(): void }) {
  const { t } = useLanguage();
  // A bar of a big district holds thousands of cases: the list shows the first of them.
  const shown = useMemo(() => ids.slice(0, DRILL_LIMIT), [ids]);
  const cases = useCasesByIds(shown).data;
  return (
    <section className="drill-down" data-testid="drill-down" aria-live="polite">
      <h2>{t('reports.drillTitle', { what: title })}</h2>
      <p data-testid="drill-count">{t('common.total', { count: ids.length })}</p>
      {ids.length > DRILL_LIMIT && <p className="msg hint">{t('reports.drillFirst', { shown: DRILL_LIMIT })}</p>}
      <button type="button" onClick={close} data-testid="drill-close">
        {t('reports.drillClose')}
      </button>
      {cases && <CaseTable cases={cases} now={now} />}
    </section>
  );
}
