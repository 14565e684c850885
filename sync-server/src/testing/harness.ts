// Starts a real sync server for a test on SQLite or PostgreSQL, seeds a small
// region (two districts, three offices) and enrolls devices.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent, CaseEventType, EventActor, Payload } from '../../../shared/case/events';
import { makeEvent, registeredEvent } from '../../../shared/testing/case-events';
import { type StaffRole, unitStreamId } from '../../../shared/unit';
import { testConclusion, testInspectionAct } from '../../../shared/testing/commission-act';
import { buildServer } from '../app';
import type { Attachments } from '../attachments/tus';
import type { TokenBucketLimiter } from '../http/rate-limit';
import { type S3Settings, type ServerConfig, s3ToEnv } from '../config';
import { openStore, type SqlStore } from '../storage';
import { SyncClient } from './client';
import { startFakeS3 } from './fake-s3';
import { createThrowAwayDatabase } from './pg';

export type Backend = 'sqlite' | 'postgres';
export const BACKENDS: Backend[] = ['sqlite', 'postgres'];

/** Where attachments go: DATA_DIR/files, or a bucket on an in-process S3 server. */
export type AttachmentKind = 'files' | 's3';
export interface Setup {
  backend: Backend;
  attachments: AttachmentKind;
}
/** Every database with every attachment store, for the attachment tests. */
export const ATTACHMENT_SETUPS: Setup[] = BACKENDS.flatMap((backend) =>
  (['files', 's3'] as const).map((attachments) => ({ backend, attachments })),
);
export const setupName = (setup: Setup) => `${setup.backend}+${setup.attachments}`;

export interface TestServer {
  url: string;
  store: SqlStore;
  attachments: Attachments;
  limiter: TokenBucketLimiter;
  dataDir: string;
  databaseUrl?: string;
  close(): Promise<void>;
}

export interface ServerResources {
  dataDir: string;
  databaseUrl?: string;
  s3?: S3Settings;
}

export interface BackendResources extends ServerResources {
  dispose(): Promise<void>;
}

/** A data folder, for PostgreSQL a fresh database, for S3 a fresh bucket on its own server; dispose() removes them. */
export async function backendResources(backend: Backend, attachments: AttachmentKind = 'files'): Promise<BackendResources> {
  const dataDir = await mkdtemp(join(tmpdir(), 'akimat-sync-'));
  const db = backend === 'postgres' ? await createThrowAwayDatabase() : undefined;
  const s3 = attachments === 's3' ? await startFakeS3() : undefined;
  return {
    dataDir,
    databaseUrl: db?.url,
    s3: s3?.settings,
    async dispose() {
      await s3?.close();
      await db?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The same resources as the environment of a server process (`ServerProcess`). */
export function serverEnv(resources: ServerResources): Record<string, string> {
  return {
    DATA_DIR: resources.dataDir,
    ...(resources.databaseUrl ? { DATABASE_URL: resources.databaseUrl } : {}),
    ...(resources.s3 ? s3ToEnv(resources.s3) : {}),
  };
}

export function testConfig(resources: ServerResources, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir: resources.dataDir,
    databaseUrl: resources.databaseUrl,
    s3: resources.s3,
    bodyLimit: 2 * 1024 * 1024,
    rateLimit: { perSecond: 1000, burst: 1000 },
    logLevel: 'silent',
    ...overrides,
  };
}

/** An in-process server on an ephemeral port over the given resources. */
export async function startServer(resources: ServerResources, overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const config = testConfig(resources, overrides);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const { app, attachments, limiter } = buildServer(config, store);
  try {
    await attachments.recover();
  } catch (error) {
    await app.close();
    await store.close();
    throw error;
  }
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    attachments,
    limiter,
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    async close() {
      await app.close();
      await store.close();
    },
  };
}

export const REGION = {
  districts: [
    {
      code: 'D01',
      name: 'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі',
      nameRu: 'Отдел занятости и социальных программ Аксуского района',
    },
    { code: 'D02', name: 'Алакөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі' },
  ],
  offices: [
    {
      code: '0101',
      name: 'Жансүгіров кенттік округ аудан әкімінің аппараты',
      nameRu: 'Аппарат акима поселкового округа Жансугуров',
      districtCode: 'D01',
    },
    {
      code: '0102',
      name: 'Ақсу селолық округ аудан әкімінің аппараты',
      nameRu: 'Аппарат акима Аксуского сельского округа',
      districtCode: 'D01',
    },
    { code: '0201', name: 'Үшарал қалалық округ әкімінің аппараты', districtCode: 'D02' },
  ],
};

export async function seedRegion(store: SqlStore): Promise<void> {
  for (const d of REGION.districts) await store.admin.createDistrict(d.code, d.name, 'nameRu' in d ? d.nameRu : undefined);
  for (const o of REGION.offices) await store.admin.createOffice(o.code, o.name, o.districtCode, 'nameRu' in o ? o.nameRu : undefined);
}

/** An enrolled device and a writer of its events with its own gapless seq. */
export class TestDevice extends SyncClient {
  seq = 0;
  unit = '';
  kind: 'office' | 'district' = 'office';
  /** The role its events are signed with: the office's akim (who may also relay), or the district department's head. */
  role: EventActor['role'] = 'akim';

  static async enroll(url: string, store: SqlStore, target: { officeCode?: string; districtCode?: string }): Promise<TestDevice> {
    const device = new TestDevice(url);
    const answer = await device.enroll(await store.admin.issueEnrollmentCode(target));
    device.unit = answer.scope.kind === 'office' ? answer.scope.officeCode : answer.scope.districtCode;
    device.kind = answer.scope.kind;
    device.role = answer.scope.kind === 'office' ? 'akim' : 'districtHead';
    return device;
  }

  private source(caseId: string) {
    return { caseId, device: this.deviceId, office: this.unit, nextSeq: () => ++this.seq };
  }

  register(caseId: string, at?: string): CaseEvent {
    const event = registeredEvent(this.source(caseId), at);
    return { ...event, actor: { ...event.actor, role: this.role } };
  }

  write<T extends CaseEventType>(caseId: string, type: T, payload: Payload<T>, at?: string): CaseEvent {
    const event = makeEvent(this.source(caseId), type, payload, at) as CaseEvent;
    return { ...event, actor: { ...event.actor, role: this.role } };
  }

  /** Puts the actor of this device's events (u-1, in its role) on the unit's roster: the first person of a unit introduces themself. */
  introduce(): CaseEvent {
    const stream = unitStreamId(this.kind, this.unit);
    const password = { kdf: 'pbkdf2', iterations: 10_000, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) } as const;
    return this.write(stream, 'staffAdded', { userId: 'u-1', name: 'Әлия Сәрсенова', role: this.role as StaffRole, password });
  }

  /** A registered case taken through the commission, ready to relay. */
  caseReadyToRelay(caseId: string): CaseEvent[] {
    return [
      this.register(caseId),
      this.write(caseId, 'sentToCommission', {}),
      this.write(caseId, 'inspectionRecorded', testInspectionAct()),
      this.write(caseId, 'conclusionAdopted', testConclusion()),
    ];
  }
}
