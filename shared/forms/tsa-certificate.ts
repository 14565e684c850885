// The certificate that the applicant's family receives (or does not receive)
// targeted social assistance in a quarter (seed 004, regulation 6, App. 3
// «АНЫҚТАМА»). The akim signs it as head of the authorised body.
import {
  FormInputError,
  fullName,
  printedDate,
  requireBilingual,
  requireDate,
  requireFonts,
  requireIin,
  requireLanguages,
  requireName,
  requireText,
  type FormBase,
  type FormOffice,
  type PersonName,
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

export async function buildTsaCertificatePdf(input: TsaCertificateInput): Promise<Uint8Array> {
  const languages = requireLanguages(input.languages);
  const fonts = requireFonts(input.fonts);
  const office = requireBilingual('office.name', input.office?.name);
  const number = requireText('number', input.number);
  const date = requireDate('date', input.date);
  const name = fullName(requireName('applicant', input.applicant));
  const iin = requireIin('applicant.iin', input.applicant.iin);
  if (typeof input.receives !== 'boolean') throw new FormInputError('receives', 'must be true or false');
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100)
    throw new FormInputError('year', `not a year: ${input.year}`);
  if (![1, 2, 3, 4].includes(input.quarter)) throw new FormInputError('quarter', `must be 1 to 4: ${input.quarter}`);
  const family = (input.family ?? []).map((member, i) => ({
    fullName: requireText(`family[${i}].fullName`, member.fullName),
    relation: member.relation?.trim(),
    iin: member.iin === undefined ? undefined : requireIin(`family[${i}].iin`, member.iin),
  }));
  const signer = requireText('signer.name', input.signer?.name);

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
