// A plain-text log in the data folder an administrator can send: one line per
// event, rotated by size (main.log → main.1.log → … up to `keep` old files).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type LogLevel = 'info' | 'warn' | 'error';

export interface LogFileOptions {
  folder: string;
  name?: string;
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

export class LogFile {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;

  constructor(private readonly options: LogFileOptions) {
    mkdirSync(options.folder, { recursive: true });
    this.file = join(options.folder, `${options.name ?? 'main'}.log`);
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.now = options.now ?? (() => new Date());
  }

  private rotated(n: number): string {
    return join(this.options.folder, `${this.options.name ?? 'main'}.${n}.log`);
  }

  private rotateIfFull(): void {
    if (!existsSync(this.file) || statSync(this.file).size < this.maxBytes) return;
    rmSync(this.rotated(this.keep), { force: true });
    for (let n = this.keep - 1; n >= 1; n--) if (existsSync(this.rotated(n))) renameSync(this.rotated(n), this.rotated(n + 1));
    renameSync(this.file, this.rotated(1));
  }

  write(level: LogLevel, message: string, detail?: unknown): void {
    const extra = detail === undefined ? '' : ` ${detail instanceof Error ? `${detail.name}: ${detail.message}` : JSON.stringify(detail)}`;
    const line = `${this.now().toISOString()} ${level.toUpperCase()} ${message}${extra}`.replace(/[\r\n]+/g, ' ');
    try {
      this.rotateIfFull();
      appendFileSync(this.file, `${line}\n`);
    } catch {
      // Logging must never take the app down (full disk, read-only folder).
    }
  }

  info(message: string, detail?: unknown): void {
    this.write('info', message, detail);
  }
  warn(message: string, detail?: unknown): void {
    this.write('warn', message, detail);
  }
  error(message: string, detail?: unknown): void {
    this.write('error', message, detail);
  }
}
