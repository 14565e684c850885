// The office PC's database. Case events are the source of truth; `cases` is a
// folded summary kept in step with them in the same transaction; every event has
// an `outbox` row written with it, so sync can be added without a migration.
import Dexie, { type EntityTable } from 'dexie';
import type { CaseEvent, CaseStatus } from '@shared/case';
import type { StatsStep } from '@shared/stats';
import type { OfficeHours } from '@shared/deadlines';
import type { Bilingual } from '@shared/sync/protocol';
import type { CommissionRow, SessionRow } from '@renderer/features/commission/tables';
import type { StoredIdentity, PulledRow, SyncStatusRow, UploadRow } from '@renderer/features/sync/state';
import type { PublicationRow } from '@renderer/catalog/published';
// Note for features/district: directory.ts should read `db.syncState` (typed below) instead of db.table('syncState').
import type { DirectoryRow } from '@renderer/features/district/directory';
import type { ComplaintRow } from '@renderer/features/complaints/tables';

import type { PasswordHash } from '@shared/staff/password';
import { fillSearchFields } from './search-upgrade';
import { namePairsOf } from './search-index';
import { importUnitRecords } from './unit-upgrade';
import { markStatsDaysBuilt, type StatsDayRow } from './stats-days';

export const DB_NAME = 'akimat-desk';

export interface CaseSummary {
  id: string;
  number: string;
  shortCode: string;
  entryId: string;
  status: CaseStatus;
  iin: string;
  surname: string;
  /** searchKey(surname) for case-insensitive search with Kazakh letters. */
  surnameKey: string;
  fullName: string;
  /** Search indexes (search-index.ts): folded name words, their pairs, every IIN on the case. */
  nameWords: string[];
  namePairs: string[];
  iins: string[];
  /** The catalog version of the case's entry (none: the bundled catalog); its title's words are the case's service words (search-index.ts). */
  catalogVersion?: string;
  /** Folded service-title words, held only by rows written before schema version 14 (search-index.ts serviceWordsOfCase). */
  serviceWords?: string[];
  /** Local date "YYYY-MM-DD" of registration (or of the refusal receipt). */
  registeredDate: string;
  registeredAt: string;
  resultDate?: string;
  /** Due moment of the next step; absent for closed cases, so they drop out of the index. */
  openDue?: string;
  nextMilestone?: string;
  acceptedBy: string;
  eventCount: number;
  /** Office code of the office that registered the case, and the steps with their terms and done moments (features/reports); not indexed. */
  office?: string;
  steps?: StatsStep[];
  /** What the quality indicators read (shared/quality serviceMoments); absent on a summary written before them. */
  readyAt?: string;
  servedAt?: string;
  reworked?: boolean;
}

/** One per event written on this PC; sync records what the server said (`error` holds the machine code). */
export interface OutboxRow {
  eventId: string;
  state: 'pending' | 'sent' | 'error';
  error?: string;
  /** Where the server placed the event, once sent. */
  serverSeq?: number;
  /** The server epoch the event was acknowledged in (features/sync/recovery.ts); null when not known. */
  epoch?: string | null;
  reason?: Bilingual;
}

/** The rows of `syncState`, told apart by `key`: 'device', 'status' (features/sync) and 'directory' (features/district). */
export type SyncStateRow = StoredIdentity | SyncStatusRow | DirectoryRow;

export interface MetaRow {
  key: string;
  value: number;
}

export type Role = 'clerk' | 'executor' | 'akim';

/** A person on the unit's staff: the projection of the unit's stream (unit-store.ts). */
export interface UserRow {
  id: string;
  name: string;
  role: Role;
  /** Deactivated staff stay in the list, and cannot sign in. */
  active: boolean;
  password: PasswordHash;
  /** PBKDF2 fields of a row written by an earlier build (unit-upgrade.ts turns them into `password`). */
  salt?: string;
  hash?: string;
  iterations?: number;
}

export interface OfficeSettings {
  key: 'office';
  nameKk: string;
  nameRu: string;
  okrug: string;
  district: string;
  officeCode: string;
  deviceLetter: string;
  deviceId: string;
  hours: OfficeHours;
  actIds: string[];
  /** An akimat office (default) or a district department of employment and social programmes (features/district/). */
  kind?: 'akimat' | 'district';
}

export interface DraftRow {
  id: string;
  userId: string;
  updatedAt: string;
  data: unknown;
}

export interface AttachmentRow {
  /** caseId + ":" + sha256: the same file may belong to two cases. */
  id: string;
  caseId: string;
  sha256: string;
  name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size: number;
  blob: Blob;
  thumb?: Blob;
}

/** One renderer error in the browser host's log; no personal data (message, stack, screen). */
export interface ErrorLogRow {
  id?: number;
  at: string;
  source: 'boundary' | 'error' | 'unhandledrejection';
  message: string;
  stack?: string;
  screen?: string;
  appVersion: string;
}

