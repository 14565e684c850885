// A list of cases as a table; a row opens the case (click or Enter).
import { MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import type { Milestone } from '@shared/catalog/schema';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import type { CaseSummary } from '@renderer/db/schema';
import { useLanguage } from '@renderer/i18n/language';
import { navigate } from '@renderer/app/router';
import { printedDate, printedMoment } from '@shared/forms/input';

export function CaseTable({ cases, showDue = true, now }: { cases: CaseSummary[]; showDue?: boolean; now?: string }) {
  const { t, lang, pick } = useLanguage();
  return (
    <table className="cases">
      <thead>
        <tr>
          <th>{t('colNumber')}</th>
          <th>{t('colApplicant')}</th>
          <th>{t('colIin')}</th>
          <th>{t('colService')}</th>
          <th>{t('colStatus')}</th>
          {showDue && <th>{t('colNext')}</th>}
          {showDue && <th>{t('colDue')}</th>}
          <th>{t('colResultDate')}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((c) => {
          const entry = findCatalogEntry(c.entryId);
          const overdue = now !== undefined && c.openDue !== undefined && c.openDue < now;
          return (
            <tr
              key={c.id}
              tabIndex={0}
              className={overdue ? 'overdue' : undefined}
              onClick={() => navigate({ screen: 'case', caseId: c.id })}
              onKeyDown={(e) => e.key === 'Enter' && navigate({ screen: 'case', caseId: c.id })}
            >
              <td className="mono">{c.number}</td>
              <td>{c.fullName}</td>
              <td className="mono">{c.iin}</td>
              <td className="service-cell">{entry ? pick(entry.title) : c.entryId}</td>
              <td>{STATUS_NAMES[c.status][lang]}</td>
              {showDue && <td>{c.nextMilestone ? MILESTONE_NAMES[c.nextMilestone as Milestone][lang] : '—'}</td>}
              {showDue && <td className="mono">{c.openDue ? printedMoment(c.openDue) : '—'}</td>}
              <td className="mono">{c.resultDate ? printedDate(c.resultDate) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
