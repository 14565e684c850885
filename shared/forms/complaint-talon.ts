// The complaint's tear-off talon (жыртпалы талон, seed 002 para 23): the upper
// part goes to the complainant, the stub stays with the journal. Both carry the
// journal number, the date AND time of acceptance, who accepted it and the
// term of the answer (seed 003 para 11).
import { z } from 'zod';
import { COMPLAINT_LIMITS } from '../complaint/events';
import type { Language } from '../i18n/translate';
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
  printedMoment,
} from './input';
import { FormWriter, mm } from './layout';

export type ComplaintAboutLine = { kind: 'case'; caseNumber: string } | { kind: 'staff'; staffName: string } | { kind: 'service' };

export interface ComplaintTalonInput extends FormBase {
  office: FormOffice;
  number: string;
  /** 'YYYY-MM-DDTHH:mm', local time of acceptance. */
  registeredAt: string;
  acceptedBy: string;
  complainant: string;
  form: 'written' | 'oral';
  about: ComplaintAboutLine;
  /** 'YYYY-MM-DD'. */
  dueDate: string;
  workingDays: number;
}

const About = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case'), caseNumber: FormText }),
  z.object({ kind: z.literal('staff'), staffName: FormText }),
  z.object({ kind: z.literal('service') }),
]);

const TalonSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  number: FormText,
  registeredAt: FormMoment,
  acceptedBy: FormText,
  complainant: FormText,
  form: z.enum(['written', 'oral']),
  about: About,
  dueDate: FormDate,
  workingDays: z.number().int().positive().max(100),
});

/** The "about" line of a complaint in the form's languages. */
export function aboutLine(languages: readonly Language[], about: ComplaintAboutLine): string {
  if (about.kind === 'case') return complaintLabel(languages, 'aboutCase', { number: about.caseNumber });
  if (about.kind === 'staff')
    return `${complaintLabel(languages, 'aboutStaff', { name: about.staffName.slice(0, COMPLAINT_LIMITS.name) })}`;
  return complaintLabel(languages, 'aboutService');
}

export async function buildComplaintTalonPdf(input: ComplaintTalonInput): Promise<Uint8Array> {
  const c = checkInput(TalonSchema, input);
  const { languages } = c;
  const label = (key: ComplaintFormTextKey, params?: Record<string, string | number>) => complaintLabel(languages, key, params);
  const w = await FormWriter.open(c.fonts, { title: `${label('talonTitle')} № ${c.number}`, pageSize: 'A5', margin: mm(10) });
  const due = `${printedDate(c.dueDate)} (${label('dueRule', { days: c.workingDays })})`;

  w.officeHeader(languages, c.office.name, 9);
  w.title(
    languages.map((l) => complaintLabel([l], 'talonTitle')),
    12,
  );
  w.text(label('talonPart'), { size: 7.5, muted: true, align: 'center' });
  w.gap(4);
  w.text(`№ ${c.number}`, { size: 15, bold: true });
  w.gap(4);
  w.field(label('acceptedAt'), printedMoment(c.registeredAt), { size: 11, bold: true });
  w.field(label('complainant'), c.complainant, { size: 10 });
  w.field(label('about'), `${aboutLine(languages, c.about)} (${label(c.form)})`, { size: 9.5 });
  w.field(label('acceptedBy'), c.acceptedBy, { size: 10 });
  w.field(label('dueDate'), due, { size: 10 });
  w.text(label('answerWhere'), { size: 8, muted: true });
  w.gap(8);

  w.rule({ dashed: true, from: w.left - mm(6), to: w.right + mm(6) });
  w.drawLine(`✂ ${label('cutLine')}`, w.left, w.y - 2, 7, false);
  w.gap(18);

  w.text(label('stubTitle'), { size: 10, bold: true });
  w.text(label('stubPart'), { size: 7.5, muted: true });
  w.gap(3);
  w.field(label('journalNumber'), `№ ${c.number}`, { size: 10 });
  w.field(label('acceptedAt'), printedMoment(c.registeredAt), { size: 9 });
  w.field(label('complainant'), c.complainant, { size: 9 });
  w.field(label('acceptedBy'), c.acceptedBy, { size: 9 });
  w.field(label('dueDate'), printedDate(c.dueDate), { size: 9 });
  w.gap(6);
  w.signatureLine({ caption: label('received'), size: 8.5, lineWidth: mm(50) });
  return w.save();
}
