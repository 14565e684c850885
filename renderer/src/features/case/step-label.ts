// How a step of a case reads on screen: the act's words start in lower case
// ("өтініш берушінің құжаттарды тапсыруы"), a table row starts with a capital;
// and a decision that has arrived at the akimat is the akimat's to register and
// hand over, not the district's "send the result to the akim".
import type { CaseStatus } from '@shared/case';
import type { Milestone } from '@shared/catalog/schema';
import { MILESTONE_NAMES } from '@shared/i18n/domain';
import type { Language } from '@shared/i18n/translate';
import type { TextKey } from '@renderer/texts';

const LOCALE: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

/** The text with its first letter capitalised, the rest as the act writes it. */
export function capitalised(text: string, lang: Language): string {
  const trimmed = text.trimStart();
  const first = trimmed.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase(LOCALE[lang]) + trimmed.slice(letter.length);
}

/** A row of the case's step list: the milestone's name, else the act's words (capitalised), else the step's id. */
export function stepLabel(
  step: { milestone?: Milestone; stepId: string },
  action: { kk: string; ru: string } | undefined,
  lang: Language,
): string {
  if (step.milestone) return MILESTONE_NAMES[step.milestone][lang];
  return action ? capitalised(action[lang], lang) : step.stepId;
}

/** Where this PC's next step differs from the procedure's next milestone, the text that says it. */
export function ownNextStepText(status: CaseStatus, device: 'akimat' | 'district'): TextKey | null {
  return device === 'akimat' && status === 'decided' ? 'case.nextResultArrived' : null;
}
