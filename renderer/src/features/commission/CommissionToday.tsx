// On Today: cases waiting to be sent to the commission (sent in bulk) and cases
// whose commission step is overdue, as Today's sections (null while loading).
import { useState } from 'react';
import { MILESTONE_NAMES } from '@shared/i18n/domain';
import type { Milestone } from '@shared/catalog/schema';
import { printedMoment } from '@shared/forms/input';
import { localMoment } from '@renderer/db/clock';
import type { CaseSummary } from '@renderer/db/schema';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { openCase } from '@renderer/ui/open-case';
import { useCommission, useCommissionToday } from './queries';
import { SendAgenda } from './SendAgenda';
import { useCommissionCommands } from './use-commands';
import './commission.css';
import type { TodaySection } from '@renderer/features/today/sections';
import { useLanguage } from '@renderer/i18n/language';

export function useCommissionTodaySections(): TodaySection[] | null {
  const { t, lang } = useLanguage();
  const commands = useCommissionCommands();
  const commission = useCommission();
  const now = localMoment();
  const lists = useCommissionToday(now);
  const [chosen, setChosen] = useState<string[]>([]);
  const [result, setResult] = useState<{ sent: string[]; refused: number } | null>(null);
  if (!lists.data) return null;
  const due: CaseColumn<CaseSummary> = {
    head: '',
    className: 'mono',
    cell: (c) => (c.openDue ? t('commission.dueWas', { date: printedMoment(c.openDue) }) : ''),
  };
  const waitingColumns: CaseColumn<CaseSummary>[] = [
    {
      head: '',
      cell: (c) => (
        <input
          type="checkbox"
          aria-label={`${t('commission.select')} ${c.number}`}
          checked={chosen.includes(c.id)}
          onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
          data-testid={`bulk-${c.number}`}
        />
      ),
    },
    { head: '', className: 'mono', cell: (c) => <a href={`#/case/${c.id}`}>{c.number}</a> },
    { head: '', cell: (c) => c.fullName },
    due,
  ];
  const overdueColumns: CaseColumn<CaseSummary>[] = [
    { head: '', className: 'mono', cell: (c) => c.number },
    { head: '', cell: (c) => c.fullName },
    { head: '', cell: (c) => (c.nextMilestone ? MILESTONE_NAMES[c.nextMilestone as Milestone][lang] : '') },
    due,
  ];

  async function sendChosen() {
    if (!commission.data || chosen.length === 0) return;
    const outcome = await commands.sendToCommission(chosen, commission.data.id);
    setResult({ sent: outcome.sent, refused: outcome.refused.length });
    setChosen([]);
  }

  const { waiting, overdue } = lists.data;
  return [
    {
      key: 'commission-waiting',
      title: t('commission.bulkTitle'),
      count: waiting.length,
      pinned: result !== null,
      body: (
        <div className="commission">
          {waiting.length === 0 ? (
            <p className="empty">{t('commission.bulkNone')}</p>
          ) : (
            <CaseRows
              rows={waiting}
              columns={waitingColumns}
              caseIdOf={(c) => c.id}
              overdue={(c) => !!c.openDue && c.openDue < now}
              className="grid"
              header={false}
            />
          )}
          {waiting.length > 0 &&
            (commission.data ? (
              <button
                type="button"
                className="primary"
                disabled={chosen.length === 0}
                onClick={() => void sendChosen()}
                data-testid="bulk-send"
              >
                {t('commission.bulkSend', { count: chosen.length })}
              </button>
            ) : (
              <p className="msg hint">{t('commission.sendNoCommission')}</p>
            ))}
          {result && (
            <div className="banner ok" data-testid="bulk-result">
              {t('commission.bulkSent', { sent: result.sent.length, refused: result.refused })}
            </div>
          )}
          {result && result.sent.length > 0 && commission.data && <SendAgenda commission={commission.data} caseIds={result.sent} />}
        </div>
      ),
    },
    {
      key: 'commission-overdue',
      title: t('commission.overdueTitle'),
      count: overdue.length,
      body: (
        <div className="commission">
          <CaseRows
            rows={overdue}
            columns={overdueColumns}
            caseIdOf={(c) => c.id}
            open={(c) => openCase(c.id)}
            overdue={() => true}
            className="grid"
            header={false}
          />
        </div>
      ),
    },
  ];
}
