// The akimat's relay register: every package the akim sent to the district
// department (or the Centre) in a date range, in the order they were sent.
// A4 landscape, the header repeated on every page.
import { z } from 'zod';
import {
  checkInput,
  FormInputError,
  printedMoment,
  type Bilingual,
  type PersonName,
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
import { pick } from './layout';
import { PERIOD_REGISTER, periodOf, writePeriodRegister, type PeriodRegisterInput } from './period-register';
import { applicantCell } from './relay-letter';
import { relayLines } from './relay-texts';

export interface RelayRegisterRow {
  number: string;
  applicant: PersonName & { iin?: string };
  service: Bilingual;
  /** 'YYYY-MM-DDTHH:mm'. */
  relayedAt: string;
  /** Where it went: the district department's name. */
  to: Bilingual;
  files: number;
  /** Who signed the relay (the akim). */
  signedBy: string;
}

export interface RelayRegisterInput extends PeriodRegisterInput {
  rows: RelayRegisterRow[];
}

const Row = z.object({
  number: FormText,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin.optional() })),
  service: FormBilingual,
  relayedAt: FormMoment,
  to: FormBilingual,
  files: rule((value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : new Problem(`is not a count: ${value}`),
  ),
  signedBy: FormText,
});

const RelayRegisterSchema = z.object({ ...PERIOD_REGISTER, rows: list(Row) });

export async function buildRelayRegisterPdf(input: RelayRegisterInput): Promise<Uint8Array> {
  const checked = checkInput(RelayRegisterSchema, input);
  const period = periodOf(checked);
  const { languages } = period;
  const outside = checked.rows.find((row) => row.relayedAt.slice(0, 10) < period.from || row.relayedAt.slice(0, 10) > period.to);
  if (outside) throw new FormInputError('rows', `${outside.number} was relayed outside the period`);
  const rows = [...checked.rows].sort((a, b) => (a.relayedAt < b.relayedAt ? -1 : a.relayedAt > b.relayedAt ? 1 : 0));
  const label = (key: Parameters<typeof relayLines>[1]) => ({ lines: relayLines(languages, key) });
  return writePeriodRegister(
    period,
    label('registerTitle'),
    [
      { titleKey: label('colNo'), weight: 4, align: 'center' },
      { titleKey: label('colRelayedAt'), weight: 10 },
      { titleKey: label('colCase'), weight: 10 },
      { titleKey: label('colApplicant'), weight: 17, boldFirstLine: true },
      { titleKey: label('colService'), weight: 27 },
      { titleKey: label('colFiles'), weight: 6, align: 'center' },
      { titleKey: label('colDistrict'), weight: 16 },
      { titleKey: label('colSignedBy'), weight: 10 },
    ],
    rows.map((row, i) => [
      String(i + 1),
      printedMoment(row.relayedAt),
      row.number,
      applicantCell(languages, row.applicant),
      pick(languages, row.service).join('\n'),
      String(row.files),
      [...new Set(pick(languages, row.to))].join('\n'),
      row.signedBy,
    ]),
  );
}
