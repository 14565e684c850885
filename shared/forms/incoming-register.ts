// The office's incoming register (журнал) of applications for a date range:
// an A4 landscape table with the header repeated on every page.
import type { CaseStatus } from '../case/fold';
import { STATUS_NAMES } from '../i18n/domain';
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

export interface IncomingRegisterRow {
  number: string;
  /** 'YYYY-MM-DDTHH:mm'. */
  registeredAt: string;
  applicant: PersonName & { iin: string };
  service: Bilingual;
  /** 'YYYY-MM-DD'. */
  resultDate: string;
  status: CaseStatus;
  /** Surname and initials. */
  acceptedBy: string;
}

export interface IncomingRegisterInput extends FormBase {
  office: FormOffice;
  /** 'YYYY-MM-DD', inclusive. */
  from: string;
  /** 'YYYY-MM-DD', inclusive. */
  to: string;
  rows: IncomingRegisterRow[];
}

export async function buildIncomingRegisterPdf(input: IncomingRegisterInput): Promise<Uint8Array> {
  const languages = requireLanguages(input.languages);
  const fonts = requireFonts(input.fonts);
  const office = requireBilingual('office.name', input.office?.name);
  const from = requireDate('from', input.from);
  const to = requireDate('to', input.to);
  if (to < from) throw new FormInputError('to', `the period ends before it starts: ${from} – ${to}`);
  if (!Array.isArray(input.rows)) throw new FormInputError('rows', 'must be a list');
  const rows = input.rows.map((row, i) => {
    const at = `rows[${i}]`;
    if (!(row.status in STATUS_NAMES)) throw new FormInputError(`${at}.status`, `unknown status "${row.status}"`);
    return {
      number: requireText(`${at}.number`, row.number),
      registeredAt: requireMoment(`${at}.registeredAt`, row.registeredAt),
      name: fullName(requireName(`${at}.applicant`, row.applicant)),
      iin: requireIin(`${at}.applicant.iin`, row.applicant.iin),
      service: requireBilingual(`${at}.service`, row.service),
      resultDate: requireDate(`${at}.resultDate`, row.resultDate),
      status: STATUS_NAMES[row.status],
      acceptedBy: requireText(`${at}.acceptedBy`, row.acceptedBy),
    };
  });

  const w = await FormWriter.open(fonts, { title: bilingualLabel(languages, 'incomingRegisterTitle'), pageSize: 'A4Landscape', margin: mm(12) });
  const label = (key: Parameters<typeof bilingualLabel>[1]) => bilingualLabel(languages, key);
  const title = (key: Parameters<typeof labelLines>[1]) => labelLines(languages, key);

  w.officeHeader(languages, office, 10);
  w.title(title('incomingRegisterTitle'), 13);
  w.text(`${label('period')}: ${printedDate(from)} – ${printedDate(to)}`, { size: 10, align: 'center' });
  w.gap(8);

  const columns: TableColumn[] = [
    { title: title('colNo'), weight: 4, align: 'center' },
    { title: title('colRegNumber'), weight: 9.5 },
    { title: title('colRegisteredAt'), weight: 10.5 },
    { title: title('colApplicant'), weight: 17, boldFirstLine: true },
    { title: title('colService'), weight: 31 },
    { title: title('colResultDate'), weight: 7.5 },
    { title: title('colStatus'), weight: 12 },
    { title: title('colAcceptedBy'), weight: 9.5 },
  ];
  const body = rows.map((row, i) => [
    String(i + 1),
    row.number,
    printedMoment(row.registeredAt),
    `${row.name}\n${label('iin')} ${row.iin}`,
    pick(languages, row.service).join('\n'),
    printedDate(row.resultDate),
    pick(languages, row.status).join('\n'),
    row.acceptedBy,
  ]);
  w.table(columns, body, { size: 7.5, headerSize: 7 });
  w.gap(8);
  w.text(rows.length ? `${label('total')}: ${rows.length}` : label('noRows'), { size: 10, bold: true });
  w.pageNumbers(languages);
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
