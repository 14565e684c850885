// One case: its steps with due moments, the timeline of who did what, the next
// action, attachments, and duplicates of its printed forms.
import { useEffect, useState } from 'react';
import { ACTOR_NAMES, EVENT_NAMES, FORM_NAMES, MILESTONE_NAMES, STATUS_NAMES } from '@shared/i18n/domain';
import type { FormKind } from '@shared/host/bridge';
import { caseShortCode } from '@shared/case';
import { printedDate, printedMoment } from '@shared/forms/input';
import type { AttachmentProblem } from '@renderer/db/attachments';
import type { AttachmentRow } from '@renderer/db/schema';
import { reportStorageError } from '@renderer/db/storage-problem';
import { useSession } from '@renderer/app/session';
import { attachToCase, recordReprint } from './commands';
import { currentCase, useCase, useCaseAttachments } from './queries';
import { caseEntry } from '@renderer/catalog/catalog';
import { useLanguage } from '@renderer/i18n/language';
import { buildCaseForm, formsOf, type CaseForm } from '@renderer/print/lazy';
import { writeErrorText } from '@renderer/ui/problems';
import { PrintButtons } from '@renderer/print/PrintButtons';
import { CommissionCaseActions } from '@renderer/features/commission/CommissionCaseActions';
import { CaseReturnPath } from '@renderer/features/handover/HandOverActions';
import type { TextKey } from '@renderer/texts';
import { DueDateExplanation } from './DueDateExplanation';
import { ownNextStepText, stepLabel } from './step-label';
import { deviceKindOf } from '@renderer/features/district/device';

const FORM_TEXT: Record<CaseForm, TextKey> = { talon: 'common.talon', consent: 'common.consent', refusalReceipt: 'common.refusalReceipt' };
const ATTACH_TEXT: Record<AttachmentProblem, TextKey> = {
  type: 'case.attachType',
  empty: 'case.attachEmpty',
  tooLarge: 'case.attachTooLarge',
};

