// One session of the commission: date, place, who is present (with the quorum
// and its reason when missing), the cases on the agenda, agenda and protocol.
import { useEffect, useState } from 'react';
import { membersOn } from '@shared/commission/commission';
import { MEMBER_ROLE_NAMES, QUORUM_FAILURE_NAMES } from '@shared/i18n/commission';
import { CONCLUSION_NAMES } from '@shared/i18n/commission-act';
import { isIsoDate } from '@shared/calendar/dates';
import { printedMoment } from '@shared/forms/input';
import type { ConclusionKind } from '@shared/commission/act';
import type { CaseState } from '@shared/case';
import { useSession } from '@renderer/app/session';
import { localMoment } from '@renderer/db/clock';
import { CaseRows, type CaseColumn } from '@renderer/ui/CaseTable';
import { Field, Check } from '@renderer/ui/Field';
import { writeErrorText } from '@renderer/ui/problems';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { SessionLocked } from './commands';
import { applicantName, sessionQuorum } from './model';
import { printAgenda, printProtocol } from './print';
import { savedSessionForPrint, useCommission, useSessionCases, useStoredSession } from './queries';
import type { SessionRow } from './tables';
import { useCommissionText } from './text';
import { useCommissionCommands } from './use-commands';
import './commission.css';

const conclusionStep = (s: CaseState) => s.steps.find((st) => st.milestone === 'commissionConclusion');

export function CommissionSessionScreen({ sessionId }: { sessionId: string }) {
  const i18n = useCommissionText();
  const { ct, t, lang, pick } = i18n;
  const { settings } = useSession();
  const commands = useCommissionCommands();
  const commission = useCommission();
  const now = localMoment();
  const stored = useStoredSession(sessionId);
  const [draft, setDraft] = useState<SessionRow | null>(null);
  const [message, setMessage] = useState<'saved' | { failure: unknown } | null>(null);
  useEffect(() => {
    if (stored.data && !draft) setDraft(stored.data);
  }, [stored.data, draft]);
  const cases = useSessionCases(sessionId, draft, now);

  if (stored.isLoading || commission.isLoading) return <div className="screen">{t('loading')}</div>;
  if (!stored.data || !commission.data || !draft) return <div className="screen">{t('caseNotFound')}</div>;
  const c = commission.data;
  const serving = isIsoDate(draft.date) ? membersOn(c, draft.date) : [];
  const quorum = sessionQuorum(c, { date: draft.date, presentIds: draft.presentIds.filter((id) => serving.some((m) => m.id === id)) });
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

  async function save() {
    if (!draft || !isIsoDate(draft.date) || !draft.place.trim()) return;
    try {
      const presentIds = draft.presentIds.filter((id) => serving.some((m) => m.id === id));
      const next = await commands.updateSession(sessionId, { date: draft.date, place: draft.place, presentIds, caseIds: draft.caseIds });
      setDraft(next);
      setMessage('saved');
    } catch (error) {
      setMessage({ failure: error });
    }
  }
  const saved = stored.data;
  const loadSaved = () => savedSessionForPrint(sessionId, now);
  const agendaColumns: CaseColumn<CaseState>[] = [
    {
      head: '',
      cell: (s) => (
        <input
          type="checkbox"
          aria-label={s.number}
          checked={draft.caseIds.includes(s.caseId)}
          onChange={(e) => setDraft({ ...draft, caseIds: toggle(draft.caseIds, s.caseId, e.target.checked) })}
          data-testid={`agenda-${s.number}`}
        />
      ),
    },
    { head: ct('colCase'), className: 'mono', cell: (s) => s.number },
    { head: ct('colApplicant'), cell: applicantName },
    {
      head: ct('colDue'),
      className: 'mono',
      cell: (s) => {
        const step = conclusionStep(s);
        return step ? printedMoment(step.due) : '—';
      },
    },
    {
      head: ct('colConclusion'),
      cell: (s) => {
        const concluded = s.conclusion as { conclusion: ConclusionKind; sessionId?: string } | undefined;
        return concluded ? pick(CONCLUSION_NAMES[concluded.conclusion]) : '—';
      },
    },
    {
      head: '',
      cell: (s) =>
        saved.caseIds.includes(s.caseId) && (
          <a href={`#/commission/case/${s.caseId}`} data-testid={`session-case-${s.number}`}>
            {ct('openCommissionCase')}
          </a>
        ),
    },
  ];

  return (
    <div className="screen commission" data-testid="session-screen">
      <h1>{ct('sessionTitle', { number: saved.number })}</h1>
      <div className="row">
        <Field
          label={ct('sessionDate')}
          type="date"
          value={draft.date}
          onChange={(date) => setDraft({ ...draft, date })}
          error={!isIsoDate(draft.date) ? ct('badDate') : null}
        />
        <Field
          label={ct('sessionPlace')}
          value={draft.place}
          onChange={(place) => setDraft({ ...draft, place })}
          error={!draft.place.trim() ? ct('required') : null}
        />
      </div>

      <h2>{ct('present')}</h2>
      <div className="checks" data-testid="present">
        {serving.map((m) => (
          <Check
            key={m.id}
            label={`${m.fullName} — ${MEMBER_ROLE_NAMES[m.role][lang]}`}
            checked={draft.presentIds.includes(m.id)}
            onChange={(on) => setDraft({ ...draft, presentIds: toggle(draft.presentIds, m.id, on) })}
            testId={`present-${m.fullName}`}
          />
        ))}
      </div>
      <div className={`quorum ${quorum.ok ? 'ok' : 'bad'}`} data-testid="quorum" role="status">
        {quorum.ok
          ? ct('quorumOk', { present: quorum.present, serving: quorum.serving })
          : ct('quorumFailed', { reason: QUORUM_FAILURE_NAMES[quorum.reason][lang], present: quorum.present, needed: quorum.needed })}
      </div>

      <h2>{ct('agenda')}</h2>
      <p className="muted">{ct('agendaHint')}</p>
      <CaseRows
        rows={cases.data?.candidates ?? []}
        columns={agendaColumns}
        caseIdOf={(s) => s.caseId}
        overdue={(s) => !!conclusionStep(s)?.overdue}
        className="grid"
        testId="agenda"
      />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void save()} data-testid="session-save">
          {ct('saveSession')}
        </button>
      </div>
      {message && (
        <div className={`banner ${message === 'saved' ? 'ok' : 'error'}`} data-testid="session-message">
          {message === 'saved'
            ? ct('sessionSaved')
            : message.failure instanceof SessionLocked
              ? ct('sessionLocked')
              : writeErrorText(message.failure, i18n)}
        </div>
      )}
      <div className="reprint">
        <strong>{ct('printAgenda')}</strong>
        <PrintButtons
          form="agenda"
          testId="print-agenda"
          title={ct('printAgenda')}
          fileName={`agenda-${saved.number}.pdf`}
          build={async () => {
            const { row, states } = await loadSaved();
            return printAgenda(row, c, states, settings);
          }}
        />
      </div>
      <div className="reprint">
        <strong>{ct('printProtocol')}</strong>
        <PrintButtons
          form="protocol"
          testId="print-protocol"
          title={ct('printProtocol')}
          fileName={`protocol-${saved.number}.pdf`}
          build={async () => {
            const { row, states } = await loadSaved();
            return printProtocol(row, c, states, settings);
          }}
        />
      </div>
    </div>
  );
}
