// Renderer tests against the real sync server: an in-process server on SQLite
// with the seeded region, tus uploads from Node, and enrolling a PC's database.
import { Upload } from 'tus-js-client';
import type { TestServer } from '../../../sync-server/src/testing/harness';
import { useTestServer } from '../../../sync-server/src/testing/use-server';
import type { AkimatDb } from '@renderer/db/schema';
import type { SyncDeps } from '@renderer/features/sync/engine';
import { enrollDevice } from '@renderer/features/sync/enrollment';
import type { DeviceIdentity } from '@renderer/features/sync/state';
import type { UploadFn } from '@renderer/features/sync/uploads';

/** A seeded SQLite server for the enclosing describe block (or file). */
export function useSyncServer(): TestServer {
  return useTestServer('sqlite');
}

/** tus from Node: the same client library, fed the Blob's bytes. */
export const nodeUpload: UploadFn = async (identity, file) => {
  const bytes = Buffer.from(await file.blob.arrayBuffer());
  await new Promise<void>((resolve, reject) => {
    new Upload(bytes, {
      endpoint: `${identity.serverUrl}/files`,
      headers: { authorization: `Bearer ${identity.token}` },
      metadata: { sha256: file.sha256, filename: file.name },
      uploadSize: bytes.length,
      onError: reject,
      onSuccess: () => resolve(),
    }).start();
  });
};

/** Sync dependencies for a run from Node: tus uploads from Node and no retry jitter. */
export const nodeSyncDeps = (db: AkimatDb, extra: Partial<SyncDeps> = {}): SyncDeps => ({
  db,
  upload: nodeUpload,
  random: () => 0.999,
  ...extra,
});

/** Enrolls the PC's database with a fresh code for the office or district; throws when the server refuses. */
export async function enrollPc(
  server: TestServer,
  db: AkimatDb,
  target: { officeCode: string } | { districtCode: string },
  deviceName?: string,
): Promise<DeviceIdentity> {
  const code = await server.store.admin.issueEnrollmentCode(target);
  const result = await enrollDevice(db, { serverUrl: server.url, code, ...(deviceName ? { deviceName } : {}) });
  if (!result.ok) throw new Error(result.message.ru);
  return result.identity;
}
