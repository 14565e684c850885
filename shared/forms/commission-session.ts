// A commission session's agenda (the cases to consider) and its protocol (who
// was present, the quorum, and the conclusion adopted on each case).
import type { ConclusionKind } from '../commission/act';
import type { MemberRole } from '../commission/commission';
import { CONCLUSION_NAMES } from '../i18n/commission-act';
import { MEMBER_ROLE_NAMES } from '../i18n/commission';
import type { Language } from '../i18n/translate';
import { z } from 'zod';
import { printedDate, printedMoment, type Bilingual, type FormBase, checkInput, FormDate, FormText, within } from './input';
import { FormWriter, mm, type TableColumn } from './layout';
import { COMMISSION_HEADING, drawCommissionHeading, headingOf, labelled, paragraphs, type CommissionHeading } from './commission-layout';
import { commissionLabel, commissionText } from './commission-texts';

export interface SessionMember {
  fullName: string;
  position: string;
  role: MemberRole;
}

export interface AgendaItem {
  caseNumber: string;
  applicant: string;
  service: Bilingual;
  address?: string;
  /** Due moment of the commission's conclusion ("YYYY-MM-DDTHH:mm"). */
  due?: string;
}

export interface SessionInfo {
  date: string;
  place: string;
}

export interface AgendaPdfInput extends FormBase, CommissionHeading {
  session: SessionInfo;
  items: AgendaItem[];
}

export interface ProtocolItem extends AgendaItem {
  conclusion?: { kind: ConclusionKind; reasons: string; agree: number; dissents: { fullName: string; opinion: string }[] };
}

export interface SessionProtocolPdfInput extends FormBase, CommissionHeading {
  session: SessionInfo;
  present: SessionMember[];
  absent: SessionMember[];
  /** The quorum as checked: ok, or the reason it is missing in both languages. */
  quorum: { ok: true; present: number; serving: number } | { ok: false; reason: Bilingual };
  items: ProtocolItem[];
}

/** What the agenda and the protocol check alike: the heading and the session. */
const SessionFormSchema = z.object({ ...COMMISSION_HEADING, session: within({ date: FormDate, place: FormText }) });

const roleOf = (languages: Language[], role: MemberRole) => languages.map((l) => MEMBER_ROLE_NAMES[role][l]).join(' / ');

function drawSession(w: FormWriter, languages: Language[], session: SessionInfo): void {
  labelled(w, languages, 'sessionDate', printedDate(session.date), 10);
  labelled(w, languages, 'place', session.place, 10);
  w.gap(6);
}

function caseColumns(languages: Language[], last: 'colDue' | 'colDecision'): TableColumn[] {
  const both = (key: Parameters<typeof commissionText>[1]) => languages.map((l) => commissionText(l, key));
  return [
    { title: [commissionLabel(languages, 'colNo')], weight: 0.5, align: 'center' },
    { title: both('colCase'), weight: 2, boldFirstLine: true },
    { title: both('service'), weight: 3 },
    { title: both('colAddress'), weight: 2.4 },
    { title: both(last), weight: last === 'colDue' ? 1.6 : 3.2 },
  ];
}

export async function buildAgendaPdf(input: AgendaPdfInput): Promise<Uint8Array> {
  const checked = checkInput(SessionFormSchema, input);
  const { languages, fonts, session } = checked;
  const heading = headingOf(checked);
  const w = await FormWriter.open(fonts, { title: commissionLabel(languages, 'agendaTitle'), pageSize: 'A4', margin: mm(16) });
  drawCommissionHeading(w, languages, heading, 'agendaTitle');
  drawSession(w, languages, session);
  if (input.items.length === 0) w.text(commissionLabel(languages, 'noItems'), { size: 10 });
  else
    w.table(
      caseColumns(languages, 'colDue'),
      input.items.map((item, i) => [
        String(i + 1),
        `${item.caseNumber}\n${item.applicant}`,
        languages.map((l) => item.service[l]).join('\n'),
        item.address ?? '',
        item.due ? printedMoment(item.due) : '',
      ]),
      { size: 8.5 },
    );
  w.pageNumbers(languages);
  return w.save();
}

export async function buildSessionProtocolPdf(input: SessionProtocolPdfInput): Promise<Uint8Array> {
  const checked = checkInput(SessionFormSchema, input);
  const { languages, fonts, session } = checked;
  const heading = headingOf(checked);
  const label = (key: Parameters<typeof commissionLabel>[1]) => commissionLabel(languages, key);
  const w = await FormWriter.open(fonts, { title: label('protocolTitle'), pageSize: 'A4', margin: mm(16) });
  drawCommissionHeading(w, languages, heading, 'protocolTitle');
  drawSession(w, languages, session);

  w.text(label('present'), { size: 10, bold: true });
  w.numbered(
    input.present.map((m) => `${m.fullName} — ${roleOf(languages, m.role)}, ${m.position}`),
    { size: 9.5, indent: mm(3) },
  );
  if (input.absent.length) {
    w.text(label('absent'), { size: 10, bold: true });
    w.numbered(
      input.absent.map((m) => `${m.fullName} — ${roleOf(languages, m.role)}`),
      { size: 9.5, indent: mm(3) },
    );
  }
  w.gap(4);
  const q = input.quorum;
  if (q.ok) paragraphs(w, languages, 'quorumOk', { present: q.present, serving: q.serving }, { bold: true });
  else for (const l of languages) w.text(commissionText(l, 'quorumMissing', { reason: q.reason[l] }), { size: 9.5, bold: true });
  w.gap(8);

  w.text(label('agenda'), { size: 10, bold: true });
  if (input.items.length === 0) w.text(label('noItems'), { size: 10 });
  else
    w.table(
      caseColumns(languages, 'colDecision'),
      input.items.map((item, i) => {
        const c = item.conclusion;
        const decision = c
          ? [
              languages.map((l) => CONCLUSION_NAMES[c.kind][l]).join(' / '),
              c.reasons,
              languages.map((l) => commissionText(l, 'votes', { agree: c.agree, dissent: c.dissents.length })).join('\n'),
              ...c.dissents.map((d) => `${commissionLabel(languages, 'dissentingOpinion')} (${d.fullName}): ${d.opinion}`),
            ].join('\n')
          : label('notConsidered');
        return [
          String(i + 1),
          `${item.caseNumber}\n${item.applicant}`,
          languages.map((l) => item.service[l]).join('\n'),
          item.address ?? '',
          decision,
        ];
      }),
      { size: 8.5 },
    );
  w.gap(16);
  const chair = input.present.find((m) => m.role === 'chair') ?? input.present.find((m) => m.role === 'deputyChair');
  const secretary = input.present.find((m) => m.role === 'secretary');
  w.signatureLine({ prefix: label('chair'), value: chair?.fullName, lineWidth: mm(45) });
  w.gap(4);
  w.signatureLine({ prefix: label('secretary'), value: secretary?.fullName, lineWidth: mm(45) });
  w.pageNumbers(languages);
  return w.save();
}
