// The office's incoming register (журнал) of applications for a date range:
// an A4 landscape table with the header repeated on every page.
import type { CaseStatus } from '../case/fold';
import { compareRegistration } from '../case/numbering';
import { STATUS_NAMES } from '../i18n/domain';
import { z } from 'zod';
import {
  fullName,
  printedDate,
  printedMoment,
  type Bilingual,
  type PersonName,
  checkInput,
  FormBilingual,
  FormDate,
  FormIin,
  FormMoment,
  FormText,
  list,
  PERSON_NAME,
  present,
  Problem,
  rule,
} from './input';
import { bilingualLabel, pick } from './layout';
import { PERIOD_REGISTER, periodOf, writePeriodRegister, type PeriodRegisterInput } from './period-register';

export interface IncomingRegisterRow {
  number: string;
  /** 'YYYY-MM-DDTHH:mm'. */
  registeredAt: string;
  applicant: PersonName & { iin: string };
  service: Bilingual;
  /** 'YYYY-MM-DD'; none for an application refused at intake (printed as a dash, as on screen). */
  resultDate?: string;
  status: CaseStatus;
  /** Surname and initials. */
  acceptedBy: string;
}

export interface IncomingRegisterInput extends PeriodRegisterInput {
  rows: IncomingRegisterRow[];
}

const Row = z.object({
  status: rule((status) =>
    typeof status === 'string' && status in STATUS_NAMES ? (status as CaseStatus) : new Problem(`unknown status "${status}"`),
  ),
  number: FormText,
  registeredAt: FormMoment,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin })),
  service: FormBilingual,
  resultDate: FormDate.optional(),
  acceptedBy: FormText,
});

const IncomingRegisterSchema = z.object({ ...PERIOD_REGISTER, rows: list(Row) });

export async function buildIncomingRegisterPdf(input: IncomingRegisterInput): Promise<Uint8Array> {
  const checked = checkInput(IncomingRegisterSchema, input);
  const period = periodOf(checked);
  const { languages } = period;
  const rows = [...checked.rows].sort(compareRegistration).map((row) => ({
    ...row,
    name: fullName(row.applicant),
    iin: row.applicant.iin,
    status: STATUS_NAMES[row.status],
  }));
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
      row.resultDate ? printedDate(row.resultDate) : '—',
      pick(languages, row.status).join('\n'),
      row.acceptedBy,
    ]),
  );
}
