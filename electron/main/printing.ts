// Printing on the office printers: the renderer hands over a finished PDF; main
// spools it to a file, opens it in a hidden window with Chromium's PDF viewer
// and prints it silently to the remembered printer or through the system
// dialog. (Printing a loaded PDF prints blank pages before Electron 30–32, fixed
// by electron/electron#43309; this app ships Electron 45.)
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, type WebContents } from 'electron';
import type { FormKind, PrintOutcome, PrinterInfo } from '../../shared/host/bridge';
import type { LogFile } from '../core/log-file';
import { choosePrinter, classifyPrintResult, explainPrintFailure, toPrinterInfo, type OsPrinter } from '../core/printer-choice';
import type { SettingsStore } from '../core/settings-store';
import { shellText } from '../core/texts';

/** A virtual printer for tests: when AKIMAT_DESK_PRINT_TO_PDF_DIR is set, jobs sent to it are saved as PDF files there. */
export const PDF_TEST_PRINTER = 'Akimat Desk PDF';

export interface PrintingDeps {
  spoolDir: string;
  settings: SettingsStore;
  log: LogFile;
  /** The window whose webContents can list the PC's printers. */
  printerSource: () => WebContents | undefined;
  pdfTestDir?: string;
}

async function osPrinters(deps: PrintingDeps): Promise<OsPrinter[]> {
  const source = deps.printerSource();
  const found = source ? await source.getPrintersAsync() : [];
  const printers: OsPrinter[] = found.map((p) => ({
    name: p.name,
    displayName: p.displayName,
    description: p.description,
    options: { ...(p.options as Record<string, string>) },
  }));
  if (deps.pdfTestDir) printers.push({ name: PDF_TEST_PRINTER, displayName: PDF_TEST_PRINTER, options: {} });
  return printers;
}

export async function listPrinters(deps: PrintingDeps): Promise<PrinterInfo[]> {
  return (await osPrinters(deps)).map(toPrinterInfo);
}

function spool(deps: PrintingDeps, pdf: Uint8Array): string {
  mkdirSync(deps.spoolDir, { recursive: true });
  const file = join(deps.spoolDir, `${randomUUID()}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

async function openPdfWindow(file: string, title: string, show: boolean): Promise<BrowserWindow> {
  const window = new BrowserWindow({
    show,
    title,
    width: 900,
    height: 1000,
    autoHideMenuBar: true,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, plugins: true, javascript: false },
  });
  await window.loadFile(file);
  // The PDF viewer lays out after load; give it a moment before printing.
  await new Promise((resolve) => setTimeout(resolve, 400));
  return window;
}

export async function printPdf(
  deps: PrintingDeps,
  request: { form: FormKind; title: string; pdf: Uint8Array; silent?: boolean },
): Promise<PrintOutcome> {
  const silent = request.silent ?? false;
  const printers = await osPrinters(deps);
  const choice = choosePrinter(printers, deps.settings.printerFor(request.form), silent);
  if (!choice.ok) {
    deps.log.warn(`print ${request.form} refused`, choice.outcome);
    return explainPrintFailure(choice.outcome);
  }
  if (choice.printer === PDF_TEST_PRINTER && deps.pdfTestDir) {
    mkdirSync(deps.pdfTestDir, { recursive: true });
    const file = join(deps.pdfTestDir, `${request.form}-${Date.now()}.pdf`);
    writeFileSync(file, request.pdf);
    deps.log.info(`print ${request.form} saved to ${file}`);
    return { ok: true, printer: PDF_TEST_PRINTER };
  }
  const file = spool(deps, request.pdf);
  let window: BrowserWindow | undefined;
  try {
    window = await openPdfWindow(file, request.title, false);
    const target = window;
    const outcome = await new Promise<PrintOutcome>((resolve) => {
      target.webContents.print({ silent, deviceName: choice.printer, printBackground: true }, (success, failureReason) =>
        resolve(classifyPrintResult(success, failureReason, choice.printer)),
      );
    });
    deps.log.info(`print ${request.form}`, outcome);
    return outcome;
  } catch (error) {
    deps.log.error(`print ${request.form} failed`, error);
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    window?.destroy();
    rmSync(file, { force: true });
  }
}

/** Opens the PDF in a visible window; Chromium's viewer there has zoom and a print button. */
export async function previewPdf(
  deps: PrintingDeps,
  request: { form: FormKind; title: string; pdf: Uint8Array },
): Promise<{ ok: boolean }> {
  const file = spool(deps, request.pdf);
  try {
    const window = await openPdfWindow(
      file,
      `${request.title} — ${shellText('kk', 'previewTitle')} / ${shellText('ru', 'previewTitle')}`,
      true,
    );
    window.on('closed', () => rmSync(file, { force: true }));
    return { ok: true };
  } catch (error) {
    deps.log.error('preview failed', error);
    rmSync(file, { force: true });
    return { ok: false };
  }
}
