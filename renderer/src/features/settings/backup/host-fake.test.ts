// The Electron side of backups, driven through a fake HostBridge: the Electron
// binary cannot run on this machine, so the object below stands in for the
// preload (window.akimatHost) and records what the renderer hands it. The main
// process's own backup folder and manifest checks are tested in electron/core.
import { describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE_HOURS } from '@shared/deadlines';
import type { BackupInfo, BackupRequest, HostBridge, RestoreOutcome } from '@shared/host/bridge';
import { fixtureEntry } from '@shared/testing/fixture-entry';
import { attachFile } from '@renderer/db/attachments';
import { checklistFor } from '@renderer/features/intake/checklist';
import { registerApplication } from '@renderer/features/intake/submit';
import { filledForm, freshDb, writeContext } from '@renderer/testing/db-fixture';
import type { DeviceIdentity } from '@renderer/features/sync/state';
import { importBackup } from './import';
import { backupToHost, restoreFromHost, scheduledBackups, startScheduledBackups, unsyncedBeforeRestore } from './service';

const PASSPHRASE = 'Ақсу ауылы 2026';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7, 7]);
const info: BackupInfo = { id: 'b1', createdAt: '2026-11-21T10:00:00Z', appVersion: '0.1.0', files: 2, bytes: 100, folder: '/media/usb' };

function fakeHost(restore?: RestoreOutcome) {
  const calls = { backups: [] as BackupRequest[] };
  const secrets = new Map<string, string>();
  let due: (() => void) | undefined;
  const host: HostBridge = {
    getSecret: async (name) => secrets.get(name),
    setSecret: async (name, value) => {
      if (value === null) secrets.delete(name);
      else secrets.set(name, value);
      return { ok: true };
    },
    appInfo: async () => ({ host: 'electron', version: '0.1.0', platform: 'win32' }),
    listPrinters: async () => [],
    printPdf: async () => ({ ok: true }),
    saveFile: async () => ({ ok: true }),
    backupNow: async (request) => {
      calls.backups.push(request);
      return { ok: true, backup: info, removed: [] };
    },
    restoreBackup: async () => restore ?? { ok: false, reason: 'notFound' },
    onBackupDue: (listener) => {
      due = listener;
      return () => {
        due = undefined;
      };
    },
  };
  return { host, calls, fireDue: () => due?.() };
}

async function officeWithCase() {
  const db = freshDb();
  const state = await registerApplication(
    writeContext(db),
    filledForm(),
    fixtureEntry,
    checklistFor(fixtureEntry, false),
    DEFAULT_OFFICE_HOURS,
  );
  await attachFile(writeContext(db), state.caseId, Object.assign(new Blob([PNG as BlobPart]), { name: 'скан.png' }));
  return db;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('backups through the Electron host (fake bridge)', () => {
  it('a due backup hands the host an export that imports back into an empty PC', async () => {
    const db = await officeWithCase();
    const { host, calls, fireDue } = fakeHost();
    const stop = startScheduledBackups(host, db);
    // No passphrase yet: the scheduled backup says so and hands the host nothing.
    fireDue();
    await until(() => scheduledBackups.get() !== null);
    expect(scheduledBackups.get()!.outcome).toMatchObject({ ok: false, detail: expect.stringMatching(/passphrase/) });
    expect(calls.backups).toHaveLength(0);
    // A manual backup sets it (the desktop host keeps it with safeStorage); scheduled ones then use it.
    expect(await backupToHost(host, db, PASSPHRASE)).toMatchObject({ ok: true });
    fireDue();
    await until(() => calls.backups.length === 2 && scheduledBackups.get()!.outcome.ok);
    const request = calls.backups[1];
    // Sealed: neither the PNG nor the database text is readable in what the host writes.
    expect(request.attachments.map((a) => a.data)).not.toEqual([PNG]);
    expect(new TextDecoder().decode(request.database)).not.toContain('events');

    const blank = freshDb();
    expect(await importBackup(blank, request)).toMatchObject({ ok: false, problem: { kind: 'notBackup' } });
    const restoring = fakeHost({ ok: true, backup: info, ...request }).host;
    expect(await restoreFromHost(restoring, blank, 'b1', 'wrong words here')).toEqual({
      ok: false,
      problem: { kind: 'wrongPassphrase' },
    });
    expect(await blank.events.count()).toBe(0);
    expect(await restoreFromHost(restoring, blank, 'b1')).toEqual({ ok: false, problem: { kind: 'passphraseNeeded' } });
    expect(await restoreFromHost(restoring, blank, 'b1', PASSPHRASE)).toMatchObject({ ok: true, cases: 1, files: 1 });
    expect(await blank.events.toArray()).toEqual(await db.events.toArray());
    stop();
    fireDue();
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.backups).toHaveLength(2);
  });

  it('a restore the host found corrupted changes nothing; a good one replaces the data', async () => {
    const source = await officeWithCase();
    const { host: saving, calls } = fakeHost();
    expect(await backupToHost(saving, source, PASSPHRASE)).toMatchObject({ ok: true });

    const target = freshDb();
    const bad = fakeHost({ ok: false, reason: 'corrupted', detail: 'attachments/x: sha256 mismatch' }).host;
    expect(await restoreFromHost(bad, target, 'b1')).toEqual({ ok: false, problem: { kind: 'hostCorrupted' } });
    expect(await target.events.count()).toBe(0);

    const good = fakeHost({ ok: true, backup: info, ...calls.backups[0] }).host;
    expect(await restoreFromHost(good, target, 'b1', PASSPHRASE)).toMatchObject({ ok: true, cases: 1 });
    expect(await target.cases.count()).toBe(1);
  });

  it('a PC that was never enrolled has nothing unsent to lose; an enrolled one with a pending outbox does', async () => {
    const db = await officeWithCase();
    expect(await unsyncedBeforeRestore(db)).toBeNull();
    const device: DeviceIdentity = {
      key: 'device',
      serverUrl: 'http://127.0.0.1:8787',
      deviceId: '0512-A',
      letter: 'A',
      token: 't',
      scope: { kind: 'office', officeCode: '0512', districtCode: 'D05' },
      enrolledAt: '',
    };
    await db.syncState.put(device);
    expect(await unsyncedBeforeRestore(db)).toEqual({ events: await db.events.count(), files: 0 });
  });
});
