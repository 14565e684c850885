// The SyncStore over one SqlDriver (SQLite or PostgreSQL), composed of a
// repository per concern; whole-database jobs (schema, counts, export) stay here.
import type { SqlDriver } from './driver';
import { migrate } from './migrations';
import { AdminRepository } from './repositories/admin';
import { AttachmentRepository } from './repositories/attachments';
import { ConsoleRepository } from './repositories/console';
import { DeviceRepository } from './repositories/devices';
import { EpochRepository } from './repositories/epoch';
import { UploadRepository } from './repositories/uploads';
import { EventRepository } from './repositories/events';
import { StatusRepository } from './repositories/status';
import type { Counts, SyncStore } from './types';

/** Every table, in the order a restore would fill them. */
export const TABLES = [
  'counters',
  'districts',
  'offices',
  'enrollment_codes',
  'devices',
  'cases',
  'events',
  'attachments',
  'case_attachments',
  'attachment_units',
  'district_events',
  'publications',
  // The admin console (004-console.ts); its sessions are not kept in an export.
  'console_admins',
  'device_reports',
  'update_releases',
  'update_rollouts',
  'server_meta',
  'uploads',
];

export class SqlStore implements SyncStore {
  readonly admin: AdminRepository;
  readonly devices: DeviceRepository;
  readonly events: EventRepository;
  readonly attachments: AttachmentRepository;
  readonly console: ConsoleRepository;
  readonly epoch: EpochRepository;
  readonly uploads: UploadRepository;
  /** Set at open when committed data was found lost (a damaged SQLite log): the one line the server logs. */
  lossDetected?: string;
  readonly status: StatusRepository;

  constructor(
    readonly driver: SqlDriver,
    options: { maxCaseEvents?: number } = {},
  ) {
    this.admin = new AdminRepository(driver);
    this.devices = new DeviceRepository(driver);
    this.events = new EventRepository(driver, options.maxCaseEvents);
    this.attachments = new AttachmentRepository(driver);
    this.console = new ConsoleRepository(driver);
    this.epoch = new EpochRepository(driver);
    this.uploads = new UploadRepository(driver);
    this.status = new StatusRepository(driver);
  }

  get kind() {
    return this.driver.kind;
  }
  get description() {
    return this.driver.description;
  }

  /** Runs the schema steps this database has not run yet (migrations/). */
  async migrate(): Promise<void> {
    await migrate(this.driver);
  }

  async close(): Promise<void> {
    // The records of syncs already answered (ConsoleRepository.noteSync) are written first.
    await this.console.settled();
    return this.driver.close();
  }

  counts(): Promise<Counts> {
    return this.driver.transaction('read', async (db) => {
      const one = async (table: string) => Number((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))!.n);
      return {
        events: await one('events'),
        cases: await one('cases'),
        attachments: await one('attachments'),
        devices: await one('devices'),
      };
    });
  }

  /** Every row of every table, for the admin's JSON backup and for tests. */
  exportAll(): Promise<Record<string, unknown[]>> {
    return this.driver.transaction('read', async (db) => {
      const out: Record<string, unknown[]> = {};
      for (const table of TABLES) out[table] = await db.all(`SELECT * FROM ${table}`);
      return out;
    });
  }
}
