// The applicant's written consent to the use of information constituting a
// secret protected by law contained in information systems (the [consent]
// clause of the regulations).
import { z } from 'zod';
import {
  fullName,
  printedDate,
  type Bilingual,
  type FormBase,
  type FormOffice,
  type PersonName,
  checkInput,
  FORM_BASE,
  FormBilingual,
  FormDate,
  FormIin,
  FormOfficeSchema,
  FormText,
  PERSON_NAME,
  present,
} from './input';
import { bilingualLabel, FormWriter, labelLines, mm, pick } from './layout';
import { formText } from './texts';

export interface IdDocument {
  number: string;
  issuer: string;
  /** 'YYYY-MM-DD'. */
  date: string;
}

export interface ConsentInput extends FormBase {
  office: FormOffice;
  applicant: PersonName & { iin: string; idDocument?: IdDocument };
  service: Bilingual;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** The registration number of the application, when it has one. */
  number?: string;
}

const ConsentSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  applicant: present(
    z.object({
      ...PERSON_NAME,
      iin: FormIin,
      idDocument: z.object({ number: FormText, issuer: FormText, date: FormDate }).optional(),
    }),
  ),
  service: FormBilingual,
  date: FormDate,
});

export async function buildConsentPdf(input: ConsentInput): Promise<Uint8Array> {
  const checked = checkInput(ConsentSchema, input);
  const { languages, fonts, applicant, service, date } = checked;
  const office = checked.office.name;
  const iin = applicant.iin;
  // Printed as given: the check only makes sure each part is there.
  const doc = input.applicant.idDocument;
  const number = input.number?.trim();

  const w = await FormWriter.open(fonts, { title: bilingualLabel(languages, 'consentTitle'), pageSize: 'A4', margin: mm(20) });
  const label = (key: Parameters<typeof bilingualLabel>[1]) => bilingualLabel(languages, key);

  w.officeHeader(languages, office, 10);
  w.title(labelLines(languages, 'consentTitle'), 12.5);
  if (number) w.text(`${label('numberLabel')}: № ${number}`, { size: 10, align: 'center' });
  w.gap(10);

  w.field(label('applicant'), fullName(applicant), { size: 11 });
  w.field(label('iin'), iin, { size: 11 });
  if (doc) {
    w.field(
      label('idDocument'),
      languages.map((l) => formText(l, 'idDocumentValue', { number: doc.number, issuer: doc.issuer, date: printedDate(doc.date) })),
      { size: 10.5, bold: false },
    );
  }
  w.field(label('service'), pick(languages, service), { size: 10.5 });
  w.field(label('provider'), pick(languages, office), { size: 10.5 });
  w.gap(8);

  for (const language of languages) {
    w.text(formText(language, 'consentBody', { service: service[language] }), { size: 10.5 });
    w.gap(8);
  }

  w.gap(10);
  w.text(`${label('dateLabel')}: ${printedDate(date)}`, { size: 10.5 });
  w.gap(8);
  w.signatureLine({ prefix: label('applicantSignature'), value: fullName(applicant), lineWidth: mm(50) });
  w.gap(8);
  w.signatureLine({ caption: `(${label('consentAcceptedBy')})`, lineWidth: mm(90) });
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
