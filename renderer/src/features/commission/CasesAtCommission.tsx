// The cases the commission holds or has concluded: the conclusion's due date
// (marked when overdue), whether an act is recorded, and a link to the case there.
import type { CaseState } from '@shared/case';
import { printedMoment } from '@shared/forms/input';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { localMoment } from '@renderer/db/clock';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { applicantName } from './model';
import { useCasesAtCommission } from './queries';
import { useCommissionText } from './text';

const conclusionStep = (c: CaseState) => c.steps.find((s) => s.milestone === 'commissionConclusion');

export function CasesAtCommission() {
  const { ct, pick } = useCommissionText();
  const cases = useCasesAtCommission(localMoment());
  const columns: CaseColumn<CaseState>[] = [
    { head: ct('colCase'), className: 'mono', cell: (c) => c.number },
    { head: ct('colApplicant'), cell: applicantName },
    {
      head: ct('colService'),
      cell: (c) => {
        const entry = findCatalogEntry(c.entryId);
        return entry ? pick(entry.title) : c.entryId;
      },
    },
    {
      head: ct('colDue'),
      className: 'mono',
      cell: (c) => {
        const step = conclusionStep(c);
        return (
          <>
            {step ? printedMoment(step.due) : '—'}
            {step?.overdue ? ` (${ct('overdue')})` : ''}
          </>
        );
      },
    },
    {
      head: ct('colAct'),
      cell: (c) => {
        const act = c.inspections.at(-1);
        return act ? ct('actYes', { id: act.actId }) : ct('actNo');
      },
    },
    {
      head: '',
      cell: (c) => (
        <a href={`#/commission/case/${c.caseId}`} data-testid={`commission-case-${c.number}`}>
          {ct('openCommissionCase')}
        </a>
      ),
    },
  ];
  return (
    <section>
      <h2>{ct('casesTitle')}</h2>
      {cases.data?.length === 0 && <p className="empty">{ct('casesNone')}</p>}
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
