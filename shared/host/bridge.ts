// The one interface between the renderer and the outside world. Electron's
// preload implements it over IPC (electron/); the browser host implements it
// with downloads and the browser's print dialog (renderer/src/host/). No other
// renderer code knows which host it runs in.

/** Which printed form a print job is, so each form can remember its printer. */
export type FormKind = 'talon' | 'refusalReceipt' | 'consent' | 'register' | 'commissionAct' | 'conclusion' | 'protocol' | 'agenda' | 'notification' | 'refusal' | 'certificate' | 'handOverRegister';

export interface AppInfo {
  host: 'electron' | 'browser';
  version: string;
  platform: string;
  /** The fixed folder with the app's data, where the host has one. */
  dataDir?: string;
}

export interface PrinterInfo {
  name: string;
  displayName: string;
  isDefault: boolean;
}

export type PrintOutcome = { ok: true; printer?: string } | { ok: false; reason: 'cancelled' | 'noPrinter' | 'failed'; detail?: string };
export type SaveOutcome = { ok: true; path?: string } | { ok: false; reason: 'cancelled' | 'failed'; detail?: string };

export interface PrintRequest {
  form: FormKind;
  /** Used as the document title and the default file name. */
  title: string;
  pdf: Uint8Array;
  /** Print straight to the form's remembered printer without a dialog. */
  silent?: boolean;
}

export interface SaveRequest {
  suggestedName: string;
  mime: string;
  data: Uint8Array;
}

export interface HostBridge {
  appInfo(): Promise<AppInfo>;
  listPrinters(): Promise<PrinterInfo[]>;
  printPdf(request: PrintRequest): Promise<PrintOutcome>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
}

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    akimatHost?: HostBridge;
  }
}
