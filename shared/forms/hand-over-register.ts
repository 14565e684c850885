// The register of results handed over: who received which result and when,
// with a column for the receiver's signature. A4 landscape, header on every page.
import type { ResultKind } from '../catalog/schema';
import { RESULT_NAMES } from '../i18n/domain';
import { z } from 'zod';
import {
  fullName,
  printedMoment,
  type Bilingual,
  type PersonName,
  checkInput,
  FormBilingual,
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

export interface HandOverRegisterInput extends PeriodRegisterInput {
  rows: HandOverRegisterRow[];
}

const Row = z.object({
  result: rule((result) =>
    typeof result === 'string' && result in RESULT_NAMES ? (result as ResultKind) : new Problem(`unknown result "${result}"`),
  ),
  number: FormText,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin })),
  service: FormBilingual,
  handedOverAt: FormMoment,
  receivedBy: FormText,
});

const HandOverRegisterSchema = z.object({ ...PERIOD_REGISTER, rows: list(Row) });

export async function buildHandOverRegisterPdf(input: HandOverRegisterInput): Promise<Uint8Array> {
  const checked = checkInput(HandOverRegisterSchema, input);
  const period = periodOf(checked);
  const { languages } = period;
  const rows = checked.rows.map((row) => ({
    ...row,
    name: fullName(row.applicant),
    iin: row.applicant.iin,
    result: RESULT_NAMES[row.result],
  }));
  return writePeriodRegister(
    period,
    'handOverRegisterTitle',
    [
      { titleKey: 'colNo', weight: 4, align: 'center' },
      { titleKey: 'colRegNumber', weight: 9.5 },
      { titleKey: 'colApplicant', weight: 16, boldFirstLine: true },
      { titleKey: 'colService', weight: 22.5 },
      { titleKey: 'colResult', weight: 11.5 },
      { titleKey: 'colHandedOverAt', weight: 10 },
      { titleKey: 'colReceivedBy', weight: 13 },
      { titleKey: 'colSignature', weight: 13.5 },
    ],
    rows.map((row, i) => [
      String(i + 1),
      row.number,
      `${row.name}\n${bilingualLabel(languages, 'iin')} ${row.iin}`,
      pick(languages, row.service).join('\n'),
      pick(languages, row.result).join('\n'),
      printedMoment(row.handedOverAt),
      row.receivedBy,
      // room to sign: blank lines keep the row tall enough for a signature
      '\n\n',
    ]),
  );
}
