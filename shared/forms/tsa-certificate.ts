// The certificate that the applicant's family receives (or does not receive)
// targeted social assistance in a quarter (seed 004, regulation 6, App. 3
// «АНЫҚТАМА»). The akim signs it as head of the authorised body.
import { z } from 'zod';
import {
  fullName,
  printedDate,
  type FormBase,
  type FormOffice,
  type PersonName,
  checkInput,
  FORM_BASE,
  FormDate,
  FormIin,
  FormOfficeSchema,
  FormText,
  list,
  PERSON_NAME,
  present,
  Problem,
  rule,
  within,
} from './input';
import { bilingualLabel, FormWriter, labelLines, mm } from './layout';
import { formText } from './texts';

export interface TsaFamilyMember {
  fullName: string;
  /** e.g. "қызы / дочь". */
  relation?: string;
  iin?: string;
}

export interface TsaCertificateInput extends FormBase {
  office: FormOffice;
  /** Registration number of the certificate. */
  number: string;
  /** 'YYYY-MM-DD'. */
  date: string;
  applicant: PersonName & { iin: string };
  /** true: the family receives targeted social assistance; false: it does not. */
  receives: boolean;
  year: number;
  quarter: 1 | 2 | 3 | 4;
  family?: TsaFamilyMember[];
  /** The akim (head of the authorised body) who signs. */
  signer: { name: string };
}

const TsaCertificateSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  number: FormText,
  date: FormDate,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin })),
  receives: rule((receives) => (typeof receives === 'boolean' ? receives : new Problem('must be true or false'))),
  year: rule((year) =>
    Number.isInteger(year) && (year as number) >= 2000 && (year as number) <= 2100 ? (year as number) : new Problem(`not a year: ${year}`),
  ),
  quarter: rule((quarter) => ([1, 2, 3, 4].includes(quarter as number) ? quarter : new Problem(`must be 1 to 4: ${quarter}`))),
  family: list(
    z.object({
      fullName: FormText,
      relation: z
        .unknown()
        .optional()
        .transform((relation) => (typeof relation === 'string' ? relation.trim() : undefined)),
      iin: FormIin.optional(),
    }),
  ).optional(),
  signer: within({ name: FormText }),
});

export async function buildTsaCertificatePdf(input: TsaCertificateInput): Promise<Uint8Array> {
  const checked = checkInput(TsaCertificateSchema, input);
  const { languages, fonts, number, date } = checked;
  const office = checked.office.name;
  const name = fullName(checked.applicant);
  const iin = checked.applicant.iin;
  const family = checked.family ?? [];
  const signer = checked.signer.name;

  const w = await FormWriter.open(fonts, {
    title: `${bilingualLabel(languages, 'certificateTitle')} № ${number}`,
    pageSize: 'A4',
    margin: mm(20),
  });
  const label = (key: Parameters<typeof bilingualLabel>[1]) => bilingualLabel(languages, key);
  w.officeHeader(languages, office, 11);
  w.gap(mm(6));
  w.title(labelLines(languages, 'certificateTitle'), 15);
  w.text(`${label('registrationNumber')}: ${number}    ${label('dateLabel')}: ${printedDate(date)}`, { size: 10, align: 'center' });
  w.gap(mm(6));

  const bodyKey = input.receives ? 'tsaReceives' : 'tsaDoesNotReceive';
  for (const language of languages) {
    w.text(formText(language, bodyKey, { name, iin, year: input.year, quarter: input.quarter }), { size: 11 });
    w.gap(8);
  }
  if (family.length) {
    w.text(`${label('familyMembers')}:`, { size: 11, bold: true });
    w.numbered(
      family.map((m) => [m.fullName, m.relation, m.iin ? `${label('iin')} ${m.iin}` : undefined].filter(Boolean).join(', ')),
      { size: 11, indent: mm(4) },
    );
    w.gap(8);
  }
  for (const language of languages) w.text(formText(language, 'certificateWhere'), { size: 11 });
  w.gap(mm(14));
  w.signatureLine({ prefix: label('certificateSigner'), value: signer, caption: `(${label('signature')})`, lineWidth: mm(40) });
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
