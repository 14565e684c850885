// The reasoned answer to a complaint (дәлелді жауап, seed 003 para 11): a
// letter from the akim's office (or the district department) to the
// complainant, with its outgoing number, the complaint it answers, the answer,
// whether the complaint was found justified, the right to appeal, and the
// signature of the akim or the head. Printed in Kazakh or Russian (or both).
import { z } from 'zod';
import { type ComplaintFormTextKey, complaintLabel } from './complaint-texts';
import {
  type FormBase,
  type FormOffice,
  checkInput,
  FORM_BASE,
  FormDate,
  FormMoment,
  FormOfficeSchema,
  FormText,
  printedDate,
} from './input';
import { FormWriter, mm } from './layout';

export interface ComplaintAnswerInput extends FormBase {
  office: FormOffice;
  outgoingNumber: string;
  /** 'YYYY-MM-DD': the day the answer was signed. */
  date: string;
  complainant: { name: string; address?: string };
  complaint: { number: string; registeredAt: string };
  text: string;
  justified: boolean;
  signer: { name: string; kind: 'akim' | 'head' };
}

const trimmedOrEmpty = z
  .unknown()
  .optional()
  .transform((value) => (typeof value === 'string' ? value.trim() : ''));

const AnswerSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  outgoingNumber: FormText,
  date: FormDate,
  complainant: z.object({ name: FormText, address: trimmedOrEmpty }),
  complaint: z.object({ number: FormText, registeredAt: FormMoment }),
  text: FormText,
  justified: z.boolean(),
  signer: z.object({ name: FormText, kind: z.enum(['akim', 'head']) }),
});

export async function buildComplaintAnswerPdf(input: ComplaintAnswerInput): Promise<Uint8Array> {
  const c = checkInput(AnswerSchema, input);
  const { languages } = c;
  const label = (key: ComplaintFormTextKey, params?: Record<string, string | number>) => complaintLabel(languages, key, params);
  const w = await FormWriter.open(c.fonts, { title: `${label('answerTitle')} ${c.outgoingNumber}`, pageSize: 'A4', margin: mm(20) });
  w.officeHeader(languages, c.office.name, 11);
  const top = w.y;
  w.within(w.left, w.left + w.width * 0.45, () => {
    w.text(`${label('outgoingNumber')} ${c.outgoingNumber}`, { size: 10 });
    w.text(`${label('dateLabel')}: ${printedDate(c.date)}`, { size: 10 });
  });
  const leftEnd = w.y;
  w.y = top;
  w.within(w.left + w.width * 0.55, w.right, () => {
    w.text(c.complainant.name, { size: 10.5, bold: true });
    if (c.complainant.address) w.text(c.complainant.address, { size: 10 });
  });
  w.y = Math.min(w.y, leftEnd) - mm(8);
  w.title(
    languages.map((l) => complaintLabel([l], 'answerTitle')),
    12,
  );
  for (const language of languages) {
    w.text(
      complaintLabel([language], 'answerIntro', { date: printedDate(c.complaint.registeredAt.slice(0, 10)), number: c.complaint.number }),
      {
        size: 11,
      },
    );
  }
  w.gap(6);
  for (const paragraph of c.text.split(/\n+/)) w.text(paragraph, { size: 11 });
  w.gap(6);
  w.text(label(c.justified ? 'verdictJustified' : 'verdictNotJustified'), { size: 11, bold: true });
  w.gap(4);
  w.text(label('appeal'), { size: 9, muted: true });
  w.gap(mm(12));
  w.signatureLine({
    prefix: label(c.signer.kind),
    value: c.signer.name,
    caption: `(${label('signature')})`,
    lineWidth: mm(45),
  });
  return w.save();
}
