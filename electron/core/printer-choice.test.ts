import { describe, expect, it } from 'vitest';
import { choosePrinter, classifyPrintResult, explainPrintFailure, isPrinterOffline, toPrinterInfo, type OsPrinter } from './printer-choice';

const receipt: OsPrinter = { name: 'XP-58', displayName: 'XP-58 (чек)', options: { 'printer-state': '3' } };
const a4: OsPrinter = { name: 'HP_1020', displayName: 'HP LaserJet 1020', options: { 'printer-state': '3', 'printer-is-default': 'true' } };
const stopped: OsPrinter = { name: 'Canon', displayName: 'Canon', options: { 'printer-state': '5' } };
const winOffline: OsPrinter = { name: 'Epson', displayName: 'Epson', options: { status: String(0x80) } };

describe('choosePrinter', () => {
  it('prints silently to the remembered printer', () => {
    expect(choosePrinter([receipt, a4], 'XP-58', true)).toEqual({ ok: true, printer: 'XP-58' });
  });

  it('says there is no printer when the PC has none', () => {
    expect(choosePrinter([], 'XP-58', true)).toEqual({ ok: false, outcome: { ok: false, reason: 'noPrinter', detail: 'noPrinters' } });
    expect(choosePrinter([], undefined, false)).toMatchObject({ ok: false, outcome: { reason: 'noPrinter' } });
  });

  it('names the remembered printer when it was removed', () => {
    expect(choosePrinter([a4], 'XP-58', true)).toEqual({
      ok: false,
      outcome: { ok: false, reason: 'noPrinter', detail: 'printerMissing:XP-58' },
    });
  });

  it('lets the system dialog choose when the remembered printer is gone', () => {
    expect(choosePrinter([a4], 'XP-58', false)).toEqual({ ok: true });
  });

  it('says the printer is offline (CUPS stopped, Windows offline bit)', () => {
    expect(isPrinterOffline(stopped)).toBe(true);
    expect(isPrinterOffline(winOffline)).toBe(true);
    expect(isPrinterOffline(receipt)).toBe(false);
    expect(choosePrinter([stopped, a4], 'Canon', true)).toEqual({
      ok: false,
      outcome: { ok: false, reason: 'printerOffline', detail: 'printerOffline:Canon' },
    });
  });

  it('falls back to the default printer, then to the only printer, for a silent job with nothing remembered', () => {
    expect(choosePrinter([receipt, a4], undefined, true)).toEqual({ ok: true, printer: 'HP_1020' });
    expect(choosePrinter([receipt], undefined, true)).toEqual({ ok: true, printer: 'XP-58' });
    expect(choosePrinter([receipt, stopped], undefined, true)).toMatchObject({
      ok: false,
      outcome: { reason: 'noPrinter', detail: 'noPrinterChosen' },
    });
  });

  it('describes printers for the renderer', () => {
    expect(toPrinterInfo(a4)).toEqual({ name: 'HP_1020', displayName: 'HP LaserJet 1020', isDefault: true });
    expect(toPrinterInfo({ name: 'X', displayName: '' })).toEqual({ name: 'X', displayName: 'X', isDefault: false });
  });
});

describe('classifyPrintResult', () => {
  it('turns Electron print callbacks into reasons a clerk can act on', () => {
    expect(classifyPrintResult(true, '', 'XP-58')).toEqual({ ok: true, printer: 'XP-58' });
    expect(classifyPrintResult(false, 'cancelled')).toEqual({ ok: false, reason: 'cancelled' });
    expect(classifyPrintResult(false, 'Print job canceled')).toEqual({ ok: false, reason: 'cancelled' });
    expect(classifyPrintResult(false, 'Invalid deviceName provided')).toMatchObject({ reason: 'noPrinter' });
    expect(classifyPrintResult(false, 'Printer is offline')).toMatchObject({ reason: 'printerOffline' });
    expect(classifyPrintResult(false, 'Print job failed')).toEqual({ ok: false, reason: 'failed', detail: 'Print job failed' });
    expect(classifyPrintResult(false, '')).toEqual({ ok: false, reason: 'failed', detail: 'unknown' });
  });
});

describe('explainPrintFailure', () => {
  it('tells the clerk which printer is missing or offline, in Kazakh then Russian', () => {
    expect(explainPrintFailure({ ok: false, reason: 'noPrinter', detail: 'printerMissing:XP-58' })).toEqual({
      ok: false,
      reason: 'noPrinter',
      detail: '«XP-58» принтері табылмады / Принтер «XP-58» не найден',
    });
    expect(explainPrintFailure({ ok: false, reason: 'printerOffline', detail: 'printerOffline:HP' }).ok).toBe(false);
    expect(explainPrintFailure({ ok: false, reason: 'noPrinter', detail: 'noPrinters' })).toMatchObject({
      detail: 'Бұл компьютерде принтер жоқ / На этом компьютере нет принтеров',
    });
    expect(explainPrintFailure({ ok: false, reason: 'failed', detail: 'Print job failed' })).toMatchObject({ detail: 'Print job failed' });
  });
});
