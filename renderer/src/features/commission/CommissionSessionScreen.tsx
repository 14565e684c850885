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
import { useCommissionCommands } from './use-commands';
import './commission.css';
import { useLanguage } from '@renderer/i18n/language';
import { DateField } from '@renderer/ui/DateField';

const conclusionStep = (s: CaseState) => s.steps.find((st) => st.milestone === 'commissionConclusion');

export function CommissionSessionScreen({ sessionId }: { sessionId: string }) {
  const i18n = useLanguage();
  const { t, lang, pick } = i18n;
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

  if (stored.isLoading || commission.isLoading) return <div className="screen">{t('common.loading')}</div>;
  if (!stored.data || !commission.data || !draft) return <div className="screen">{t('common.caseNotFound')}</div>;
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
    { head: t('commission.colCase'), className: 'mono', cell: (s) => s.number },
    { head: t('common.applicant'), cell: applicantName },
    {
      head: t('commission.colDue'),
      className: 'mono',
      cell: (s) => {
        const step = conclusionStep(s);
        return step ? printedMoment(step.due) : '—';
      },
    },
    {
      head: t('commission.conclusion'),
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
            {t('commission.openCommissionCase')}
          </a>
        ),
    },
  ];

  return (
    <div className="screen commission" data-testid="session-screen">
      <h1>{t('commission.sessionTitle', { number: saved.number })}</h1>
      <div className="row">
        <DateField
          label={t('commission.sessionDate')}
          value={draft.date}
          onChange={(date) => setDraft({ ...draft, date })}
          error={!isIsoDate(draft.date) ? t('commission.badDate') : null}
        />
        <Field
          label={t('commission.sessionPlace')}
          value={draft.place}
          onChange={(place) => setDraft({ ...draft, place })}
          error={!draft.place.trim() ? t('common.required') : null}
        />
      </div>

      <h2>{t('commission.present')}</h2>
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
          ? t('commission.quorumOk', { present: quorum.present, serving: quorum.serving })
          : t('commission.quorumFailed', {
              reason: QUORUM_FAILURE_NAMES[quorum.reason][lang],
              present: quorum.present,
              needed: quorum.needed,
            })}
      </div>

      <h2>{t('common.agenda')}</h2>
      <p className="muted">{t('commission.agendaHint')}</p>
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
          {t('commission.saveSession')}
        </button>
      </div>
      {message && (
        <div className={`banner ${message === 'saved' ? 'ok' : 'error'}`} data-testid="session-message">
          {message === 'saved'
            ? t('commission.sessionSaved')
            : message.failure instanceof SessionLocked
              ? t('commission.sessionLocked')
              : writeErrorText(message.failure, i18n)}
        </div>
      )}
      {(
        [
          ['agenda', t('common.agenda'), printAgenda],
          ['protocol', t('commission.printProtocol'), printProtocol],
        ] as const
      ).map(([form, title, print]) => (
        <div className="reprint" key={form}>
          <strong>{title}</strong>
          <PrintButtons
            form={form}
            testId={`print-${form}`}
            title={title}
            fileName={`${form}-${saved.number}.pdf`}
            build={async () => {
              const { row, states } = await loadSaved();
              return print(row, c, states, settings);
            }}
          />
        </div>
      ))}
    </div>
  );
}
