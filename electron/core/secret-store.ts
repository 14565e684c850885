// The renderer's secrets (the device's bearer token, the office's backup
// passphrase) kept by main, encrypted with Electron's safeStorage (DPAPI on
// Windows: only this Windows account on this PC can decrypt them), in one file of
// the data folder. IndexedDB never holds them, so a copy of the database or a
// USB backup carries none. Where the OS offers no encryption the store refuses
// to keep a secret rather than write it in plain text.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { SECRET_NAMES, type SecretName } from '../../shared/host/bridge';

/** The part of Electron's safeStorage the store uses (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

export const isSecretName = (value: unknown): value is SecretName => SECRET_NAMES.includes(value as SecretName);

export class SecretStore {
  constructor(
    private readonly file: string,
    private readonly safe: SafeStorageLike,
  ) {}

  private read(): Partial<Record<SecretName, string>> {
    if (!existsSync(this.file)) return {};
    try {
      return JSON.parse(readFileSync(this.file, 'utf8')) as Partial<Record<SecretName, string>>;
    } catch {
      return {};
    }
  }

  get(name: SecretName): string | undefined {
    const sealed = this.read()[name];
    if (!sealed || !this.safe.isEncryptionAvailable()) return undefined;
    try {
      return this.safe.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return undefined;
    }
  }

  /** Keeps (or with null forgets) a secret; false when the OS cannot encrypt it. */
  set(name: SecretName, value: string | null): boolean {
    const all = this.read();
    if (value === null) delete all[name];
    else {
      if (!this.safe.isEncryptionAvailable()) return false;
      all[name] = this.safe.encryptString(value).toString('base64');
    }
    const temp = `${this.file}.tmp`;
    writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    renameSync(temp, this.file);
    return true;
  }
}
