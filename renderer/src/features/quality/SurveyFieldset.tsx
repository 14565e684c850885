// The short survey beside the hand-over: each question may stay "not asked"; with
// none answered the survey is skipped and nothing is recorded.
import { SURVEY_CHOICES, SURVEY_QUESTIONS, type SurveyQuestion } from '@shared/quality';
import { useLanguage } from '@renderer/i18n/language';
import type { TextKey } from '@renderer/texts';
import './quality.css';

export type SurveyDraft = Partial<Record<SurveyQuestion, string>>;

const QUESTION_TEXT: Record<SurveyQuestion, TextKey> = {
  process: 'quality.surveyProcess',
  information: 'quality.surveyInformation',
  courtesy: 'quality.surveyCourtesy',
  wait: 'quality.surveyWait',
  complaintProcedure: 'quality.surveyComplaintProcedure',
  complaintTerm: 'quality.surveyComplaintTerm',
};

const ANSWER_TEXT: Record<string, TextKey> = {
  yes: 'quality.answerYes',
  no: 'quality.answerNo',
  upTo40: 'quality.answerUpTo40',
  over40: 'quality.answerOver40',
  didNotComplain: 'quality.answerDidNotComplain',
};

export function SurveyFieldset({ draft, onChange }: { draft: SurveyDraft; onChange(next: SurveyDraft): void }) {
  const { t } = useLanguage();
  return (
    <fieldset className="survey" data-testid="survey">
      <legend>{t('quality.surveyTitle')}</legend>
      <p className="hint">{t('quality.surveyHint')}</p>
      {SURVEY_QUESTIONS.map((q) => (
        <label key={q} className="survey-question">
          <span>{t(QUESTION_TEXT[q])}</span>
          <select value={draft[q] ?? ''} onChange={(e) => onChange({ ...draft, [q]: e.target.value })} data-testid={`survey-${q}`}>
            <option value="">{t('quality.answerNotAsked')}</option>
            {SURVEY_CHOICES[q].map((choice) => (
              <option key={choice} value={choice}>
                {t(ANSWER_TEXT[choice])}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
