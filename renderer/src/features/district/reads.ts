// Reads for the district desk and the akimat's return path: the district's
// inbox with its filters, the akimat's "returned" and "result arrived" lists,
// and the rows of the hand-over register for a date range.
import Dexie from 'dexie';
import { foldCase, type CaseState, type CaseStatus } from '@shared/case';
import type { Milestone } from '@shared/catalog/schema';
import type { AkimatDb, CaseSummary } from '@renderer/db/schema';
import type { Bilingual } from '@shared/sync/protocol';
import { eventsOf as caseEventsInServerOrder } from '@renderer/db/case-order';
import { loadDirectory } from './directory';
import { missingPackageFiles } from './files';
import { defaultInboxOrder } from './inbox-sort';

/** The district's own steps, in the order of the procedure. */
export const DISTRICT_MILESTONES: Milestone[] = [
  'districtRegister',
  'districtAssign',
  'districtExamine',
  'specialCommission',
  'districtSign',
  'districtReturn',
];

export interface InboxRow {
  caseId: string;
  number: string;
  /** Office code of the akimat that registered and relayed the case. */
  office: string;
  entryId: string;
  applicant: string;
  iin: string;
  relayedAt?: string;
  status: CaseStatus;
  /** The next step of the district and when it is due. */
  nextMilestone?: Milestone;
  due?: string;
  overdue: boolean;
  /** Files of the package not yet on this PC. */
  filesMissing: number;
  /** The department's executor the head assigned (the last assignment), if any. */
  executorId?: string;
}

export interface InboxFilter {
  office?: string;
  entryId?: string;
  /** 'open' (not yet decided), one status, or everything. */
  status?: 'open' | 'all' | CaseStatus;
  overdueOnly?: boolean;
  /** Only the packages this user was assigned to examine ("assigned to me"). */
  executorId?: string;
}

const OPEN_AT_DISTRICT: CaseStatus[] = ['relayed', 'atDistrict'];

function inboxRow(state: CaseState, summary: CaseSummary, filesMissing: number): InboxRow {
  const relayed = [...state.events].reverse().find((e) => e.type === 'packageRelayed');
  const next = OPEN_AT_DISTRICT.includes(state.status)
    ? state.steps.find((s) => s.milestone && DISTRICT_MILESTONES.includes(s.milestone) && !s.doneAt)
    : undefined;
  const assigned = [...state.events].reverse().find((e) => e.type === 'districtExecutorAssigned');
  return {
    caseId: state.caseId,
    number: state.number,
    office: state.events[0].office,
    entryId: state.entryId,
    applicant: summary.fullName,
    iin: summary.iin,
    relayedAt: relayed?.at,
    status: state.status,
    nextMilestone: next?.milestone,
    due: next?.due,
    overdue: next?.overdue ?? false,
    filesMissing,
    executorId: assigned?.type === 'districtExecutorAssigned' ? assigned.payload.executorId : undefined,
  };
}

/**
 * The packages this district holds (a district PC only receives the cases
 * relayed to it), overdue first, then the newest relay, with the choices the filters offer.
 */
export async function districtInbox(
  db: AkimatDb,
  now: string,
  filter: InboxFilter = {},
): Promise<{ rows: InboxRow[]; offices: string[]; entryIds: string[]; officeNames: Record<string, Bilingual> }> {
  const summaries = await db.cases.toArray();
  const all: InboxRow[] = [];
  for (const summary of summaries) {
    // Events of two PCs fold in the server's order (their clocks say nothing about each other).
    const state = foldCase(await caseEventsInServerOrder(db, summary.id), { now });
    if (state?.events.some((e) => e.type === 'packageRelayed'))
      all.push(inboxRow(state, summary, (await missingPackageFiles(db, summary.id)).length));
  }
  const status = filter.status ?? 'open';
  const rows = all
    .filter((r) => !filter.office || r.office === filter.office)
    .filter((r) => !filter.entryId || r.entryId === filter.entryId)
    .filter((r) => (status === 'all' ? true : status === 'open' ? OPEN_AT_DISTRICT.includes(r.status) : r.status === status))
    .filter((r) => !filter.overdueOnly || r.overdue)
    .filter((r) => !filter.executorId || r.executorId === filter.executorId)
    .sort(defaultInboxOrder);
  const officeNames = (await loadDirectory(db))?.offices ?? {};
  return {
    rows,
    offices: [...new Set(all.map((r) => r.office))].sort(),
    entryIds: [...new Set(all.map((r) => r.entryId))].sort(),
    officeNames,
  };
}

/** For the akimat's Today: packages the district sent back, and decisions that arrived and wait to be registered. */
export async function returnPathLists(db: AkimatDb): Promise<{ returned: CaseSummary[]; arrived: CaseSummary[] }> {
  const list = (status: CaseStatus) => db.cases.where('[status+openDue]').between([status, Dexie.minKey], [status, Dexie.maxKey]).toArray();
  const [returned, arrived] = await Promise.all([list('returnedForRework'), list('decided')]);
  return { returned, arrived };
}

export interface HandedOverRow {
  caseId: string;
  number: string;
  entryId: string;
  applicant: NonNullable<CaseState['registered']>['applicant'];
  result: 'notification' | 'refusal' | 'certificate';
  handedOverAt: string;
  receivedBy: string;
}

/** Results handed over between two dates (inclusive), in the order they were handed over. */
export async function handedOverBetween(db: AkimatDb, from: string, to: string): Promise<HandedOverRow[]> {
  const closed = await db.cases.where('status').equals('handedOver').primaryKeys();
  const events = await db.events.where('caseId').anyOf(closed).toArray();
  const rows: HandedOverRow[] = [];
  const registered = new Map(events.filter((e) => e.type === 'registered').map((e) => [e.caseId, e]));
  for (const e of events) {
    if (e.type !== 'handedOver') continue;
    const day = e.at.slice(0, 10);
    const reg = registered.get(e.caseId);
    if (day < from || day > to || !reg || reg.type !== 'registered') continue;
    rows.push({
      caseId: e.caseId,
      number: reg.payload.number,
      entryId: reg.payload.entryId,
      applicant: reg.payload.applicant,
      result: e.payload.result,
      handedOverAt: e.at,
      receivedBy: e.payload.receivedBy,
    });
  }
  return rows.sort((a, b) => a.handedOverAt.localeCompare(b.handedOverAt));
}
