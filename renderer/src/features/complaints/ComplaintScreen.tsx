// One complaint: who complained about what, when it was accepted and by whom,
// its term explained (working days, the act's line, the days off skipped), the
// timeline of its events, the talon, and the acts that follow — escalation,
// the signed answer (printed in Kazakh or Russian), its delivery. A district
// PC shows an okrug's complaint read-only: the okrug answers its own.
import type { ComplaintState } from '@shared/complaint';
import { printedDate, printedMoment } from '@shared/forms/input';
import { EVENT_NAMES } from '@shared/i18n/domain';
import { skippedDayLabel } from '@shared/i18n/deadlines';
import { useSession } from '@renderer/app/session';
import { useLanguage } from '@renderer/i18n/language';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { AnswerForm, DeliveryForm, EscalateForm } from './ComplaintActs';
import { aboutText, DELIVERY_TEXT, STATUS_TEXT } from './labels';
import { buildComplaintAnswer, buildComplaintTalon } from './print';
import { useComplaint } from './queries';
import { complaintRow } from './tables';

export function ComplaintScreen({ id }: { id: string }) {
  const { t } = useLanguage();
  const complaint = useComplaint(id);
  if (complaint.isLoading) return <div className="screen">{t('common.loading')}</div>;
  if (!complaint.data) return <div className="screen empty">{t('complaints.notFound')}</div>;
  return <ComplaintPage state={complaint.data} />;
}

function ComplaintPage({ state }: { state: ComplaintState }) {
  const { t, lang } = useLanguage();
  const { settings } = useSession();
  const row = complaintRow(state);
  const ours = state.unit.code === settings.officeCode;
  const { term } = state;
  return (
    <div className="screen" data-testid="complaint-page">
      <p className="no-print">
        <a href="#/complaints">← {t('complaints.journalTitle')}</a>
      </p>
      <h1>{t('complaints.pageTitle', { number: state.number })}</h1>
      <p data-testid="complaint-status">
        <strong>{t(STATUS_TEXT[state.status])}</strong>
        {state.overdue && <strong className="overdue-mark"> — {t('complaints.overdue')}</strong>}
        {state.answeredAt && <em> — {t(state.late ? 'complaints.late' : 'complaints.onTime')}</em>}
      </p>
      <dl className="facts">
        <dt>{t('complaints.registeredAt')}</dt>
        <dd className="mono">{printedMoment(state.registeredAt)}</dd>
        <dt>{t('complaints.acceptedBy')}</dt>
        <dd>{state.acceptedBy}</dd>
        <dt>{t('complaints.colComplainant')}</dt>
        <dd>
          {[state.complainant.name, state.complainant.iin, state.complainant.address, state.complainant.phone].filter(Boolean).join(', ')}
        </dd>
        <dt>{t('complaints.colAbout')}</dt>
        <dd>
          {state.about.kind === 'case' ? <a href={`#/case/${state.about.caseId}`}>{aboutText(t, row)}</a> : aboutText(t, row)} (
          {t(state.form === 'written' ? 'complaints.formWritten' : 'complaints.formOral').toLowerCase()})
        </dd>
        <dt>{t('complaints.subject')}</dt>
        <dd className="pre">{state.subject}</dd>
        <dt>{t('complaints.dueDate')}</dt>
        <dd data-testid="complaint-due">
          <strong className="mono">{printedDate(state.dueDate)}</strong>
          <div className="hint" data-testid="complaint-due-explained">
            {t('complaints.dueExplained', {
              days: term.workingDays,
              source: term.source,
              from: printedDate(term.from),
              due: printedDate(term.due),
            })}
          </div>
          {term.daysOff.length > 0 && (
            <div className="hint">{t('complaints.daysOff', { days: term.daysOff.map((d) => skippedDayLabel(d, lang)).join('; ') })}</div>
          )}
        </dd>
      </dl>
      <PrintButtons
        form="complaintTalon"
        title={`${t('complaints.formTalon')} ${state.number}`}
        fileName={`complaint-talon-${state.number}.pdf`}
        build={() => buildComplaintTalon(state, settings)}
        printLabel={t('complaints.printTalon')}
        testId="complaint-talon"
      />
      {state.answer && (
        <section data-testid="complaint-answer">
          <h2>{t('complaints.answerTitle')}</h2>
          <p>
            {t('complaints.answered', {
              date: printedMoment(state.answer.at),
              number: state.answer.outgoingNumber,
              name: state.answer.signedBy,
            })}{' '}
            — <strong>{t(state.answer.justified ? 'complaints.justified' : 'complaints.notJustified')}</strong>
          </p>
          <p className="pre">{state.answer.text}</p>
          {(['kk', 'ru'] as const).map((language) => (
            <div key={language} className="reprint">
              <PrintButtons
                form="complaintAnswer"
                title={`${t('complaints.formAnswer')} ${state.answer?.outgoingNumber} (${language})`}
                fileName={`complaint-answer-${state.number}-${language}.pdf`}
                build={() => buildComplaintAnswer(state, settings, language)}
                printLabel={t(language === 'kk' ? 'complaints.printAnswerKk' : 'complaints.printAnswerRu')}
                testId={`complaint-answer-${language}`}
              />
            </div>
          ))}
          {state.delivery && (
            <p data-testid="complaint-delivered">
              {t('complaints.delivered', { how: t(DELIVERY_TEXT[state.delivery.how]), date: printedDate(state.delivery.date) })}
            </p>
          )}
        </section>
      )}
      {ours && state.status === 'open' && <EscalateForm state={state} />}
      {ours && !state.answer && <AnswerForm state={state} />}
      {ours && state.status === 'answered' && <DeliveryForm state={state} />}
      <section>
        <h2>{t('case.timeline')}</h2>
        <ol className="timeline" data-testid="complaint-timeline">
          {state.events.map((e) => (
            <li key={e.id}>
              <span className="mono">{printedMoment(e.at)}</span> — {EVENT_NAMES[e.type][lang]} —{' '}
              <em>{t('case.eventBy', { name: e.actor.name })}</em>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