export function CaseScreen({ caseId }: { caseId: string }) {
  const i18n = useLanguage();
  const { t, lang, pick } = i18n;
  const session = useSession();
  const state = useCase(caseId);
  const attachments = useCaseAttachments(caseId);
  const [message, setMessage] = useState<{ added: string } | { problem: AttachmentProblem } | { failure: unknown } | null>(null);

  if (state.isLoading) return <div className="screen">{t('common.loading')}</div>;
  const c = state.data;
  if (!c) return <div className="screen">{t('common.caseNotFound')}</div>;
  const entry = caseEntry(c);
  const applicant = c.registered?.applicant ?? c.refusal?.applicant;
  const ownNext = ownNextStepText(c.status, deviceKindOf(session.settings));
  const handOverDue = c.steps.find((s) => s.milestone === 'handOver')?.due;

  async function addFiles(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      try {
        await attachToCase(session, caseId, file);
        setMessage({ added: file.name });
      } catch (error) {
        const problem = (error as { problem?: AttachmentProblem }).problem;
        if (!problem) reportStorageError(error);
        setMessage(problem ? { problem } : { failure: error });
      }
    }
  }

  return (
    <div className="screen case">
      <h1>{t('case.title', { number: c.number })}</h1>
      <dl className="facts">
        <dt>{t('common.status')}</dt>
        <dd data-testid="case-status">{STATUS_NAMES[c.status][lang]}</dd>
        <dt>{t('case.shortCode')}</dt>
        <dd className="mono">{caseShortCode(c.caseId)}</dd>
        <dt>{t('common.service')}</dt>
        <dd>{entry ? pick(entry.title) : c.entryId}</dd>
        <dt>{t('common.applicant')}</dt>
        <dd>
          {[applicant?.surname, applicant?.name, applicant?.patronymic].filter(Boolean).join(' ')}{' '}
          <span className="mono">{applicant?.iin}</span>
        </dd>
        {c.resultDate && (
          <>
            <dt>{t('common.resultDate')}</dt>
            <dd data-testid="case-result-date">{printedDate(c.resultDate)}</dd>
          </>
        )}
        <dt>{t('case.nextAction')}</dt>
        <dd className={!ownNext && c.nextStep?.overdue ? 'overdue' : undefined} data-testid="case-next-action">
          {ownNext
            ? `${t(ownNext)}${handOverDue ? ` — ${t('case.dueBy', { date: printedMoment(handOverDue) })}` : ''}`
            : c.nextStep?.milestone
              ? `${MILESTONE_NAMES[c.nextStep.milestone][lang]} — ${t('case.dueBy', { date: printedMoment(c.nextStep.due) })}${c.nextStep.overdue ? ` (${t('common.overdue')})` : ''}`
              : t('case.nextActionNone')}
        </dd>
      </dl>
      {c.rejected.length > 0 && <div className="banner warn">{t('case.rejectedEvents', { count: c.rejected.length })}</div>}
      <CommissionCaseActions state={c} />

      {c.steps.length > 0 && (
        <section>
          <h2>{t('case.steps')}</h2>
          <table className="steps">
            <tbody>
              {c.steps.map((s, i) => {
                // Steps without a milestone (the applicant's submission, the district's hand-offs) pass with the next done step.
                const passed = !s.milestone && c.steps.slice(i + 1).some((later) => later.doneAt);
                const action = entry?.channels.find((ch) => ch.channel === 'akim')?.steps.find((step) => step.id === s.stepId)?.action;
                return (
                  <tr key={s.stepId} className={s.overdue ? 'overdue' : s.doneAt || passed ? 'done' : undefined}>
                    <td>{stepLabel(s, action, lang)}</td>
                    <td>{ACTOR_NAMES[s.actor][lang]}</td>
                    <td className="mono">{t('case.dueBy', { date: printedMoment(s.due) })}</td>
                    <td>
                      {s.doneAt
                        ? t('case.stepDone', { date: printedMoment(s.doneAt) }) + (s.late ? ` (${t('case.late')})` : '')
                        : passed
                          ? '—'
                          : s.overdue
                            ? t('common.overdue')
                            : t('case.stepPending')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <DueDateExplanation state={c} entry={entry} hours={session.settings.hours} />
        </section>
      )}

      <CaseReturnPath state={c} />

      <section>
        <h2>{t('case.timeline')}</h2>
        <ol className="timeline">
          {c.events.map((e) => (
            <li key={e.id}>
              <span className="mono">{printedMoment(e.at)}</span> — {EVENT_NAMES[e.type][lang]}
              {e.type === 'formReprinted' &&
                ` (${e.payload.form in FORM_NAMES ? FORM_NAMES[e.payload.form as FormKind][lang] : t('case.reprint')})`}
              {e.type === 'attachmentAdded' && ` (${e.payload.name})`} — <em>{t('case.eventBy', { name: e.actor.name })}</em>
            </li>
          ))}
        </ol>
      </section>

      <section>
        <h2>{t('case.reprint')}</h2>
        {formsOf(c).map((form) => (
          <div key={form} className="reprint">
            <strong>{t(FORM_TEXT[form])}</strong>
            <PrintButtons
              form={form}
              testId={`reprint-${form}`}
              title={`${c.number} ${t(FORM_TEXT[form])}`}
              fileName={`${form}-${c.number}-duplicate.pdf`}
              before={() => recordReprint(session, caseId, form)}
              build={async () => buildCaseForm(form, (await currentCase(caseId))!, session.settings, true)}
            />
          </div>
        ))}
      </section>

      <section>
        <h2>{t('case.attachments')}</h2>
        <label className="file-button">
          {t('case.attachAdd')}
          <input
            type="file"
            multiple
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => {
              void addFiles(e.target.files);
              e.target.value = '';
            }}
            data-testid="attach-input"
          />
        </label>
        {message && (
          <div className={`banner ${'added' in message ? 'ok' : 'error'}`} data-testid="attach-message">
            {'added' in message
              ? t('case.attachAdded', { name: message.added })
              : 'problem' in message
                ? t(ATTACH_TEXT[message.problem])
                : writeErrorText(message.failure, i18n)}
          </div>
        )}
        {attachments.data?.length === 0 && <p className="empty">{t('case.attachNone')}</p>}
        <ul className="thumbs">
          {attachments.data?.map((a) => (
            <Thumb key={a.id} attachment={a} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function Thumb({ attachment }: { attachment: AttachmentRow }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const blob = attachment.thumb ?? (attachment.mime === 'application/pdf' ? null : attachment.blob);
    if (!blob) return;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [attachment]);
  const open = () => window.open(URL.createObjectURL(attachment.blob), '_blank', 'noopener');
  return (
    <li>
      <button type="button" onClick={open} title={attachment.name}>
        {url ? <img src={url} alt={attachment.name} /> : <span className="pdf-icon">PDF</span>}
        <span className="thumb-name">{attachment.name}</span>
      </button>
    </li>
  );
}
