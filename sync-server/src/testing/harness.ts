// Starts a real sync server for a test on SQLite or PostgreSQL, seeds a small
// region (two districts, three offices) and enrolls devices.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseEvent, CaseEventType, Payload } from '../../../shared/case/events';
import { makeEvent, registeredEvent } from '../../../shared/testing/case-events';
import { buildServer } from '../app';
import type { ServerConfig } from '../config';
import { openStore, type SqlStore } from '../storage';
import { SyncClient } from './client';
import { createThrowAwayDatabase } from './pg';

export type Backend = 'sqlite' | 'postgres';
export const BACKENDS: Backend[] = ['sqlite', 'postgres'];

export interface TestServer {
  url: string;
  store: SqlStore;
  dataDir: string;
  databaseUrl?: string;
  close(): Promise<void>;
}

export interface BackendResources {
  dataDir: string;
  databaseUrl?: string;
  dispose(): Promise<void>;
}

/** A data folder, and for PostgreSQL a fresh database; dispose() removes both. */
export async function backendResources(backend: Backend): Promise<BackendResources> {
  const dataDir = await mkdtemp(join(tmpdir(), 'akimat-sync-'));
  const db = backend === 'postgres' ? await createThrowAwayDatabase() : undefined;
  return {
    dataDir,
    databaseUrl: db?.url,
    async dispose() {
      await db?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function testConfig(resources: { dataDir: string; databaseUrl?: string }, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    host: '127.0.0.1',
    port: 0,
    dataDir: resources.dataDir,
    databaseUrl: resources.databaseUrl,
    bodyLimit: 2 * 1024 * 1024,
    rateLimit: { perSecond: 1000, burst: 1000 },
    logLevel: 'silent',
    ...overrides,
  };
}

/** An in-process server on an ephemeral port over the given resources. */
export async function startServer(resources: { dataDir: string; databaseUrl?: string }, overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const config = testConfig(resources, overrides);
  const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  const { app, attachments } = buildServer(config, store);
  await attachments.recover();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
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
    { code: 'D01', name: 'Ақсу ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі' },
    { code: 'D02', name: 'Алакөл ауданының жұмыспен қамту және әлеуметтік бағдарламалар бөлімі' },
  ],
  offices: [
    { code: '0101', name: 'Жансүгіров кенттік округ аудан әкімінің аппараты', districtCode: 'D01' },
    { code: '0102', name: 'Ақсу селолық округ аудан әкімінің аппараты', districtCode: 'D01' },
    { code: '0201', name: 'Үшарал қалалық округ әкімінің аппараты', districtCode: 'D02' },
  ],
};

export async function seedRegion(store: SqlStore): Promise<void> {
  for (const d of REGION.districts) await store.createDistrict(d.code, d.name);
  for (const o of REGION.offices) await store.createOffice(o.code, o.name, o.districtCode);
}

/** An enrolled device and a writer of its events with its own gapless seq. */
export class TestDevice extends SyncClient {
  seq = 0;
  unit = '';

  static async enroll(url: string, store: SqlStore, target: { officeCode?: string; districtCode?: string }): Promise<TestDevice> {
    const device = new TestDevice(url);
    const answer = await device.enroll(await store.issueEnrollmentCode(target));
    device.unit = answer.scope.kind === 'office' ? answer.scope.officeCode : answer.scope.districtCode;
    return device;
  }

  private source(caseId: string) {
    return { caseId, device: this.deviceId, office: this.unit, nextSeq: () => ++this.seq };
  }

  register(caseId: string, at?: string): CaseEvent {
    return registeredEvent(this.source(caseId), at);
  }

  write<T extends CaseEventType>(caseId: string, type: T, payload: Payload<T>, at?: string): CaseEvent {
    return makeEvent(this.source(caseId), type, payload, at) as CaseEvent;
  }

  /** A registered case taken through the commission, ready to relay. */
  caseReadyToRelay(caseId: string): CaseEvent[] {
    return [
      this.register(caseId),
      this.write(caseId, 'sentToCommission', {}),
      this.write(caseId, 'inspectionRecorded', { actId: 'act-1' }),
      this.write(caseId, 'conclusionAdopted', { conclusion: 'needs', reasons: 'Отбасы табысы төмен' }),
    ];
  }
}
