// The tear-off talon (үзбелі талон): the upper part goes to the applicant, the
// stub below the cut line stays in the office. Both carry the number and date.
import { caseShortCode } from '../case/short-code';
import { z } from 'zod';
import {
  FormInputError,
  fullName,
  printedDate,
  printedMoment,
  type Bilingual,
  type FormBase,
  type FormOffice,
  type PersonName,
  checkInput,
  FORM_BASE,
  FormBilingual,
  FormDate,
  FormIin,
  FormMoment,
  FormOfficeSchema,
  FormText,
  PERSON_NAME,
  present,
} from './input';
import type { Language } from '../i18n/translate';
import type { FormTextKey } from './texts';
import { bilingualLabel, FormWriter, labelLines, mm, pick } from './layout';
import { drawTalonExplanation, type TalonExplanation } from './talon-explanation';

export interface TalonInput extends FormBase {
  office: FormOffice;
  number: string;
  service: Bilingual;
  applicant: PersonName & { iin: string };
  /** 'YYYY-MM-DDTHH:mm', local time of the office. */
  registeredAt: string;
  /** 'YYYY-MM-DD'. */
  resultDate: string;
  /** Surname and initials of the person who accepted the documents. */
  acceptedBy: string;
  caseId: string;
  duplicate?: boolean;
  /** The sync server's address, once the PC is enrolled: the QR then opens the server's public status page. */
  statusUrl?: string;
  /** A duplicate's second page: how the result date was reached (shared/deadlines/explain.ts). */
  explanation?: TalonExplanation;
}

/**
 * What the talon's QR code holds: the public status page of the case on the
 * sync server ("https://server/s/K7M2-9QXD"), which a citizen's phone opens and
 * the counter's search recognises; before enrollment, or on a PC that never
 * syncs, "akimat-desk:case/<uuid>", which only the counter's search reads.
 */
export function talonQrContent(caseId: string, statusUrl?: string): string {
  if (statusUrl) return `${statusUrl.replace(/\/+$/, '')}/s/${caseShortCode(caseId)}`;
  return `akimat-desk:case/${caseId}`;
}

const TalonSchema = z.object({
  ...FORM_BASE,
  office: FormOfficeSchema,
  number: FormText,
  service: FormBilingual,
  applicant: present(z.object({ ...PERSON_NAME, iin: FormIin })),
  registeredAt: FormMoment,
  resultDate: FormDate,
  acceptedBy: FormText,
  caseId: FormText,
  statusUrl: z
    .string()
    .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) address without query')
    .optional(),
});

export async function buildTalonPdf(input: TalonInput): Promise<Uint8Array> {
  const checked = checkInput(TalonSchema, input);
  const { languages, fonts, number, service, applicant, registeredAt, resultDate, acceptedBy, caseId, statusUrl } = checked;
  const office = checked.office.name;
  const iin = applicant.iin;
  if (resultDate < registeredAt.slice(0, 10))
    throw new FormInputError('resultDate', `is before the registration date: ${resultDate} < ${registeredAt.slice(0, 10)}`);
  let shortCode: string;
  try {
    shortCode = caseShortCode(caseId);
  } catch {
    throw new FormInputError('caseId', `not a case id: "${caseId}"`);
  }

  const content: TalonContent = {
    languages,
    office,
    number,
    service,
    name: fullName(applicant),
    iin,
    registeredAt,
    resultDate,
    acceptedBy,
    caseId,
    shortCode,
    qr: talonQrContent(caseId, statusUrl),
    duplicate: input.duplicate === true,
  };
  // A talon must stay on one sheet: long names shrink the type a little instead of spilling onto a second page.
  for (const scale of [1, 0.9, 0.8, 0.7]) {
    const w = await FormWriter.open(fonts, {
      title: `${bilingualLabel(languages, 'talonTitle')} № ${number}`,
      pageSize: 'A5',
      margin: mm(10),
    });
    drawTalon(w, content, scale);
    if (w.doc.getPageCount() === 1 || scale === 0.7) {
      if (input.explanation) {
        w.addPage();
        drawTalonExplanation(w, languages, input.explanation);
      }
      return w.save();
    }
  }
  throw new Error('unreachable');
}

