// The precinct commission's conclusion on one case: needs / does not need
// assistance (or conditions confirmed / not), its reasons, and a line for each
// present member to sign — or that member's dissenting opinion.
import type { ConclusionKind } from '../commission/act';
import type { MemberRole } from '../commission/commission';
import { CONCLUSION_NAMES } from '../i18n/commission-act';
import { MEMBER_ROLE_NAMES } from '../i18n/commission';
import { z } from 'zod';
import {
  printedAmount,
  printedDate,
  type Bilingual,
  type FormBase,
  checkInput,
  FormBilingual,
  FormDate,
  FormIin,
  FormText,
  nonEmpty,
  Problem,
  rule,
  within,
} from './input';
import { FormWriter, mm } from './layout';
import { COMMISSION_HEADING, drawCommissionHeading, headingOf, labelled, paragraphs, type CommissionHeading } from './commission-layout';
import { commissionLabel } from './commission-texts';

export interface SigningMember {
  fullName: string;
  position: string;
  role: MemberRole;
  vote: 'agree' | 'dissent';
  opinion?: string;
}

export interface ConclusionPdfInput extends FormBase, CommissionHeading {
  caseNumber: string;
  service: Bilingual;
  applicant: { fullName: string; iin: string; address?: string };
  session: { date: string; place: string };
  act: { actId: string; date: string };
  conclusion: ConclusionKind;
  reasons: string;
  /** Per-capita income from the act, when it was computed. */
  perCapita?: number;
  members: SigningMember[];
}

const SigningMemberSchema = z
  .looseObject({ fullName: FormText, vote: z.unknown().optional(), opinion: z.unknown().optional() })
  .superRefine((member, ctx) => {
    if (member.vote === 'dissent' && (typeof member.opinion !== 'string' || member.opinion.trim() === ''))
      ctx.addIssue({ code: 'custom', path: ['opinion'], message: 'is empty' });
  });

const ConclusionSchema = z.object({
  ...COMMISSION_HEADING,
  caseNumber: FormText,
  service: FormBilingual,
  applicant: within({ fullName: FormText, iin: FormIin }),
  session: within({ date: FormDate, place: FormText }),
  reasons: FormText,
  members: nonEmpty(SigningMemberSchema),
  conclusion: rule((kind) =>
    typeof kind === 'string' && kind in CONCLUSION_NAMES ? (kind as ConclusionKind) : new Problem(`unknown conclusion "${kind}"`),
  ),
});

export async function buildConclusionPdf(input: ConclusionPdfInput): Promise<Uint8Array> {
  const checked = checkInput(ConclusionSchema, input);
  const { languages, fonts, caseNumber, service, reasons } = checked;
  const heading = headingOf(checked);
  const { fullName: applicantName, iin } = checked.applicant;
  const { date: sessionDate, place } = checked.session;
  // Printed as given: the check only makes sure each member's name (and a dissent's opinion) is there.
  const members = input.members;

  const label = (key: Parameters<typeof commissionLabel>[1]) => commissionLabel(languages, key);
  const w = await FormWriter.open(fonts, { title: `${label('conclusionTitle')} ${caseNumber}`, pageSize: 'A4', margin: mm(18) });
  drawCommissionHeading(w, languages, heading, 'conclusionTitle');
  paragraphs(w, languages, 'sessionOf', { date: printedDate(sessionDate), place });
  w.gap(6);
  labelled(w, languages, 'caseNumber', caseNumber);
  labelled(w, languages, 'service', languages.map((l) => service[l]).join(' / '));
  labelled(w, languages, 'applicant', `${applicantName}, ${label('iin')} ${iin}`);
  if (input.applicant.address) labelled(w, languages, 'address', input.applicant.address);
  paragraphs(w, languages, 'basedOnAct', { act: input.act.actId, date: printedDate(input.act.date) });
  if (input.perCapita !== undefined) paragraphs(w, languages, 'perCapitaShort', { amount: printedAmount(input.perCapita) });
  w.gap(10);

  w.text(label('conclusionIs'), { size: 10.5, bold: true });
  for (const l of languages) w.text(CONCLUSION_NAMES[input.conclusion][l].toUpperCase(), { size: 13, bold: true, align: 'center' });
  w.gap(8);
  w.text(label('reasons'), { size: 10, bold: true });
  w.text(reasons, { size: 10 });
  w.gap(8);
  const agree = members.filter((m) => m.vote === 'agree').length;
  paragraphs(w, languages, 'votes', { agree, dissent: members.length - agree });
  w.gap(12);

  for (const m of members) {
    const role = languages.map((l) => MEMBER_ROLE_NAMES[m.role][l]).join(' / ');
    w.text(`${role} — ${m.position}`, { size: 8, muted: true });
    if (m.vote === 'agree') {
      w.signatureLine({ prefix: `(${label('agreed')})`, caption: `(${label('signature')})`, value: m.fullName, lineWidth: mm(50) });
    } else {
      w.text(`${label('dissentingOpinion')}: ${m.opinion!.trim()}`, { size: 9.5, bold: true });
      w.signatureLine({ caption: `(${label('signature')})`, value: m.fullName, lineWidth: mm(50) });
    }
    w.gap(4);
  }
  w.pageNumbers(languages);
  return w.save();
}
