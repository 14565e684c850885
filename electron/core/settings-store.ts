// The shell's settings in one JSON file in the data folder: the printer chosen
// for each printed form, and where and how often to back up. A damaged file is
// set aside (not silently overwritten) and defaults are used.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { FormKind } from '../../shared/host/bridge';

export const FORM_KINDS = [
  'talon',
  'refusalReceipt',
  'consent',
  'register',
  'commissionAct',
  'conclusion',
  'protocol',
  'agenda',
  'notification',
  'refusal',
  'certificate',
  'handOverRegister',
  'monthlyReport',
  'complaintTalon',
  'complaintAnswer',
  'complaintJournal',
  'relayLetter',
  'relayRegister',
] as const satisfies readonly FormKind[];

/** Talons and refusal receipts go to the small receipt printer; everything else is A4. */
export type PrinterRole = 'receipt' | 'a4';
export function printerRoleOf(form: FormKind): PrinterRole {
  return form === 'talon' || form === 'refusalReceipt' || form === 'complaintTalon' ? 'receipt' : 'a4';
}

const printerName = z.string().min(1).max(256);

export const settingsSchema = z.object({
  printers: z
    .object({
      byForm: z.partialRecord(z.enum(FORM_KINDS), printerName).default({}),
      byRole: z.partialRecord(z.enum(['receipt', 'a4']), printerName).default({}),
    })
    .default({ byForm: {}, byRole: {} }),
  backup: z
    .object({
      folder: z.string().min(1).optional(),
      keep: z.number().int().min(1).max(365).default(14),
      intervalHours: z
        .number()
        .min(1)
        .max(24 * 7)
        .default(24),
      lastBackupAt: z.string().datetime().optional(),
    })
    .default({ keep: 14, intervalHours: 24 }),
});
export type ShellSettings = z.infer<typeof settingsSchema>;

export function defaultSettings(): ShellSettings {
  return settingsSchema.parse({});
}

export class SettingsStore {
  private current: ShellSettings;

  constructor(private readonly file: string) {
    this.current = this.load();
  }

  private load(): ShellSettings {
    if (!existsSync(this.file)) return defaultSettings();
    try {
      return settingsSchema.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      // Keep the damaged file for the administrator instead of losing it.
      renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      return defaultSettings();
    }
  }

  get(): ShellSettings {
    return structuredClone(this.current);
  }

  update(change: (draft: ShellSettings) => void): ShellSettings {
    const draft = structuredClone(this.current);
    change(draft);
    this.current = settingsSchema.parse(draft);
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(`${this.file}.tmp`, JSON.stringify(this.current, null, 2));
    renameSync(`${this.file}.tmp`, this.file);
    return this.get();
  }

  /** Remembers the printer for a form and, as a fallback, for the form's kind of paper. */
  rememberPrinter(form: FormKind, printer: string): void {
    this.update((s) => {
      s.printers.byForm[form] = printer;
      s.printers.byRole[printerRoleOf(form)] = printer;
    });
  }

  /** The printer remembered for a form, else for its kind of paper, else none. */
  printerFor(form: FormKind): string | undefined {
    return this.current.printers.byForm[form] ?? this.current.printers.byRole[printerRoleOf(form)];
  }
}
