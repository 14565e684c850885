// The cases the commission holds or has concluded: the conclusion's due date
// (marked when overdue), whether an act is recorded, and a link to the case there.
import type { CaseState } from '@shared/case';
import { printedMoment } from '@shared/forms/input';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { applicantName } from './model';
import { useCasesAtCommission } from './queries';
import { useLanguage } from '@renderer/i18n/language';

const conclusionStep = (c: CaseState) => c.steps.find((s) => s.milestone === 'commissionConclusion');

export function CasesAtCommission() {
  const { t, pick } = useLanguage();
  const cases = useCasesAtCommission(localMoment());
  const columns: CaseColumn<CaseState>[] = [
    { head: t('commission.colCase'), className: 'mono', cell: (c) => c.number },
    { head: t('common.applicant'), cell: applicantName },
    {
      head: t('common.service'),
      cell: (c) => {
        const entry = findCatalogEntry(c.entryId);
        return entry ? pick(entry.title) : c.entryId;
      },
    },
    {
      head: t('commission.colDue'),
      className: 'mono',
      cell: (c) => {
        const step = conclusionStep(c);
        return (
          <>
            {step ? printedMoment(step.due) : '—'}
            {step?.overdue ? ` (${t('common.overdue')})` : ''}
          </>
        );
      },
    },
    {
      head: t('commission.colAct'),
      cell: (c) => {
        const act = c.inspections.at(-1);
        return act ? t('commission.actYes', { id: act.actId }) : t('common.none');
      },
    },
    {
      head: '',
      cell: (c) => (
        <a href={`#/commission/case/${c.caseId}`} data-testid={`commission-case-${c.number}`}>
          {t('commission.openCommissionCase')}
        </a>
      ),
    },
  ];
  return (
    <section>
      <h2>{t('commission.casesTitle')}</h2>
      {cases.data?.length === 0 && <p className="empty">{t('commission.casesNone')}</p>}
      {!!cases.data?.length && (
        <CaseRows
          rows={cases.data}
          columns={columns}
          caseIdOf={(c) => c.caseId}
          overdue={(c) => !!conclusionStep(c)?.overdue}
          className="grid"
          testId="commission-cases"
        />
      )}
    </section>
  );
}
