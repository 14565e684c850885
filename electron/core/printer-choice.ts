// Picks the printer for a print job and explains failures in terms a clerk can
// act on. Works on plain printer records so it runs without Electron.
import type { PrintOutcome, PrinterInfo } from '../../shared/host/bridge';
import { shellText } from './texts';

/** What Electron's webContents.getPrintersAsync returns, reduced to what we read. */
export interface OsPrinter {
  name: string;
  displayName: string;
  description?: string;
  options?: Record<string, string | undefined>;
}

/** CUPS reports printer-state 5 for a stopped printer; Windows sets PRINTER_STATUS_OFFLINE (0x80). */
export function isPrinterOffline(printer: OsPrinter): boolean {
  const options = printer.options ?? {};
  if (options['printer-state'] === '5') return true;
  if (options['printer-is-accepting-jobs'] === 'false') return true;
  const status = Number(options.status ?? options['printer-status'] ?? NaN);
  return Number.isFinite(status) && (status & 0x80) !== 0;
}

export function isPrinterDefault(printer: OsPrinter): boolean {
  const options = printer.options ?? {};
  return options.isDefault === 'true' || options['is-default'] === 'true' || options['printer-is-default'] === 'true';
}

export function toPrinterInfo(printer: OsPrinter): PrinterInfo {
  return { name: printer.name, displayName: printer.displayName || printer.name, isDefault: isPrinterDefault(printer) };
}

export type PrinterChoice = { ok: true; printer?: string } | { ok: false; outcome: Extract<PrintOutcome, { ok: false }> };

/**
 * The printer for a silent job: the remembered one if it is there and online,
 * else the system default, else the only printer. A dialog job needs no
 * printer up front (the system dialog chooses), so it only fails when there is none.
 */
export function choosePrinter(printers: OsPrinter[], remembered: string | undefined, silent: boolean): PrinterChoice {
  if (printers.length === 0) return { ok: false, outcome: { ok: false, reason: 'noPrinter', detail: 'noPrinters' } };
  if (remembered !== undefined) {
    const found = printers.find((p) => p.name === remembered);
    if (!found) {
      if (silent) return { ok: false, outcome: { ok: false, reason: 'noPrinter', detail: `printerMissing:${remembered}` } };
      return { ok: true };
    }
    if (silent && isPrinterOffline(found))
      return { ok: false, outcome: { ok: false, reason: 'printerOffline', detail: `printerOffline:${found.name}` } };
    return { ok: true, printer: found.name };
  }
  if (!silent) return { ok: true };
  const fallback = printers.find(isPrinterDefault) ?? (printers.length === 1 ? printers[0] : undefined);
  if (!fallback) return { ok: false, outcome: { ok: false, reason: 'noPrinter', detail: 'noPrinterChosen' } };
  if (isPrinterOffline(fallback))
    return { ok: false, outcome: { ok: false, reason: 'printerOffline', detail: `printerOffline:${fallback.name}` } };
  return { ok: true, printer: fallback.name };
}

/** Turns the callback of webContents.print into a print outcome. */
export function classifyPrintResult(success: boolean, failureReason: string | undefined, printer?: string): PrintOutcome {
  if (success) return printer ? { ok: true, printer } : { ok: true };
  const reason = (failureReason ?? '').toLowerCase();
  if (/cancel/.test(reason)) return { ok: false, reason: 'cancelled' };
  if (/no printers|invalid devicename|device ?name/.test(reason)) return { ok: false, reason: 'noPrinter', detail: failureReason };
  if (/offline|not available|unavailable/.test(reason)) return { ok: false, reason: 'printerOffline', detail: failureReason };
  return { ok: false, reason: 'failed', detail: failureReason || 'unknown' };
}

/** Replaces a failure's detail code (printerMissing:NAME, printerOffline:NAME, noPrinters) with the message in Kazakh / Russian. */
export function explainPrintFailure(outcome: PrintOutcome): PrintOutcome {
  if (outcome.ok || !outcome.detail) return outcome;
  const separator = outcome.detail.indexOf(':');
  const key = separator < 0 ? outcome.detail : outcome.detail.slice(0, separator);
  const printer = separator < 0 ? '' : outcome.detail.slice(separator + 1);
  if (key === 'printerMissing' || key === 'printerOffline' || key === 'noPrinters') {
    return { ...outcome, detail: `${shellText('kk', key, { printer })} / ${shellText('ru', key, { printer })}` };
  }
  return outcome;
}
