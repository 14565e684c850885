// The register of results handed over: who received which result and when,
// with a column for the receiver's signature. A4 landscape, header on every page.
import type { ResultKind } from '../catalog/schema';
import { RESULT_NAMES } from '../i18n/domain';
import {
  FormInputError,
  fullName,
  printedMoment,
  requireBilingual,
  requireIin,
  requireMoment,
  requireName,
  requireText,
  type Bilingual,
  type PersonName,
} from './input';
import { bilingualLabel, pick } from './layout';
import { checkPeriodRegister, writePeriodRegister, type PeriodRegisterInput } from './period-register';

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

export async function buildHandOverRegisterPdf(input: HandOverRegisterInput): Promise<Uint8Array> {
  const period = checkPeriodRegister(input);
  const { languages } = period;
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
