// The hand-over of a result to the applicant (or whoever received it for them).
import { useState } from 'react';
import type { CaseState, CertificateAnswer } from '@shared/case';
import { ActMessages } from '@renderer/features/district/ActMessages';
import { handOver } from './commands';
import { useCaseAct } from '@renderer/features/district/useCaseAct';
import { useWriteContext } from '@renderer/features/district/use-commands';
import { useLanguage } from '@renderer/i18n/language';
import { Field } from '@renderer/ui/Field';
import { fieldProblemText } from '@renderer/ui/field-problem-text';
import { answered } from '@shared/quality';
import { recordSurvey } from '@renderer/features/quality/commands';
import { type SurveyDraft, SurveyFieldset } from '@renderer/features/quality/SurveyFieldset';

function applicantName(state: CaseState): string {
  const a = state.registered?.applicant;
  return [a?.surname, a?.name, a?.patronymic].filter(Boolean).join(' ');
}

/** Who received the result, recorded as the hand-over (with the certificate's answer, for a certificate). */
export function HandOverForm({
  state,
  result,
  certificate,
}: {
  state: CaseState;
  result: 'notification' | 'refusal' | 'certificate';
  certificate?: CertificateAnswer;
}) {
  const { lang, t } = useLanguage();
  const ctx = useWriteContext();
  const act = useCaseAct();
  const [receivedBy, setReceivedBy] = useState(applicantName(state));
  const [survey, setSurvey] = useState<SurveyDraft>({});
  return (
    <form
      className="act-form"
      onSubmit={(e) => {
        e.preventDefault();
        void act.run(async () => {
          await handOver(ctx(), state.caseId, { receivedBy, result, certificate });
          // The answers, if any, go to the unit's stream apart from the case (quality/commands.ts).
          const answers = answered(survey);
          if (answers) await recordSurvey(ctx(), state.entryId, answers);
        });
      }}
      noValidate
      data-testid="hand-over-form"
    >
      <h3>{t('handover.handOver')}</h3>
      <Field
        label={t('handover.receivedBy')}
        value={receivedBy}
        onChange={setReceivedBy}
        error={fieldProblemText(act.problems.receivedBy, t, lang)}
        hint={t('handover.receivedByHint')}
        data-testid="received-by"
      />
      <SurveyFieldset draft={survey} onChange={setSurvey} />
      <ActMessages act={act} />
      <button type="submit" className="primary" disabled={act.busy} data-testid="hand-over-submit">
        {t('handover.handOverButton')}
      </button>
    </form>
  );
}
