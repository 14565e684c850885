// The parts shared by the result letters of the district department
// (notification, reasoned refusal): the letterhead with the outgoing number,
// the addressee block, and the head's signature with the executor under it.
import type { Language } from '../i18n/translate';
import {
  fullName,
  printedDate,
  requireBilingual,
  requireDate,
  requireName,
  requireText,
  type Bilingual,
  type FormBase,
  type PersonName,
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

export function checkLetter(input: LetterInput): CheckedLetter {
  return {
    provider: requireBilingual('provider', input.provider),
    outgoingNumber: requireText('outgoingNumber', input.outgoingNumber),
    date: requireDate('date', input.date),
    applicantName: fullName(requireName('applicant', input.applicant)),
    address: input.applicant.address?.trim() ?? '',
    service: requireBilingual('service', input.service),
    headName: requireText('head.name', input.head?.name),
    executor: input.executor
      ? { name: requireText('executor.name', input.executor.name), phone: input.executor.phone?.trim() ?? '' }
      : undefined,
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
