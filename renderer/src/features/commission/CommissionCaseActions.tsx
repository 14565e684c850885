// On the case page: send a case to the commission (services whose akim channel
// has that step), or open its act and conclusion once it is there.
import { useState } from 'react';
import { usesCommission } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { writeErrorText } from '@renderer/ui/problems';
import { useCommission } from './queries';
import { useCommissionCommands } from './use-commands';
import { useLanguage } from '@renderer/i18n/language';

export function CommissionCaseActions({ state }: { state: CaseState }) {
  const i18n = useLanguage();
  const { t } = i18n;
  const commands = useCommissionCommands();
  const commission = useCommission();
  const [message, setMessage] = useState<'sent' | { failure: unknown } | null>(null);
  const entry = findCatalogEntry(state.entryId);
  if (!entry || !usesCommission(entry, state.registered?.branch)) return null;

  if (state.status === 'atCommission' || state.status === 'commissionConcluded' || state.inspections.length > 0) {
    return (
      <p>
        <a href={`#/commission/case/${state.caseId}`} data-testid="open-commission-case">
          {t('commission.openCommissionCase')}
        </a>
        {message === 'sent' && (
          <span className="msg hint" data-testid="send-message">
            {' '}
            {t('commission.sendDone')}
          </span>
        )}
      </p>
    );
  }
  if (state.status !== 'registered' && state.status !== 'returnedForRework') return null;

  async function send() {
    if (!commission.data) return;
    const outcome = await commands.sendToCommission([state.caseId], commission.data.id);
    setMessage(outcome.sent.length ? 'sent' : { failure: outcome.refused[0].error });
  }

  return (
    <div className="actions">
      {commission.data ? (
        <button type="button" className="primary" onClick={() => void send()} data-testid="send-to-commission">
          {t('commission.sendToCommission')}
        </button>
      ) : (
        !commission.isLoading && <span className="msg hint">{t('commission.sendNoCommission')}</span>
      )}
      {message && (
        <span className={`msg ${message === 'sent' ? 'hint' : 'error'}`} data-testid="send-message">
          {message === 'sent' ? t('commission.sendDone') : writeErrorText(message.failure, i18n)}
        </span>
      )}
    </div>
  );
}
