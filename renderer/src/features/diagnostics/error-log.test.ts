// The browser host's ring buffer keeps the last 200 errors; diagnostics name the last one.
import { describe, expect, it } from 'vitest';
import { freshDb } from '@renderer/testing/db-fixture';
import { appendErrorLog, ERROR_LOG_SIZE, errorEntry, recentErrors } from './error-log';
import { collectDiagnostics } from './report';
import { compareVersions, feedVersion } from './updates';

describe('error log', () => {
  it('keeps the newest ERROR_LOG_SIZE entries', async () => {
    const db = freshDb();
    for (let i = 0; i < ERROR_LOG_SIZE + 5; i++) await appendErrorLog(db, errorEntry('error', new Error(`e${i}`), 'today'));
    const rows = await recentErrors(db);
    expect(rows).toHaveLength(ERROR_LOG_SIZE);
    expect(rows[0]!.message).toBe(`Error: e${ERROR_LOG_SIZE + 4}`);
    expect(rows.at(-1)!.message).toBe('Error: e5');
    const diagnostics = await collectDiagnostics(db);
    expect(diagnostics).toMatchObject({ appVersion: __APP_VERSION__, pendingEvents: 0 });
    expect(diagnostics.lastError).toMatch(/^\d{4}-.* error today: Error: e204$/);
  });

  it('compares versions and reads the feed', () => {
    expect(compareVersions('0.10.0', '0.9.9')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('0.1.0-beta', '0.1.1')).toBe(-1);
    expect(feedVersion("version: 0.2.0\nfiles:\n  - url: a.exe\nreleaseDate: '2026'\n")).toBe('0.2.0');
    expect(feedVersion('files: []')).toBeNull();
  });
});
