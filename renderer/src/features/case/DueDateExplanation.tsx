// "How the date was counted": each step's term as the act writes it, the rule
// it is counted by (Civil Code art. 171–173), its start and end, and the days
// off it skipped with their names. A <details> element: collapsible and
// opened with Enter or Space from the keyboard.
import { ACTOR_NAMES } from '@shared/i18n/domain';
import { CIVIL_CODE_TERM_RULE, COUNTING_RULE_NAMES, EXPLAIN_LABELS, skippedDayLabel } from '@shared/i18n/deadlines';
import { printedMoment } from '@shared/forms/input';
import type { CaseState } from '@shared/case';
import type { CatalogEntry } from '@shared/catalog/schema';
import type { OfficeHours } from '@shared/deadlines/office-hours';
import { useLanguage } from '@renderer/i18n/language';
import { explainCase, UNIT_TEXT } from './explain';

interface Props {
  state: CaseState;
  entry: CatalogEntry | undefined;
  /** The office's hours: a registration outside the reception window is counted from its next opening. */
  hours?: OfficeHours;
}

export function DueDateExplanation({ state, entry, hours }: Props) {
  const { t, lang, pick } = useLanguage();
  const explained = explainCase(state, entry, hours);
  if (!explained) return null;
  return (
    <details className="explain" data-testid="due-explanation">
      <summary data-testid="due-explanation-toggle">{t('case.explainTitle')}</summary>
      <p className="explain-rule" data-testid="due-explanation-rule">
        {pick(CIVIL_CODE_TERM_RULE)}
      </p>
      <p>{t('case.explainRegistered', { moment: printedMoment(explained.registeredAt) })}</p>
      {explained.termsRunFrom !== explained.registeredAt && (
        <p data-testid="due-explanation-terms-run-from">{t('intake.termsRunFrom', { moment: printedMoment(explained.termsRunFrom) })}</p>
      )}
      <ol className="explain-steps">
        {explained.steps.map((s) => (
          <li key={s.stepId} data-testid={`explain-step-${s.stepId}`}>
            <strong>{pick(s.action)}</strong> — {ACTOR_NAMES[s.actor][lang]}
            <dl>
              <dt>{EXPLAIN_LABELS.duration[lang]}</dt>
              <dd>
                {s.duration ? t(UNIT_TEXT[s.duration.unit], { amount: s.duration.amount }) : COUNTING_RULE_NAMES.noTerm[lang]}
                {!s.countsTowardTerm && ` (${EXPLAIN_LABELS.notCounted[lang]})`}
              </dd>
              {s.asWritten && (
                <>
                  <dt>{EXPLAIN_LABELS.asWritten[lang]}</dt>
                  <dd>
                    «{s.asWritten}»{s.source && <span className="mono"> [{s.source}]</span>}
                  </dd>
                </>
              )}
              <dt>{EXPLAIN_LABELS.rule[lang]}</dt>
              <dd>{COUNTING_RULE_NAMES[s.rule][lang]}</dd>
              <dt>{EXPLAIN_LABELS.start[lang]}</dt>
              <dd className="mono">{printedMoment(s.start)}</dd>
              <dt>{EXPLAIN_LABELS.end[lang]}</dt>
              <dd className="mono">{printedMoment(s.end)}</dd>
              <dt>{EXPLAIN_LABELS.skipped[lang]}</dt>
              <dd>{s.skipped.length ? s.skipped.map((d) => skippedDayLabel(d, lang)).join('; ') : EXPLAIN_LABELS.noneSkipped[lang]}</dd>
            </dl>
          </li>
        ))}
      </ol>
      <p>
        <strong>{EXPLAIN_LABELS.result[lang]}:</strong> <span className="mono">{printedMoment(explained.resultDueAt)}</span>
      </p>
      {explained.daysOff.length > 0 && (
        <>
          <h3>{t('case.explainDaysOff')}</h3>
          <ul data-testid="due-explanation-days-off">
            {explained.daysOff.map((d) => (
              <li key={d.date}>{skippedDayLabel(d, lang)}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