interface TalonContent {
  languages: Language[];
  office: Bilingual;
  number: string;
  service: Bilingual;
  name: string;
  iin: string;
  registeredAt: string;
  resultDate: string;
  acceptedBy: string;
  caseId: string;
  shortCode: string;
  qr: string;
  duplicate: boolean;
}

function drawTalon(w: FormWriter, c: TalonContent, scale: number): void {
  const { languages } = c;
  const f = (size: number) => size * scale;
  const label = (key: FormTextKey) => bilingualLabel(languages, key);
  const duplicateMark = label('duplicate');
  const person = [c.name, `${label('iin')}: ${c.iin}`];

  // Applicant's part.
  w.officeHeader(languages, c.office, f(9));
  if (c.duplicate) w.stamp(duplicateMark, { size: f(11), top: w.y });
  const titleRight = c.duplicate ? w.right - w.bold.widthOfTextAtSize(duplicateMark, f(11)) - 24 : w.right;
  w.within(w.left, titleRight, () => {
    for (const line of labelLines(languages, 'talonTitle')) w.text(line, { size: f(12), bold: true });
    w.text(label('talonApplicantPart'), { size: f(7.5), muted: true });
  });
  w.gap(f(4));
  w.text(`№ ${c.number}`, { size: f(15), bold: true });
  w.gap(f(4));

  const qrSize = mm(30);
  const qrLeft = w.right - qrSize;
  const fieldsTop = w.y;
  const fieldsBottom = w.within(w.left, qrLeft - mm(4), () => {
    w.field(label('applicant'), person, { size: f(10) });
    w.field(label('service'), pick(languages, c.service), { size: f(9.5) });
    w.field(label('registeredAt'), printedMoment(c.registeredAt), { size: f(10) });
    w.field(label('resultDate'), printedDate(c.resultDate), { size: f(10) });
    w.field(label('acceptedBy'), c.acceptedBy, { size: f(10) });
  });
  w.qrCode(c.qr, qrLeft, fieldsTop, qrSize);
  w.y = fieldsTop - qrSize - 2;
  const qrBottom = w.within(qrLeft - mm(2), w.right, () => {
    w.text(`${label('shortCode')}:`, { size: 7, muted: true, align: 'center' });
    w.text(c.shortCode, { size: 11, bold: true, align: 'center' });
    w.text(label('qrHint'), { size: 6.5, muted: true, align: 'center' });
  });
  w.y = Math.min(fieldsBottom, qrBottom) - f(6);

  // Cut line.
  w.rule({ dashed: true, from: w.left - mm(6), to: w.right + mm(6) });
  w.drawLine(`✂ ${label('cutLine')}`, w.left, w.y - 2, 7, false);
  w.gap(f(18));

  // Office stub.
  if (c.duplicate) w.stamp(duplicateMark, { size: f(9), top: w.y });
  w.within(w.left, titleRight, () => {
    for (const line of labelLines(languages, 'talonStubTitle')) w.text(line, { size: f(10), bold: true });
    w.text(label('talonStubPart'), { size: f(7.5), muted: true });
  });
  w.gap(f(3));
  const split = w.left + w.width * 0.4;
  const rowTop = w.y;
  const leftEnd = w.within(w.left, split - mm(3), () => {
    w.field(label('numberLabel'), `№ ${c.number}`, { size: f(10) });
    w.field(label('registeredAt'), printedMoment(c.registeredAt), { size: f(9) });
    w.field(label('resultDate'), printedDate(c.resultDate), { size: f(9) });
    w.field(label('shortCode'), c.shortCode, { size: f(9) });
    w.gap(f(6));
    w.signatureLine({ caption: label('talonReceived'), size: f(8.5), lineWidth: split - mm(3) - w.left });
  });
  w.y = rowTop;
  const rightEnd = w.within(split + mm(3), w.right, () => {
    w.field(label('applicant'), person, { size: f(9) });
    w.field(label('service'), pick(languages, c.service), { size: f(8.5) });
    w.field(label('acceptedBy'), c.acceptedBy, { size: f(9) });
  });
  w.y = Math.min(leftEnd, rightEnd);
}
