// The parts shared by the result letters of the district department
// (notification, reasoned refusal): the letterhead with the outgoing number,
// the addressee block, and the head's signature with the executor under it.
import type { Language } from '../i18n/translate';
import { z } from 'zod';
import {
  fullName,
  printedDate,
  type Bilingual,
  type FormBase,
  type PersonName,
  FORM_BASE,
  FormBilingual,
  FormDate,
  FormText,
  PERSON_NAME,
  present,
  within,
} from './input';
import { bilingualLabel, type FormWriter, mm } from './layout';

export interface LetterInput extends FormBase {
  /** The body that issues the letter (the district department): the letterhead. */
  provider: Bilingual;
  /** Outgoing number of the letter. */
  outgoingNumber: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  applicant: PersonName & { address?: string };
  service: Bilingual;
  head: { name: string };
  executor?: { name: string; phone?: string };
}

export interface CheckedLetter {
  provider: Bilingual;
  outgoingNumber: string;
  date: string;
  applicantName: string;
  address: string;
  service: Bilingual;
  headName: string;
  executor?: { name: string; phone: string };
}

const trimmedOrEmpty = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? value.trim() : ''));

/** The input every result letter has; a letter's builder adds its own fields. */
export const LETTER = {
  ...FORM_BASE,
  provider: FormBilingual,
  outgoingNumber: FormText,
  date: FormDate,
  applicant: present(z.object({ ...PERSON_NAME, address: trimmedOrEmpty })),
  service: FormBilingual,
  head: within({ name: FormText }),
  executor: z.object({ name: FormText, phone: trimmedOrEmpty }).optional(),
};

type CheckedLetterInput = z.output<z.ZodObject<typeof LETTER>>;

/** The letter's parts as drawLetterHead and drawLetterSignature use them. */
export function letterOf(checked: CheckedLetterInput): CheckedLetter {
  return {
    provider: checked.provider,
    outgoingNumber: checked.outgoingNumber,
    date: checked.date,
    applicantName: fullName(checked.applicant),
    address: checked.applicant.address,
    service: checked.service,
    headName: checked.head.name,
    executor: checked.executor,
  };
}

export function drawLetterHead(w: FormWriter, languages: Language[], letter: CheckedLetter): void {
  w.officeHeader(languages, letter.provider, 11);
  const top = w.y;
  w.within(w.left, w.left + w.width * 0.45, () => {
    w.text(`${bilingualLabel(languages, 'outgoingNumber')} ${letter.outgoingNumber}`, { size: 10 });
    w.text(`${bilingualLabel(languages, 'dateLabel')}: ${printedDate(letter.date)}`, { size: 10 });
  });
  const leftEnd = w.y;
  w.y = top;
  w.within(w.left + w.width * 0.55, w.right, () => {
    w.text(letter.applicantName, { size: 10.5, bold: true });
    if (letter.address) w.text(letter.address, { size: 10 });
  });
  w.y = Math.min(w.y, leftEnd) - mm(8);
}

export function drawLetterSignature(w: FormWriter, languages: Language[], letter: CheckedLetter): void {
  w.gap(mm(10));
  w.signatureLine({
    prefix: bilingualLabel(languages, 'head'),
    value: letter.headName,
    caption: `(${bilingualLabel(languages, 'signature')})`,
    lineWidth: mm(45),
  });
  if (letter.executor) {
    w.gap(mm(10));
    const phone = letter.executor.phone ? `, ${bilingualLabel(languages, 'phone')}: ${letter.executor.phone}` : '';
    w.text(`${bilingualLabel(languages, 'executor')}: ${letter.executor.name}${phone}`, { size: 8, muted: true });
  }
}
