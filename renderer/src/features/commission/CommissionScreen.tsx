// The precinct commission: created by the akim's decision, its composition with
// history, the cases it holds with their due dates, and its sessions.
import { printedDate } from '@shared/forms/input';
import { CasesAtCommission } from './CasesAtCommission';
import { Composition } from './Composition';
import { CreateCommission } from './CreateCommission';
import { useCommission } from './queries';
import { Sessions } from './Sessions';
import { useCommissionText } from './text';
import './commission.css';

export function CommissionScreen() {
  const { ct, t } = useCommissionText();
  const commission = useCommission();
  if (commission.isLoading) return <div className="screen">{t('loading')}</div>;
  if (!commission.data) return <CreateCommission />;
  return (
    <div className="screen commission" data-testid="commission-screen">
      <h1>{ct('title')}</h1>
      <p className="muted">
        {ct('decision', { number: commission.data.decision.number, date: printedDate(commission.data.decision.date) })}
      </p>
      <Composition commission={commission.data} />
      <CasesAtCommission />
      <Sessions commission={commission.data} />
    </div>
  );
}
