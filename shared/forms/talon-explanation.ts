// The talon duplicate's second page: how the result date was reached — the
// Civil Code rule, each step's term as the act writes it, its counting rule,
// start and end, and the days off it skipped, by name. Pure: drawn from an
// explanation already computed (shared/deadlines/explain.ts).
import type { ExplainedStep, SkippedDay } from '../deadlines/explain';
import { CIVIL_CODE_TERM_RULE, COUNTING_RULE_NAMES, EXPLAIN_LABELS, skippedDayLabel } from '../i18n/deadlines';
import type { Language } from '../i18n/translate';
import { printedMoment } from './input';
import type { FormWriter } from './layout';

export interface TalonExplanation {
  /** The moment the terms run from (the registration, or the reception window's next opening). */
  termsRunFrom: string;
  steps: ExplainedStep[];
  resultDueAt: string;
  daysOff: SkippedDay[];
}

const TITLE = { kk: 'Нәтиже беру күні қалай есептелді', ru: 'Как исчислена дата выдачи результата' };
const UNITS: Record<string, { kk: string; ru: string }> = {
  minutes: { kk: 'минут', ru: 'мин.' },
  hours: { kk: 'сағат', ru: 'ч.' },
  workingDays: { kk: 'жұмыс күні', ru: 'раб. дн.' },
  calendarDays: { kk: 'күнтізбелік күн', ru: 'кал. дн.' },
};

export function drawTalonExplanation(w: FormWriter, languages: Language[], e: TalonExplanation): void {
  const both = (text: { kk: string; ru: string }) => languages.map((l) => text[l]).join(' / ');
  w.text(both(TITLE), { size: 11, bold: true });
  w.gap(3);
  for (const l of languages) w.text(CIVIL_CODE_TERM_RULE[l], { size: 7.5 });
  w.gap(3);
  e.steps.forEach((s, i) => {
    w.ensureSpace(60);
    w.text(`${i + 1}. ${languages.map((l) => s.action[l]).join(' / ')}`, { size: 8.5, bold: true });
    const term = s.duration
      ? languages.map((l) => `${s.duration!.amount} ${UNITS[s.duration!.unit][l]}`).join(' / ')
      : both(COUNTING_RULE_NAMES.noTerm);
    const notCounted = s.countsTowardTerm ? '' : ` (${both(EXPLAIN_LABELS.notCounted)})`;
    w.field(both(EXPLAIN_LABELS.duration), `${term}${notCounted}`, { size: 7.5, indent: 8 });
    if (s.asWritten)
      w.field(both(EXPLAIN_LABELS.asWritten), `«${s.asWritten}»${s.source ? ` [${s.source}]` : ''}`, { size: 7.5, indent: 8 });
    w.field(
      both(EXPLAIN_LABELS.rule),
      languages.map((l) => COUNTING_RULE_NAMES[s.rule][l]),
      { size: 7.5, indent: 8 },
    );
    w.field(`${both(EXPLAIN_LABELS.start)} — ${both(EXPLAIN_LABELS.end)}`, `${printedMoment(s.start)} — ${printedMoment(s.end)}`, {
      size: 7.5,
      indent: 8,
    });
    const skipped = s.skipped.length
      ? languages.map((l) => s.skipped.map((d) => skippedDayLabel(d, l)).join('; '))
      : both(EXPLAIN_LABELS.noneSkipped);
    w.field(both(EXPLAIN_LABELS.skipped), skipped, { size: 7.5, indent: 8 });
  });
  w.gap(3);
  w.field(both(EXPLAIN_LABELS.result), printedMoment(e.resultDueAt), { size: 9, bold: true });
}
