// The one interface between the renderer and the outside world. Electron's
// preload implements it over IPC (electron/); the browser host implements it
// with downloads and the browser's print dialog (renderer/src/host/). No other
// renderer code knows which host it runs in.

/** Which printed form a print job is, so each form can remember its printer. */
export type FormKind =
  | 'talon'
  | 'refusalReceipt'
  | 'consent'
  | 'register'
  | 'commissionAct'
  | 'conclusion'
  | 'protocol'
  | 'agenda'
  | 'notification'
  | 'refusal'
  | 'certificate'
  | 'handOverRegister'
  | 'monthlyReport'
  | 'complaintTalon'
  | 'complaintAnswer'
  | 'complaintJournal'
  | 'relayLetter'
  | 'relayRegister';

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

export type PrintOutcome =
  | { ok: true; printer?: string }
  | { ok: false; reason: 'cancelled' | 'noPrinter' | 'printerOffline' | 'failed'; detail?: string };
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

/** What the renderer hands over for a local backup: its database export plus the attachments' bytes. */
export interface BackupRequest {
  /** The renderer's database export (e.g. JSON of every table), opaque to the host. */
  database: Uint8Array;
  attachments: { name: string; data: Uint8Array }[];
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  appVersion: string;
  files: number;
  bytes: number;
  folder: string;
}

export type BackupOutcome =
  | { ok: true; backup: BackupInfo; removed: string[] }
  | { ok: false; reason: 'noFolder' | 'failed'; detail?: string };

/** A restore hands back only what matched its manifest's hashes. */
export type RestoreOutcome =
  | { ok: true; backup: BackupInfo; database: Uint8Array; attachments: { name: string; data: Uint8Array }[] }
  | { ok: false; reason: 'notFound' | 'missingManifest' | 'corrupted' | 'failed'; detail?: string };

export type ChooseFolderOutcome = { ok: true; folder: string } | { ok: false; reason: 'cancelled' };

export interface HostBridge {
  appInfo(): Promise<AppInfo>;
  listPrinters(): Promise<PrinterInfo[]>;
  printPdf(request: PrintRequest): Promise<PrintOutcome>;
  saveFile(request: SaveRequest): Promise<SaveOutcome>;
  // Optional: hosts with a file system (Electron) implement these.
  /** Shows the PDF in a preview window with the system's print button. */
  previewPdf?(request: Omit<PrintRequest, 'silent'>): Promise<{ ok: boolean }>;
  /** Remembers the printer for a form (and for its kind of paper: receipt or A4). */
  choosePrinter?(request: { form: FormKind; printer: string }): Promise<{ ok: boolean }>;
  backupNow?(request: BackupRequest): Promise<BackupOutcome>;
  listBackups?(): Promise<BackupInfo[]>;
  restoreBackup?(id: string): Promise<RestoreOutcome>;
  chooseBackupFolder?(): Promise<ChooseFolderOutcome>;
  /** Called when a scheduled backup is due; the renderer answers with backupNow. Returns an unsubscribe function. */
  onBackupDue?(listener: () => void): () => void;
  /** Called at sync with the server, token and district: checks that district's update feed and downloads in the background. */
  configureUpdates?(feed: UpdateFeed): Promise<UpdateState>;
  /** After the user agreed: restarts into the downloaded update. */
  installUpdate?(): Promise<{ ok: boolean }>;
  /** Called when the update state changes (e.g. ready to install). Returns an unsubscribe function. */
  onUpdateState?(listener: (state: UpdateState) => void): () => void;
  /** Writes a renderer error to the desktop log file (the browser host keeps its own log in IndexedDB). */
  logError?(entry: RendererErrorEntry): Promise<{ ok: boolean }>;
  /** A secret kept by the host, encrypted by the operating system (Electron: safeStorage, DPAPI on Windows); undefined when none. */
  getSecret?(name: SecretName): Promise<string | undefined>;
  /** Keeps (or, with null, forgets) a secret in the host's store. */
  setSecret?(name: SecretName, value: string | null): Promise<{ ok: boolean }>;
}

/** A renderer error as it goes to a log: no personal data, only what a developer needs. */
export interface RendererErrorEntry {
  source: 'boundary' | 'error' | 'unhandledrejection';
  message: string;
  stack?: string;
  screen?: string;
  appVersion: string;
  at: string;
}

/** The secrets a host keeps for the renderer: the device's bearer token, the office's backup passphrase. */
export const SECRET_NAMES = ['deviceToken', 'backupPassphrase'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

declare global {
  interface Window {
    /** Set by Electron's preload; absent in a plain browser. */
    akimatHost?: HostBridge;
  }
}

/** The sync server's update feed for this PC (Electron only). */
export interface UpdateFeed {
  serverUrl: string;
  token: string;
  districtCode: string;
}

/** Where the update of an Electron PC stands. */
export type UpdateState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'downloading'; version: string; percent: number }
  | { state: 'ready'; version: string }
  | { state: 'refused'; version: string; reason: 'downgrade' | 'invalid' }
  | { state: 'error'; detail: string };
