// The precinct commission: created by the akim's decision, its composition with
// history, the cases it holds with their due dates, and its sessions.
import { printedDate } from '@shared/forms/input';
import { CasesAtCommission } from './CasesAtCommission';
import { Composition } from './Composition';
import { CreateCommission } from './CreateCommission';
import { useCommission } from './queries';
import { Sessions } from './Sessions';
import './commission.css';
import { useLanguage } from '@renderer/i18n/language';

export function CommissionScreen() {
  const { t } = useLanguage();
  const commission = useCommission();
  if (commission.isLoading) return <div className="screen">{t('common.loading')}</div>;
  if (!commission.data) return <CreateCommission />;
  return (
    <div className="screen commission" data-testid="commission-screen">
      <h1>{t('commission.title')}</h1>
      <p className="muted">
        {t('commission.decision', { number: commission.data.decision.number, date: printedDate(commission.data.decision.date) })}
      </p>
      <Composition commission={commission.data} />
      <CasesAtCommission />
      <Sessions commission={commission.data} />
    </div>
  );
}
