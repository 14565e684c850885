// Notification of assignment (seed 004 App. 4 «Мекеме хаттарының бланкі»):
// the department informs the applicant that the assistance has been assigned.
import { RESULT_NAMES } from '../i18n/domain';
import { z } from 'zod';
import { checkInput, FormDate, FormInputError, printedAmount, printedDate } from './input';
import { bilingualLabel, FormWriter, mm, pick } from './layout';
import { drawLetterHead, drawLetterSignature, LETTER, letterOf, type LetterInput } from './letter';
import { formText } from './texts';

export interface NotificationInput extends LetterInput {
  /** Amount in tenge, when the decision gives one. */
  amount?: number;
  /** 'YYYY-MM-DD': the assigned period, when the decision gives one. */
  periodFrom?: string;
  periodTo?: string;
}

const NotificationSchema = z.object({ ...LETTER, periodFrom: FormDate.optional(), periodTo: FormDate.optional() });

export async function buildNotificationPdf(input: NotificationInput): Promise<Uint8Array> {
  const checked = checkInput(NotificationSchema, input);
  const { languages, fonts } = checked;
  const letter = letterOf(checked);
  if (input.amount !== undefined && !(Number.isFinite(input.amount) && input.amount >= 0))
    throw new FormInputError('amount', `must be a sum of money, 0 or more: ${input.amount}`);
  if ((input.periodFrom === undefined) !== (input.periodTo === undefined))
    throw new FormInputError('periodTo', 'a period needs both its first and its last day');
  if (input.periodFrom !== undefined && input.periodTo !== undefined && input.periodTo < input.periodFrom)
    throw new FormInputError('periodTo', `the period ends before it starts: ${input.periodFrom} – ${input.periodTo}`);

  const title = pick(languages, RESULT_NAMES.notification);
  const w = await FormWriter.open(fonts, { title: `${title.join(' / ')} ${letter.outgoingNumber}`, pageSize: 'A4', margin: mm(20) });
  drawLetterHead(w, languages, letter);
  w.title(title, 13);
  for (const language of languages) {
    w.text(formText(language, 'notificationBody', { provider: letter.provider[language], service: letter.service[language] }), {
      size: 11,
    });
    w.gap(8);
  }
  if (input.amount !== undefined) {
    w.field(
      bilingualLabel(languages, 'amount'),
      languages.map((l) => formText(l, 'amountValue', { amount: printedAmount(input.amount!) })).join(' / '),
      { size: 11 },
    );
  }
  if (input.periodFrom && input.periodTo) {
    w.field(bilingualLabel(languages, 'assignedPeriod'), `${printedDate(input.periodFrom)} – ${printedDate(input.periodTo)}`, { size: 11 });
  }
  drawLetterSignature(w, languages, letter);
  return w.save(input.duplicate ? bilingualLabel(languages, 'duplicate') : undefined);
}
