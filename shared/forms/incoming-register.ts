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
  requireIin,
  requireMoment,
  requireName,
  requireText,
  type Bilingual,
  type PersonName,
} from './input';
import { bilingualLabel, pick } from './layout';
import { checkPeriodRegister, writePeriodRegister, type PeriodRegisterInput } from './period-register';

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

export interface IncomingRegisterInput extends PeriodRegisterInput {
  rows: IncomingRegisterRow[];
}

export async function buildIncomingRegisterPdf(input: IncomingRegisterInput): Promise<Uint8Array> {
  const period = checkPeriodRegister(input);
  const { languages } = period;
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
  return writePeriodRegister(
    period,
    'incomingRegisterTitle',
    [
      { titleKey: 'colNo', weight: 4, align: 'center' },
      { titleKey: 'colRegNumber', weight: 9.5 },
      { titleKey: 'colRegisteredAt', weight: 10.5 },
      { titleKey: 'colApplicant', weight: 17, boldFirstLine: true },
      { titleKey: 'colService', weight: 31 },
      { titleKey: 'colResultDate', weight: 7.5 },
      { titleKey: 'colStatus', weight: 12 },
      { titleKey: 'colAcceptedBy', weight: 9.5 },
    ],
    rows.map((row, i) => [
      String(i + 1),
      row.number,
      printedMoment(row.registeredAt),
      `${row.name}\n${bilingualLabel(languages, 'iin')} ${row.iin}`,
      pick(languages, row.service).join('\n'),
      printedDate(row.resultDate),
      pick(languages, row.status).join('\n'),
      row.acceptedBy,
    ]),
  );
}
