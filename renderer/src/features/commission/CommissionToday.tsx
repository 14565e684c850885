// On Today: cases waiting to be sent to the commission (sent in bulk) and cases
// whose commission step is overdue.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Dexie from 'dexie';
import { useState } from 'react';
import { MILESTONE_NAMES } from '@shared/i18n/domain';
import type { Milestone } from '@shared/catalog/schema';
import { printedMoment } from '@shared/forms/input';
import { db } from '@renderer/db/database';
import { useSession } from '@renderer/app/session';
import { writeContextOf } from '@renderer/app/write-context';
import { navigate } from '@renderer/app/router';
import { localMoment } from '@renderer/db/clock';
import type { CaseSummary } from '@renderer/db/schema';
import { sendToCommission } from './store';
import { useCommissionText } from './text';
import { useCommission } from './CommissionScreen';
import './commission.css';

const LIMIT = 50;
const COMMISSION_STEPS = new Set(['sendToCommission', 'commissionConclusion']);

async function commissionLists(now: string): Promise<{ waiting: CaseSummary[]; overdue: CaseSummary[] }> {
  const byStatus = (status: string) => db.cases.where('[status+openDue]').between([status, Dexie.minKey], [status, Dexie.maxKey]);
  const [waiting, overdue] = await Promise.all([
    byStatus('registered')
      .filter((c) => c.nextMilestone === 'sendToCommission' || c.nextMilestone === 'commissionConclusion')
      .limit(LIMIT)
      .toArray(),
    db.cases
      .where('openDue')
      .below(now)
      .filter((c) => COMMISSION_STEPS.has(c.nextMilestone ?? ''))
      .limit(LIMIT)
      .toArray(),
  ]);
  return { waiting, overdue };
}

export function CommissionToday() {
  const { ct, lang } = useCommissionText();
  const session = useSession();
  const queryClient = useQueryClient();
  const commission = useCommission();
  const now = localMoment();
  const lists = useQuery({ queryKey: ['cases', 'commission-today', now], queryFn: () => commissionLists(now) });
  const [chosen, setChosen] = useState<string[]>([]);
  const [result, setResult] = useState<{ sent: number; refused: number } | null>(null);
  if (!lists.data) return null;
  const open = (c: CaseSummary) => navigate({ screen: 'case', caseId: c.id });

  async function sendChosen() {
    if (!commission.data || chosen.length === 0) return;
    const outcome = await sendToCommission(writeContextOf(session), chosen, commission.data.id);
    setResult({ sent: outcome.sent.length, refused: outcome.refused.length });
    setChosen([]);
    await queryClient.invalidateQueries({ queryKey: ['cases'] });
  }

  return (
    <div className="commission">
      <section id="today-commission-waiting" data-testid="today-commission-waiting">
        <h2>
          {ct('bulkTitle')} <span className="badge">{lists.data.waiting.length}</span>
        </h2>
        {lists.data.waiting.length === 0 ? (
          <p className="empty">{ct('bulkNone')}</p>
        ) : (
          <table className="grid">
            <tbody>
              {lists.data.waiting.map((c) => (
                <tr key={c.id} className={c.openDue && c.openDue < now ? 'overdue' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${ct('select')} ${c.number}`}
                      checked={chosen.includes(c.id)}
                      onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
                      data-testid={`bulk-${c.number}`}
                    />
                  </td>
                  <td className="mono">
                    <a href={`#/case/${c.id}`}>{c.number}</a>
                  </td>
                  <td>{c.fullName}</td>
                  <td className="mono">{c.openDue ? ct('dueWas', { date: printedMoment(c.openDue) }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {lists.data.waiting.length > 0 &&
          (commission.data ? (
            <button
              type="button"
              className="primary"
              disabled={chosen.length === 0}
              onClick={() => void sendChosen()}
              data-testid="bulk-send"
            >
              {ct('bulkSend', { count: chosen.length })}
            </button>
          ) : (
            <p className="msg hint">{ct('sendNoCommission')}</p>
          ))}
        {result && (
          <div className="banner ok" data-testid="bulk-result">
            {ct('bulkSent', { sent: result.sent, refused: result.refused })}
          </div>
        )}
      </section>
      <section id="today-commission-overdue" data-testid="today-commission-overdue">
        <h2>
          {ct('overdueTitle')} <span className="badge">{lists.data.overdue.length}</span>
        </h2>
        {lists.data.overdue.length === 0 ? (
          <p className="empty">{ct('overdueNone')}</p>
        ) : (
          <table className="grid">
            <tbody>
              {lists.data.overdue.map((c) => (
                <tr key={c.id} className="overdue" tabIndex={0} onClick={() => open(c)} onKeyDown={(e) => e.key === 'Enter' && open(c)}>
                  <td className="mono">{c.number}</td>
                  <td>{c.fullName}</td>
                  <td>{c.nextMilestone ? MILESTONE_NAMES[c.nextMilestone as Milestone][lang] : ''}</td>
                  <td className="mono">{c.openDue ? ct('dueWas', { date: printedMoment(c.openDue) }) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
