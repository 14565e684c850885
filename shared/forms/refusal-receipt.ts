// The receipt of refusal to accept documents (seed 003, standard appendix 2):
// printed twice, one copy for the applicant and one for the office.
import { z } from 'zod';
import {
  fullName,
  printedDate,
  printedMoment,
  type Bilingual,
  type FormBase,
  type FormOffice,
  type PersonName,
  checkInput,
  FORM_BASE,
  FormBilingual,
  FormMoment,
  FormName,
  FormOfficeSchema,
  FormText,
  nonEmpty,
  within,
} from './input';
import { bilingualLabel, FormWriter, labelLines, mm } from './layout';
import { formText } from './texts';

export interface RefusalReceiptInput extends FormBase {
  office: FormOffice;
  number: string;
  service: Bilingual;
  applicant: PersonName & { address?: string };
  /** The documents of the standard's list that were not presented; at least one. */
  missingDocuments: Bilingual[];
  executor: { name: string; phone?: string };
  /** 'YYYY-MM-DDTHH:mm'. */
  issuedAt: string;
}

const RefusalReceiptSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  number: FormText,
  service: FormBilingual,
  applicant: FormName,
  missingDocuments: nonEmpty(FormBilingual),
  executor: within({ name: FormText }),
  issuedAt: FormMoment,
});

export async function buildRefusalReceiptPdf(input: RefusalReceiptInput): Promise<Uint8Array> {
  const checked = checkInput(RefusalReceiptSchema, input);
  const { languages, fonts, number, service, applicant, issuedAt } = checked;
  const office = checked.office.name;
  const missing = checked.missingDocuments;
  const executorName = checked.executor.name;
  const address = input.applicant.address?.trim() ?? '';
  const phone = input.executor.phone?.trim() ?? '';

  const w = await FormWriter.open(fonts, {
    title: `${bilingualLabel(languages, 'refusalReceiptTitle')} № ${number}`,
    pageSize: 'A4',
    margin: mm(18),
  });
  const label = (key: Parameters<typeof bilingualLabel>[1], params?: Record<string, string | number>) =>
    bilingualLabel(languages, key, params);

  for (const copy of [1, 2]) {
    if (copy === 2) w.addPage();
    const whom = copy === 1 ? 'copyForApplicant' : 'copyForOffice';
    const mark = languages.map((l) => `${formText(l, 'copyNumber', { n: copy })} — ${formText(l, whom)}`).join(' / ');
    w.text(mark, { size: 8.5, bold: true, align: 'right' });
    w.text(label('formMark'), { size: 8.5, muted: true, align: 'right' });
    w.gap(4);
    w.officeHeader(languages, office, 10);

    // Whom the receipt is for, as in the form: a filled line with its caption under it.
    const half = w.left + w.width * 0.42;
    w.within(half, w.right, () => {
      filledLine(w, fullName(applicant), label('recipientNameCaption'));
      filledLine(w, address, label('recipientAddressCaption'));
    });
    w.gap(8);

    w.title(labelLines(languages, 'refusalReceiptTitle'), 12.5);
    w.text(`№ ${number}    ${printedMoment(issuedAt)}`, { size: 10, align: 'center' });
    w.gap(10);

    for (const language of languages) {
      w.text(formText(language, 'refusalReceiptBasis', { office: office[language], service: service[language] }), { size: 10 });
      w.gap(4);
      w.text(formText(language, 'missingDocuments'), { size: 10, bold: true });
      w.numbered(
        missing.map((doc, i) => `${doc[language]}${i < missing.length - 1 ? ';' : '.'}`),
        { size: 10, indent: mm(4) },
      );
      w.gap(4);
      w.text(formText(language, 'twoCopies'), { size: 10 });
      w.gap(10);
    }

    w.gap(6);
    w.signatureLine({ caption: `(${label('employeeCaption')})`, lineWidth: mm(80) });
    w.gap(2);
    w.text(`${label('executorName')}: ${executorName}`, { size: 10 });
    w.text(`${label('phone')}: ${phone || '____________________'}`, { size: 10 });
    w.gap(10);
    w.signatureLine({ prefix: label('receivedBy'), lineWidth: mm(60) });
    w.text(`${label('dateLabel')}: ${printedDate(issuedAt.slice(0, 10))}`, { size: 10 });
  }
  w.pageNumbers(languages);
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}

/** A value written over a line, with the line's caption in small type under it. */
function filledLine(w: FormWriter, value: string, caption: string): void {
  if (value) w.text(value, { size: 10.5, bold: true, align: 'center' });
  else w.gap(w.lineHeight(10.5));
  w.gap(1);
  w.rule({ thickness: 0.5 });
  w.gap(2);
  w.text(`(${caption})`, { size: 7.5, muted: true, align: 'center' });
  w.gap(6);
}
