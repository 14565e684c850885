import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBackupDue, listBackups, MANIFEST_FILE, readBackup, sha256, writeBackup } from './backup';

const enc = new TextEncoder();
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'akimat-backup-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const request = () => ({
  database: enc.encode(JSON.stringify({ cases: [{ id: 'c1', applicant: 'Әсел Құрманғали' }] })),
  attachments: [
    { name: 'өтініш-скан.pdf', data: enc.encode('%PDF-1.7 scan') },
    { name: '../../etc/passwd', data: enc.encode('not escaping') },
  ],
});

describe('writeBackup', () => {
  it('writes the database, the attachments and a manifest with the sha256 of each file', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5, now: new Date('2026-11-21T10:00:00Z') });
    expect(backup.id).toBe('akimat-backup-20261121T100000Z');
    const dir = join(folder, backup.id);
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    expect(manifest.appVersion).toBe('0.1.0');
    expect(manifest.files).toHaveLength(3);
    for (const file of manifest.files) expect(sha256(readFileSync(join(dir, file.path)))).toBe(file.sha256);
    // The hostile name stays inside the backup folder.
    expect(readdirSync(join(dir, 'attachments')).sort()).toEqual(['__.._etc_passwd', 'өтініш-скан.pdf']);
    expect(readdirSync(folder)).toEqual([backup.id]);
  });

  it('keeps only the newest N backups', () => {
    const ids: string[] = [];
    let removed: string[] = [];
    for (let day = 1; day <= 4; day++) {
      const result = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 2, now: new Date(`2026-11-0${day}T08:00:00Z`) });
      ids.push(result.backup.id);
      removed = removed.concat(result.removed);
    }
    expect(listBackups(folder).map((b) => b.id)).toEqual([ids[3], ids[2]]);
    expect(removed).toEqual([ids[0], ids[1]]);
  });

  it('gives two backups in the same second different ids', () => {
    const now = new Date('2026-11-21T10:00:00Z');
    const a = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5, now });
    const b = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5, now });
    expect(a.backup.id).not.toBe(b.backup.id);
    expect(listBackups(folder)).toHaveLength(2);
  });

  it('ignores unfinished backups (no manifest) when listing', () => {
    writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5, now: new Date('2026-11-21T10:00:00Z') });
    mkdirSync(join(folder, 'akimat-backup-20261122T100000Z'));
    mkdirSync(join(folder, 'akimat-backup-20261123T100000Z.partial'));
    expect(listBackups(folder).map((b) => b.id)).toEqual(['akimat-backup-20261121T100000Z']);
  });
});

describe('readBackup', () => {
  it('restores exactly what was backed up', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5 });
    const restored = readBackup(folder, backup.id);
    if (!restored.ok) throw new Error(JSON.stringify(restored));
    expect(new TextDecoder().decode(restored.database)).toContain('Әсел Құрманғали');
    expect(restored.attachments.map((a) => a.name)).toEqual(['өтініш-скан.pdf', '../../etc/passwd']);
    expect(new TextDecoder().decode(restored.attachments[0].data)).toBe('%PDF-1.7 scan');
  });

  it('refuses a backup whose file was changed after it was written', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5 });
    writeFileSync(join(folder, backup.id, 'attachments', 'өтініш-скан.pdf'), '%PDF-1.7 scaN');
    expect(readBackup(folder, backup.id)).toEqual({
      ok: false,
      reason: 'corrupted',
      detail: 'attachments/өтініш-скан.pdf: sha256 mismatch',
    });
  });

  it('refuses a backup with a file missing', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5 });
    rmSync(join(folder, backup.id, 'database.bin'));
    expect(readBackup(folder, backup.id)).toMatchObject({ ok: false, reason: 'corrupted', detail: 'database.bin: missing' });
  });

  it('refuses a backup without a manifest', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5 });
    rmSync(join(folder, backup.id, MANIFEST_FILE));
    expect(readBackup(folder, backup.id)).toMatchObject({ ok: false, reason: 'missingManifest' });
  });

  it('refuses a damaged manifest and one that points outside the backup', () => {
    const { backup } = writeBackup(request(), { folder, appVersion: '0.1.0', keep: 5 });
    const manifestFile = join(folder, backup.id, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    writeFileSync(manifestFile, '{"format":1, "files": [');
    expect(readBackup(folder, backup.id)).toMatchObject({ ok: false, reason: 'corrupted' });
    manifest.files[1].path = '../../outside.txt';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    expect(readBackup(folder, backup.id)).toMatchObject({
      ok: false,
      reason: 'corrupted',
      detail: '../../outside.txt: outside the backup',
    });
  });

  it('does not look up ids that are not backup ids', () => {
    expect(readBackup(folder, '../secrets')).toMatchObject({ ok: false, reason: 'notFound' });
    expect(readBackup(folder, 'akimat-backup-20261121T100000Z')).toMatchObject({ ok: false, reason: 'notFound' });
    expect(existsSync(join(folder, '..', 'secrets'))).toBe(false);
  });
});

describe('isBackupDue', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  it('is due with no backup yet, after the interval, and when the clock went back', () => {
    expect(isBackupDue(undefined, 24, now)).toBe(true);
    expect(isBackupDue('2026-11-20T11:59:00Z', 24, now)).toBe(true);
    expect(isBackupDue('2026-11-20T12:01:00Z', 24, now)).toBe(false);
    expect(isBackupDue('2026-11-25T12:00:00Z', 24, now)).toBe(true);
  });
});
