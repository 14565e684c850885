// The register of results handed over: who received which result and when,
// with a column for the receiver's signature. A4 landscape, header on every page.
import type { ResultKind } from '../catalog/schema';
import { RESULT_NAMES } from '../i18n/domain';
import {
  FormInputError,
  fullName,
  printedDate,
  printedMoment,
  requireBilingual,
  requireDate,
  requireFonts,
  requireIin,
  requireLanguages,
  requireMoment,
  requireName,
  requireText,
  type Bilingual,
  type FormBase,
  type FormOffice,
  type PersonName,
} from './input';
import { bilingualLabel, FormWriter, labelLines, mm, pick, type TableColumn } from './layout';

export interface HandOverRegisterRow {
  number: string;
  applicant: PersonName & { iin: string };
  service: Bilingual;
  result: ResultKind;
  /** 'YYYY-MM-DDTHH:mm'. */
  handedOverAt: string;
  /** Full name of who received it (the applicant or a representative). */
  receivedBy: string;
}

export interface HandOverRegisterInput extends FormBase {
  office: FormOffice;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  rows: HandOverRegisterRow[];
}

export async function buildHandOverRegisterPdf(input: HandOverRegisterInput): Promise<Uint8Array> {
  const languages = requireLanguages(input.languages);
  const fonts = requireFonts(input.fonts);
  const office = requireBilingual('office.name', input.office?.name);
  const from = requireDate('from', input.from);
  const to = requireDate('to', input.to);
  if (to < from) throw new FormInputError('to', `the period ends before it starts: ${from} – ${to}`);
  if (!Array.isArray(input.rows)) throw new FormInputError('rows', 'must be a list');
  const rows = input.rows.map((row, i) => {
    const at = `rows[${i}]`;
    if (!(row.result in RESULT_NAMES)) throw new FormInputError(`${at}.result`, `unknown result "${row.result}"`);
    return {
      number: requireText(`${at}.number`, row.number),
      name: fullName(requireName(`${at}.applicant`, row.applicant)),
      iin: requireIin(`${at}.applicant.iin`, row.applicant.iin),
      service: requireBilingual(`${at}.service`, row.service),
      result: RESULT_NAMES[row.result],
      handedOverAt: requireMoment(`${at}.handedOverAt`, row.handedOverAt),
      receivedBy: requireText(`${at}.receivedBy`, row.receivedBy),
    };
  });

  const w = await FormWriter.open(fonts, { title: bilingualLabel(languages, 'handOverRegisterTitle'), pageSize: 'A4Landscape', margin: mm(12) });
  const title = (key: Parameters<typeof labelLines>[1]) => labelLines(languages, key);
  w.officeHeader(languages, office, 10);
  w.title(title('handOverRegisterTitle'), 13);
  w.text(`${bilingualLabel(languages, 'period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.gap(8);

  const columns: TableColumn[] = [
    { title: title('colNo'), weight: 4, align: 'center' },
    { title: title('colRegNumber'), weight: 9.5 },
    { title: title('colApplicant'), weight: 16, boldFirstLine: true },
    { title: title('colService'), weight: 22.5 },
    { title: title('colResult'), weight: 11.5 },
    { title: title('colHandedOverAt'), weight: 10 },
    { title: title('colReceivedBy'), weight: 13 },
    { title: title('colSignature'), weight: 13.5 },
  ];
  const body = rows.map((row, i) => [
    String(i + 1),
    row.number,
    `${row.name}\n${bilingualLabel(languages, 'iin')} ${row.iin}`,
    pick(languages, row.service).join('\n'),
    pick(languages, row.result).join('\n'),
    printedMoment(row.handedOverAt),
    row.receivedBy,
    // room to sign: blank lines keep the row tall enough for a signature
    '\n\n',
  ]);
  w.table(columns, body, { size: 7.5, headerSize: 7 });
  w.gap(8);
  w.text(rows.length ? `${bilingualLabel(languages, 'total')}: ${rows.length}` : bilingualLabel(languages, 'noRows'), { size: 10, bold: true });
  w.pageNumbers(languages);
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
