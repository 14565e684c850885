// The akimat's cover letter (ілеспе хат) to the district department: the akim
// sends the packages of several cases at once and lists them — number,
// applicant, service and how many files go with each. A4 portrait.
import { z } from 'zod';
import type { Language } from '../i18n/translate';
import {
  checkInput,
  fullName,
  printedDate,
  type Bilingual,
  type FormBase,
  type FormOffice,
  type PersonName,
  FORM_BASE,
  FormBilingual,
  FormDate,
  FormIin,
  FormOfficeSchema,
  FormText,
  nonEmpty,
  PERSON_NAME,
  present,
  rule,
  Problem,
  within,
} from './input';
import { bilingualLabel, FormWriter, mm, pick } from './layout';
import { relayLabel, relayLines } from './relay-texts';

export interface RelayItem {
  number: string;
  applicant: PersonName & { iin?: string };
  service: Bilingual;
  /** Files (scans, photos) that go with the package. */
  files: number;
}

export interface RelayLetterInput extends FormBase {
  /** The akimat that sends the letter. */
  office: FormOffice;
  /** The district department (or the Centre) the cases go to. */
  addressee: Bilingual;
  /** 'YYYY-MM-DD'. */
  date: string;
  outgoingNumber?: string;
  akim: { name: string };
  items: RelayItem[];
}

const FileCount = rule((value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : new Problem(`is not a count of files: ${value}`),
);

const Item = z.object({
  number: FormText,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin.optional() })),
  service: FormBilingual,
  files: FileCount,
});

const RelayLetterSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  addressee: FormBilingual,
  date: FormDate,
  outgoingNumber: FormText.optional(),
  akim: within({ name: FormText }),
  items: nonEmpty(Item),
});

/** The applicant's cell: name, then the IIN when the case has one. */
export function applicantCell(languages: readonly Language[], applicant: PersonName & { iin?: string }): string {
  return applicant.iin ? `${fullName(applicant)}\n${bilingualLabel(languages, 'iin')} ${applicant.iin}` : fullName(applicant);
}

export async function buildRelayLetterPdf(input: RelayLetterInput): Promise<Uint8Array> {
  const checked = checkInput(RelayLetterSchema, input);
  const { languages, fonts, items } = checked;
  const w = await FormWriter.open(fonts, { title: relayLabel(languages, 'coverTitle'), pageSize: 'A4', margin: mm(16) });
  w.officeHeader(languages, checked.office.name, 11);
  const top = w.y;
  w.within(w.left, w.left + w.width * 0.45, () => {
    if (checked.outgoingNumber) w.text(`${bilingualLabel(languages, 'outgoingNumber')} ${checked.outgoingNumber}`, { size: 10 });
    w.text(`${bilingualLabel(languages, 'dateLabel')}: ${printedDate(checked.date)}`, { size: 10 });
  });
  const leftEnd = w.y;
  w.y = top;
  w.within(w.left + w.width * 0.55, w.right, () => {
    w.text(`${relayLabel(languages, 'coverTo')}:`, { size: 9, muted: true });
    // A name spelt alike in both languages (a district code when its names are unknown) prints once.
    for (const name of new Set(pick(languages, checked.addressee))) w.text(name, { size: 10.5, bold: true });
  });
  w.y = Math.min(w.y, leftEnd) - mm(6);
  w.title(relayLines(languages, 'coverTitle'), 13);
  for (const line of relayLines(languages, 'coverBody', { count: items.length })) w.text(line, { size: 10 });
  w.gap(6);
  w.table(
    [
      { title: relayLines(languages, 'colNo'), weight: 5, align: 'center' },
      { title: relayLines(languages, 'colCase'), weight: 13 },
      { title: relayLines(languages, 'colApplicant'), weight: 24, boldFirstLine: true },
      { title: relayLines(languages, 'colService'), weight: 36 },
      { title: relayLines(languages, 'colFiles'), weight: 10, align: 'center' },
    ],
    items.map((item, i) => [
      String(i + 1),
      item.number,
      applicantCell(languages, item.applicant),
      pick(languages, item.service).join('\n'),
      String(item.files),
    ]),
    { size: 8.5, headerSize: 8 },
  );
  w.gap(6);
  const files = items.reduce((sum, item) => sum + item.files, 0);
  w.text(relayLabel(languages, 'filesTotal', { cases: items.length, files }), { size: 10, bold: true });
  w.gap(mm(10));
  w.signatureLine({
    prefix: relayLabel(languages, 'akim'),
    value: checked.akim.name,
    caption: `(${bilingualLabel(languages, 'signature')})`,
    lineWidth: mm(45),
  });
  w.pageNumbers(languages);
  return w.save(checked.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
