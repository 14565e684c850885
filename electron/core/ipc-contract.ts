// The IPC channels between preload and main, and the schemas main checks every
// argument against. Nothing from the renderer is trusted: a bad argument is
// rejected before any file, printer or dialog is touched.
import { z } from 'zod';
import { isBackupId } from './backup';
import { SECRET_NAMES } from '../../shared/host/bridge';
import { FORM_KINDS } from './settings-store';

export { CHANNELS } from './ipc-channels';

export const LIMITS = {
  pdfBytes: 32 * 1024 * 1024,
  saveBytes: 256 * 1024 * 1024,
  backupBytes: 1024 * 1024 * 1024,
  attachments: 20_000,
  nameChars: 120,
};

/** Strips what is unsafe in a file name or window title: control characters, path separators, reserved characters, leading and trailing dots. */
export function sanitiseName(value: string): string {
  return (
    value
      .normalize('NFC')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is removed here.
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[.\s]+|[.\s]+$/g, '')
      .slice(0, LIMITS.nameChars)
      .trim()
  );
}

const safeName = z
  .string()
  .max(1000)
  .transform(sanitiseName)
  .refine((name) => name.length > 0, 'empty name');

const bytes = (max: number) => z.instanceof(Uint8Array).refine((data) => data.byteLength <= max, `larger than ${max} bytes`);

const pdfBytes = bytes(LIMITS.pdfBytes).refine(
  (data) => data.byteLength >= 5 && String.fromCharCode(...data.subarray(0, 5)) === '%PDF-',
  'not a PDF',
);

export const formKind = z.enum(FORM_KINDS);

export const printRequestSchema = z.strictObject({
  form: formKind,
  title: safeName,
  pdf: pdfBytes,
  silent: z.boolean().optional(),
});

export const previewRequestSchema = printRequestSchema.omit({ silent: true });

export const choosePrinterSchema = z.strictObject({
  form: formKind,
  printer: z
    .string()
    .min(1)
    .max(256)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a printer name with control characters is refused.
    .refine((name) => !/[\u0000-\u001f]/.test(name), 'control characters'),
});

export const saveRequestSchema = z.strictObject({
  suggestedName: safeName,
  mime: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/)
    .max(100),
  data: bytes(LIMITS.saveBytes),
});

export const backupRequestSchema = z
  .strictObject({
    database: bytes(LIMITS.backupBytes),
    attachments: z.array(z.strictObject({ name: safeName, data: bytes(LIMITS.backupBytes) })).max(LIMITS.attachments),
  })
  .refine(
    (r) => r.database.byteLength + r.attachments.reduce((sum, a) => sum + a.data.byteLength, 0) <= LIMITS.backupBytes,
    `backup larger than ${LIMITS.backupBytes} bytes`,
  );

export const backupIdSchema = z.string().max(64).refine(isBackupId, 'not a backup id');

/** The sync server the PC is enrolled with, its device token and district: where its update feed is. */
export const updateFeedSchema = z.strictObject({
  serverUrl: z
    .string()
    .max(500)
    .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), 'not an http(s) URL'),
  token: z
    .string()
    .min(16)
    .max(200)
    .regex(/^[\w-]+$/),
  districtCode: z.string().regex(/^[0-9A-Za-z-]{1,16}$/),
});

/** A renderer error for the log file: bounded text only. */
export const rendererErrorSchema = z.strictObject({
  source: z.enum(['boundary', 'error', 'unhandledrejection']),
  message: z.string().max(2000),
  stack: z.string().max(8000).optional(),
  screen: z.string().max(100).optional(),
  appVersion: z.string().max(40),
  at: z.string().max(40),
});

export const noArguments = z.tuple([]);

export const secretNameSchema = z.enum(SECRET_NAMES);

export const setSecretSchema = z.tuple([secretNameSchema, z.string().min(1).max(1000).nullable()]);

export class IpcArgumentError extends Error {
  constructor(channel: string, issues: string) {
    super(`Invalid arguments for ${channel}: ${issues}`);
    this.name = 'IpcArgumentError';
  }
}

/** Parses an IPC argument or throws an IpcArgumentError naming the channel and the first problems. */
export function parseIpcArgument<T extends z.ZodType>(channel: string, schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(argument)'}: ${issue.message}`)
    .join('; ');
  throw new IpcArgumentError(channel, issues);
}

/**
 * Whether an IPC call comes from the app's own page (not from a page the window
 * was somehow navigated to). Same rule as navigation: same file, or same origin.
 */
export { isAppUrl as isTrustedSender } from './navigation';
