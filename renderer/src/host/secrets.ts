// Secrets the PC keeps outside its case database (so a USB backup or a copy of
// IndexedDB rows never carries them): the device's bearer token and the office's
// backup passphrase. The desktop host keeps them with the operating system
// (Electron safeStorage: DPAPI on Windows). In a plain browser they are
// encrypted at rest with an AES-GCM key made non-extractable: kept in IndexedDB
// as a CryptoKey, usable by this origin's pages but never readable as bytes.
import Dexie, { type Table } from 'dexie';
import type { HostBridge, SecretName } from '@shared/host/bridge';

export interface SecretStore {
  get(name: SecretName): Promise<string | undefined>;
  set(name: SecretName, value: string | null): Promise<void>;
}

interface KeyRow {
  id: 'key';
  key: CryptoKey;
}
interface SealedRow {
  name: SecretName;
  iv: Uint8Array;
  data: ArrayBuffer;
}

class SecretsDb extends Dexie {
  keys!: Table<KeyRow, string>;
  sealed!: Table<SealedRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id', sealed: 'name' });
  }
}

/** The browser's store: one non-extractable AES-GCM key per database, each secret sealed with its own IV. */
export function browserSecrets(databaseName: string): SecretStore {
  const db = new SecretsDb(`${databaseName}-secrets`);
  const key = async (): Promise<CryptoKey> => {
    const kept = await db.keys.get('key');
    if (kept) return kept.key;
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    // Two windows may race: the first key stored wins, the other is read back.
    await db.keys.add({ id: 'key', key: made }).catch(() => undefined);
    return (await db.keys.get('key'))!.key;
  };
  return {
    async get(name) {
      const row = await db.sealed.get(name);
      if (!row) return undefined;
      try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv as BufferSource }, await key(), row.data);
        return new TextDecoder().decode(plain);
      } catch {
        return undefined;
      }
    },
    async set(name, value) {
      if (value === null) {
        await db.sealed.delete(name);
        return;
      }
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await key(), new TextEncoder().encode(value));
      await db.sealed.put({ name, iv, data });
    },
  };
}

function hostSecrets(host: Required<Pick<HostBridge, 'getSecret' | 'setSecret'>>): SecretStore {
  return {
    get: (name) => host.getSecret(name),
    async set(name, value) {
      const outcome = await host.setSecret(name, value);
      if (!outcome.ok) throw new Error(`the host could not keep the secret ${name}`);
    },
  };
}

const stores = new Map<string, SecretStore>();

/** The secret store for a database: the desktop host's when it has one, else the browser's. */
export function secretsFor(databaseName: string): SecretStore {
  const desktop = typeof window !== 'undefined' ? window.akimatHost : undefined;
  if (desktop?.getSecret && desktop.setSecret) return hostSecrets(desktop as Required<Pick<HostBridge, 'getSecret' | 'setSecret'>>);
  let store = stores.get(databaseName);
  if (!store) {
    store = browserSecrets(databaseName);
    stores.set(databaseName, store);
  }
  return store;
}