export class AkimatDb extends Dexie {
  events!: EntityTable<CaseEvent, 'id'>;
  outbox!: EntityTable<OutboxRow, 'eventId'>;
  cases!: EntityTable<CaseSummary, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  users!: EntityTable<UserRow, 'id'>;
  settings!: EntityTable<OfficeSettings, 'key'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  commissions!: EntityTable<CommissionRow, 'id'>;
  commissionSessions!: EntityTable<SessionRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  uploads!: EntityTable<UploadRow, 'sha256'>;
  pulled!: EntityTable<PulledRow, 'eventId'>;
  publications!: EntityTable<PublicationRow, 'serverSeq'>;
  errorLog!: EntityTable<ErrorLogRow, 'id'>;
  complaints!: EntityTable<ComplaintRow, 'id'>;
  statsDays!: EntityTable<StatsDayRow, 'day'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      events: 'id, caseId',
      outbox: 'eventId, state',
      cases: 'id, number, shortCode, iin, surnameKey, status, openDue, [status+openDue], registeredDate, [iin+entryId]',
      meta: 'key',
      users: 'id, name',
      settings: 'key',
      drafts: 'id, userId',
      attachments: 'id, caseId, sha256',
    });
    // Sync bookkeeping (features/sync/state.ts): device identity, cursor, status; files to upload; server order of pulled events.
    this.version(2).stores({ syncState: 'key', uploads: 'sha256, state', pulled: 'eventId, caseId' });
    // The precinct commission (features/commission/): its composition history and its sessions.
    this.version(3).stores({ commissions: 'id, officeCode', commissionSessions: 'id, commissionId, date' });
    // Catalog and calendar versions pulled from the sync server, with their verdicts (catalog/published.ts).
    this.version(4).stores({ publications: 'serverSeq, kind' });
    // Search by every name word in Kazakh or Russian spelling, by a service word, by any IIN on the case (features/search).
    this.version(5)
      .stores({
        cases:
          'id, number, shortCode, iin, surnameKey, status, openDue, [status+openDue], registeredDate, [iin+entryId], *nameWords, *serviceWords, *iins',
      })
      .upgrade(fillSearchFields);
    // The browser host's log of renderer errors, the last 200 (features/diagnostics/error-log.ts).
    this.version(6).stores({ errorLog: '++id' });
    // Recovery after a server restore: sent events keep the epoch they were acknowledged in (unknown
    // for rows sent before: null, so the first new epoch resends the newest as a probe).
    this.version(7)
      .stores({})
      .upgrade(async (tx) => {
        await tx
          .table('outbox')
          .where('state')
          .equals('sent')
          .modify((row: OutboxRow) => {
            if (row.epoch === undefined) row.epoch = null;
          });
        await tx
          .table('syncState')
          .where('key')
          .equals('status')
          .modify((row: { epoch?: string | null }) => {
            if (row.epoch === undefined) row.epoch = null;
          });
      });
    // Staff, the commission and its sessions become events of the unit's stream (unit-upgrade.ts).
    this.version(8).stores({}).upgrade(importUnitRecords);
    // The journal of complaints (features/complaints): a summary per complaint stream, folded like cases.
    this.version(9).stores({ complaints: 'id, registeredDate, dueDate, [open+dueDate], unitCode' });
    // The relay register reads the relays of a period without walking every event (features/relay).
    // Two typed words read one range of name-word pairs (search-index.ts namePairsOf), filled from each case's name words.
    this.version(10)
      .stores({
        events: 'id, caseId, [type+at]',
        cases:
          'id, number, shortCode, iin, surnameKey, status, openDue, [status+openDue], registeredDate, [iin+entryId], *nameWords, *serviceWords, *iins, *namePairs',
      })
      .upgrade((tx) =>
        tx
          .table('cases')
          .toCollection()
          .modify((row: { nameWords?: string[]; namePairs?: string[] }) => {
            row.namePairs = namePairsOf(row.nameWords ?? []);
          }),
      );
    // The statistics' facts of each registration day (db/stats-days.ts); built from the cases on first use.
    this.version(11).stores({ statsDays: 'day' });
    // Fewer index entries a case and an event (a first sync writes ~10,000 cases): no read went by
    // surnameKey or [iin+entryId], and a pulled row is found by its event's id (case-order.ts foldOrder).
    this.version(12).stores({
      pulled: 'eventId',
      cases: 'id, number, shortCode, iin, status, openDue, [status+openDue], registeredDate, *nameWords, *serviceWords, *iins, *namePairs',
    });
    // The day records keep what the quality indicators read (shared/quality from-days.ts): the old
    // ones are built again on first use, their summaries folded again where they lack it.
    this.version(13)
      .stores({})
      .upgrade((tx) => tx.table('statsDays').clear());
    // A service word is looked up in the catalog, then its entries' cases by entryId (shared/search/service-words.ts):
    // one index entry a case instead of ~19 (a first sync of 10,000 cases wrote ~190,000).
    this.version(14).stores({
      cases: 'id, number, shortCode, iin, entryId, status, openDue, [status+openDue], registeredDate, *nameWords, *iins, *namePairs',
    });
    // A new database has no cases whose days are missing.
    this.on('populate', () => markStatsDaysBuilt(this, true));
  }
}
