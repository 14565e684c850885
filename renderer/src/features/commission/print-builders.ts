// Builds the commission's printed forms from the stored case, commission and
// session (loaded on first print with pdf-lib and the fonts).
import { buildInspectionActPdf } from '@shared/forms/commission-act';
import { buildConclusionPdf, type SigningMember } from '@shared/forms/commission-conclusion';
import { buildAgendaPdf, buildSessionProtocolPdf, type ProtocolItem } from '@shared/forms/commission-session';
import { membersOn } from '@shared/commission/commission';
import type { ConclusionKind, InspectionAct } from '@shared/commission/act';
import { QUORUM_FAILURE_NAMES } from '@shared/i18n/commission';
import type { CaseState } from '@shared/case';
import type { OfficeSettings } from '@renderer/db/schema';
import { findCatalogEntry } from '@renderer/catalog/catalog';
import { newestThresholds } from '@renderer/catalog/published';
import { formFonts } from '@renderer/print/fonts';
import { sessionQuorum } from './model';
import type { CommissionRow, SessionRow } from './tables';

const heading = (settings: OfficeSettings, commission: CommissionRow) => ({
  office: { name: { kk: settings.nameKk, ru: settings.nameRu } },
  decision: commission.decision,
});
const serviceOf = (state: CaseState) => findCatalogEntry(state.entryId)?.title ?? { kk: state.entryId, ru: state.entryId };
const applicantOf = (state: CaseState) => {
  const a = state.registered!.applicant;
  return { fullName: [a.surname, a.name, a.patronymic].filter(Boolean).join(' '), iin: a.iin, address: a.address };
};

/** What a conclusionAdopted event carries beyond the schema's required fields. */
export interface StoredConclusion {
  conclusion: ConclusionKind;
  reasons: string;
  sessionId?: string;
  sessionDate?: string;
  actId?: string;
  perCapita?: number;
  signatures?: (SigningMember & { memberId: string })[];
}

export async function actPdf(
  state: CaseState,
  act: InspectionAct,
  commission: CommissionRow,
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return buildInspectionActPdf({
    fonts: await formFonts(),
    ...heading(settings, commission),
    caseNumber: state.number,
    service: serviceOf(state),
    serviceSlug: findCatalogEntry(state.entryId)?.service ?? state.entryId,
    applicationDate: state.events[0].at.slice(0, 10),
    applicant: applicantOf(state),
    act,
    thresholds: newestThresholds(),
  });
}

export async function conclusionPdf(
  state: CaseState,
  commission: CommissionRow,
  session: SessionRow,
  settings: OfficeSettings,
): Promise<Uint8Array> {
  const c = state.conclusion as unknown as StoredConclusion;
  const acts = state.inspections as unknown as InspectionAct[];
  const act = acts.find((a) => a.actId === c.actId) ?? acts[acts.length - 1];
  return buildConclusionPdf({
    fonts: await formFonts(),
    ...heading(settings, commission),
    caseNumber: state.number,
    service: serviceOf(state),
    applicant: applicantOf(state),
    session: { date: session.date, place: session.place },
    act: { actId: act.actId, date: act.date },
    conclusion: c.conclusion,
    reasons: c.reasons,
    perCapita: c.perCapita,
    members: (c.signatures ?? []).map((s) => ({
      fullName: s.fullName,
      position: s.position,
      role: s.role,
      vote: s.vote,
      opinion: s.opinion,
    })),
  });
}

const item = (state: CaseState) => ({
  caseNumber: state.number,
  applicant: applicantOf(state).fullName,
  service: serviceOf(state),
  address: applicantOf(state).address,
  due: state.steps.find((s) => s.milestone === 'commissionConclusion')?.due,
});

export async function agendaPdf(
  session: SessionRow,
  commission: CommissionRow,
  cases: CaseState[],
  settings: OfficeSettings,
): Promise<Uint8Array> {
  return buildAgendaPdf({
    fonts: await formFonts(),
    ...heading(settings, commission),
    session: { date: session.date, place: session.place },
    items: cases.map(item),
  });
}

export async function protocolPdf(
  session: SessionRow,
  commission: CommissionRow,
  cases: CaseState[],
  settings: OfficeSettings,
): Promise<Uint8Array> {
  const serving = membersOn(commission, session.date);
  const present = serving.filter((m) => session.presentIds.includes(m.id));
  const absent = serving.filter((m) => !session.presentIds.includes(m.id));
  const q = sessionQuorum(commission, session);
  const items: ProtocolItem[] = cases.map((state) => {
    const c = state.conclusion as unknown as StoredConclusion | undefined;
    if (!c || c.sessionId !== session.id) return item(state);
    const signatures = c.signatures ?? [];
    return {
      ...item(state),
      conclusion: {
        kind: c.conclusion,
        reasons: c.reasons,
        agree: signatures.filter((s) => s.vote === 'agree').length,
        dissents: signatures.filter((s) => s.vote === 'dissent').map((s) => ({ fullName: s.fullName, opinion: s.opinion ?? '' })),
      },
    };
  });
  return buildSessionProtocolPdf({
    fonts: await formFonts(),
    ...heading(settings, commission),
    session: { date: session.date, place: session.place },
    present,
    absent,
    quorum: q.ok ? q : { ok: false, reason: QUORUM_FAILURE_NAMES[q.reason] },
    items,
  });
}
