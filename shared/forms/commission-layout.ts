// What every commission form shares: its input checks, the office and
// commission heading, and each language's paragraph for a labelled value.
import type { Language } from '../i18n/translate';
import type { z } from 'zod';
import { FormDate, FormOfficeSchema, FormText, printedDate, within, type Bilingual, type FormOffice, FORM_BASE } from './input';
import type { FormWriter } from './layout';
import { commissionLabel, commissionText, type CommissionFormTextKey } from './commission-texts';

export interface CommissionHeading {
  office: FormOffice;
  /** The akim's decision that formed the commission. */
  decision: { number: string; date: string };
}

export interface CheckedHeading {
  office: Bilingual;
  decision: { number: string; date: string };
}

/** The input every commission form has; a form's builder adds its own fields. */
export const COMMISSION_HEADING = {
  ...FORM_BASE,
  office: FormOfficeSchema,
  decision: within({ number: FormText, date: FormDate }),
};

export function headingOf(checked: z.output<z.ZodObject<typeof COMMISSION_HEADING>>): CheckedHeading {
  return { office: checked.office.name, decision: { number: checked.decision.number, date: checked.decision.date } };
}

/** The office, "Precinct commission", the decision that formed it, then the form's title. */
export function drawCommissionHeading(w: FormWriter, languages: Language[], heading: CheckedHeading, title: CommissionFormTextKey): void {
  w.officeHeader(languages, heading.office, 10);
  w.text(commissionLabel(languages, 'commissionName'), { size: 10, bold: true, align: 'center' });
  for (const l of languages)
    w.text(commissionText(l, 'commissionDecision', { number: heading.decision.number, date: printedDate(heading.decision.date) }), {
      size: 8.5,
      muted: true,
      align: 'center',
    });
  w.gap(8);
  w.title(
    languages.map((l) => commissionText(l, title)),
    12,
  );
}

/** "Label / Метка: value" on one wrapped line. */
export function labelled(w: FormWriter, languages: Language[], key: CommissionFormTextKey, value: string, size = 9.5): void {
  w.text(`${commissionLabel(languages, key)}: ${value}`, { size });
}

/** One paragraph per language. */
export function paragraphs(
  w: FormWriter,
  languages: Language[],
  key: CommissionFormTextKey,
  params: Record<string, string | number>,
  style: { size?: number; bold?: boolean } = {},
): void {
  for (const l of languages) w.text(commissionText(l, key, params), { size: style.size ?? 9.5, bold: style.bold });
}
