import { describe, expect, it } from 'vitest';
import { EXPORT_MIME } from '../../shared/export/table';
import {
  backupIdSchema,
  backupRequestSchema,
  choosePrinterSchema,
  IpcArgumentError,
  LIMITS,
  parseIpcArgument,
  printRequestSchema,
  sanitiseName,
  saveRequestSchema,
  updateFeedSchema,
} from './ipc-contract';

const pdf = new TextEncoder().encode('%PDF-1.7\n...');
const parsePrint = (value: unknown) => parseIpcArgument('akimat:print-pdf', printRequestSchema, value);

describe('print request validation', () => {
  it('accepts a talon PDF and cleans its title', () => {
    expect(parsePrint({ form: 'talon', title: 'Талон\u0000 А-017 / Әсел', pdf, silent: true })).toEqual({
      form: 'talon',
      title: 'Талон А-017 Әсел',
      pdf,
      silent: true,
    });
  });

  it('rejects an unknown form kind', () => {
    expect(() => parsePrint({ form: 'passport', title: 't', pdf })).toThrow(IpcArgumentError);
    expect(() => parsePrint({ form: 'passport', title: 't', pdf })).toThrow(/form/);
  });

  it('rejects something that is not a PDF, a PDF over the size cap, and a plain array', () => {
    expect(() => parsePrint({ form: 'talon', title: 't', pdf: new TextEncoder().encode('<html>') })).toThrow(/not a PDF/);
    const big = new Uint8Array(LIMITS.pdfBytes + 1);
    big.set(pdf);
    expect(() => parsePrint({ form: 'talon', title: 't', pdf: big })).toThrow(/larger than/);
    expect(() => parsePrint({ form: 'talon', title: 't', pdf: Array.from(pdf) })).toThrow(IpcArgumentError);
  });

  it('rejects extra keys, an empty title and a missing argument', () => {
    expect(() => parsePrint({ form: 'talon', title: 't', pdf, printer: 'x' })).toThrow(/printer|Unrecognized/i);
    expect(() => parsePrint({ form: 'talon', title: ' .. ', pdf })).toThrow(/empty name/);
    expect(() => parsePrint(undefined)).toThrow(IpcArgumentError);
  });
});

describe('other IPC arguments', () => {
  it('cleans the suggested name of a saved file so it cannot leave the chosen folder', () => {
    const parsed = parseIpcArgument('s', saveRequestSchema, {
      suggestedName: '../../Windows/system32/реестр.csv',
      mime: 'text/csv',
      data: new Uint8Array(3),
    });
    expect(parsed.suggestedName).toBe('Windows system32 реестр.csv');
    expect(() =>
      parseIpcArgument('s', saveRequestSchema, { suggestedName: 'a.csv', mime: 'text/csv; rm -rf', data: new Uint8Array(1) }),
    ).toThrow(/mime/);
  });

  it('lets the exports of registers and reports through: an XLSX and a CSV with Kazakh names (issue 15)', () => {
    for (const [name, mime] of [
      ['Кіріс-журналы-2026-02-01-2026-02-28.xlsx', EXPORT_MIME.xlsx],
      ['Кіріс-журналы-2026-02-01-2026-02-28.csv', EXPORT_MIME.csv],
    ]) {
      const parsed = parseIpcArgument('s', saveRequestSchema, { suggestedName: name, mime, data: new Uint8Array(3) });
      expect([parsed.suggestedName, parsed.mime]).toEqual([name, mime]);
    }
  });

  it('accepts only backup ids the app makes', () => {
    expect(parseIpcArgument('r', backupIdSchema, 'akimat-backup-20261121T100000Z')).toBe('akimat-backup-20261121T100000Z');
    expect(() => parseIpcArgument('r', backupIdSchema, '../../akimat-backup-20261121T100000Z')).toThrow(/not a backup id/);
    expect(() => parseIpcArgument('r', backupIdSchema, 42)).toThrow(IpcArgumentError);
  });

  it('validates a backup request: bytes, not strings; sanitised attachment names', () => {
    const ok = parseIpcArgument('b', backupRequestSchema, {
      database: new Uint8Array(2),
      attachments: [{ name: 'скан/1.pdf', data: new Uint8Array(1) }],
    });
    expect(ok.attachments[0].name).toBe('скан 1.pdf');
    expect(() => parseIpcArgument('b', backupRequestSchema, { database: 'x', attachments: [] })).toThrow(/database/);
  });

  it('validates a printer choice', () => {
    expect(parseIpcArgument('c', choosePrinterSchema, { form: 'talon', printer: 'XP-58' })).toEqual({ form: 'talon', printer: 'XP-58' });
    expect(() => parseIpcArgument('c', choosePrinterSchema, { form: 'talon', printer: '' })).toThrow(IpcArgumentError);
  });

  it('sanitises names to something a file system takes', () => {
    expect(sanitiseName('  ...hidden  ')).toBe('hidden');
    expect(sanitiseName('a'.repeat(500))).toHaveLength(LIMITS.nameChars);
    expect(sanitiseName('CON:<>|?*')).toBe('CON');
  });
});

describe('update feed argument', () => {
  it('accepts the sync server, a device token and a district, and nothing else', () => {
    const feed = { serverUrl: 'https://sync.example.kz', token: 'abcdefghijklmnop_-12', districtCode: 'D01' };
    expect(parseIpcArgument('c', updateFeedSchema, feed)).toEqual(feed);
    expect(() => parseIpcArgument('c', updateFeedSchema, { ...feed, serverUrl: 'file:///etc/passwd' })).toThrow(/serverUrl/);
    expect(() => parseIpcArgument('c', updateFeedSchema, { ...feed, token: 'short' })).toThrow(/token/);
    expect(() => parseIpcArgument('c', updateFeedSchema, { ...feed, districtCode: '../x' })).toThrow(/districtCode/);
    expect(() => parseIpcArgument('c', updateFeedSchema, { ...feed, extra: 1 })).toThrow(/Invalid arguments/);
  });
});
