// Resumable uploads (tus) of scans. Each upload names its SHA-256 in its
// metadata; when the last byte arrives the server reads the stored bytes back,
// hashes them and accepts the upload only if the hash matches, else deletes it.
// Accepted files are stored by hash, on disk or in S3 (see AttachmentStore).
import { Server, type Upload } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import { Sha256Hex } from '../../../shared/sync/protocol';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '../config';
import { errorBody } from '../http/errors';
import { isDiskFull, isUnwritable } from '../storage/errors';
import type { SyncStore } from '../storage/types';
import type { AttachmentStore } from './attachment-store';

/** Set by the server after authentication; a client-sent value is overwritten. */
export const DEVICE_HEADER = 'x-akimat-device-id';
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

interface TusError {
  status_code: number;
  body: string;
}
const tusError = (status: number, body: object): TusError => ({ status_code: status, body: JSON.stringify(body) });

export interface Attachments {
  tus: Server;
  files: AttachmentStore;
  /** Checks the store, then verifies uploads that finished while the server was going down. */
  recover(): Promise<number>;
  /** Deletes uploads left unfinished for longer than the expiry; returns how many. */
  sweep(now?: number): Promise<number>;
  readonly limits: UploadLimits;
}

export function createAttachments(
  files: AttachmentStore,
  store: SyncStore,
  log: FastifyBaseLogger,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Attachments {
  const { datastore } = files;

  /** Deletes an upload and its place in the device's quota. */
  async function drop(uploadId: string): Promise<void> {
    await files.forget(uploadId);
    await store.uploads.release(uploadId);
  }

  /** True when accepted; a mismatching upload is deleted. Each step can be cut short and redone on restart. */
  async function verify(upload: Upload): Promise<boolean> {
    const declared = upload.metadata?.sha256 ?? '';
    const { sha256: actual, size } = await files.hashUpload(upload.id);
    if (actual !== declared) {
      log.warn({ uploadId: upload.id, declared, actual }, 'attachment hash mismatch, deleted');
      await drop(upload.id);
      return false;
    }
    await files.place(upload.id, actual);
    await store.attachments.record(actual, size, upload.metadata?.deviceId ?? '', new Date().toISOString());
    await drop(upload.id);
    log.info({ sha256: actual, size }, 'attachment verified');
    return true;
  }

  const tus = new Server({
    path: '/files',
    datastore,
    relativeLocation: true,
    maxSize: MAX_ATTACHMENT_BYTES,
    async onIncomingRequest(req, uploadId) {
      // Only the device that started an upload may continue or read it.
      if (req.method === 'POST') return;
      const upload = await datastore.getUpload(uploadId).catch(() => null);
      if (upload && upload.metadata?.deviceId !== req.headers.get(DEVICE_HEADER)) throw tusError(403, errorBody('outOfScope'));
    },
    async onUploadCreate(req, upload) {
      const sha = upload.metadata?.sha256;
      if (!Sha256Hex.safeParse(sha).success) throw tusError(400, errorBody('badRequest', { detail: 'Upload-Metadata sha256' }));
      const deviceId = req.headers.get(DEVICE_HEADER) ?? '';
      // A deferred length counts as the largest file allowed.
      const size = upload.size ?? MAX_ATTACHMENT_BYTES;
      const quota = { inFlight: limits.inFlightBytesPerDevice, stored: limits.storedBytesPerDevice };
      const verdict = await store.uploads.reserve({ id: upload.id, deviceId, size, createdAt: new Date().toISOString() }, quota);
      if (verdict !== 'ok') {
        const limitBytes = quota[verdict];
        log.warn({ deviceId, size, quota: verdict, limitBytes }, 'upload refused: device quota');
        throw tusError(
          413,
          errorBody('quotaExceeded', { limit: `${Math.round(limitBytes / 1024 / 1024)} MB` }, { quota: verdict, limitBytes }),
        );
      }
      return { metadata: { ...upload.metadata, deviceId } };
    },
    // No path or stack ever reaches a client: a disk that cannot be written is 507, anything else 500.
    async onResponseError(_req, error) {
      if ((error as { status_code?: number }).status_code) return;
      if (isUnwritable(error)) {
        log.error(
          { code: (error as NodeJS.ErrnoException).code, reason: (error as Error).message },
          isDiskFull(error) ? 'attachment storage is full' : 'attachment storage cannot be written (read-only or no permission)',
        );
        return { status_code: 507, body: JSON.stringify(errorBody('storageUnavailable')) };
      }
      log.error({ err: error }, 'upload failed');
      return { status_code: 500, body: JSON.stringify(errorBody('internal')) };
    },
    async onUploadFinish(_req, upload) {
      // 460 is tus's "checksum mismatch"; clients do not retry it.
      if (!(await verify(upload))) throw tusError(460, errorBody('hashMismatch'));
      return {};
    },
  });

  async function recover(): Promise<number> {
    await files.check();
    let recovered = 0;
    for (const id of await files.listUploads()) {
      const upload = await datastore.getUpload(id).catch(() => null);
      if (upload && upload.size !== undefined && upload.offset === upload.size && (await verify(upload))) recovered++;
    }
    return recovered;
  }

  async function sweep(now = Date.now()): Promise<number> {
    const cutoff = now - limits.expiryMs;
    let swept = 0;
    for (const id of await store.uploads.startedBefore(new Date(cutoff).toISOString())) {
      // Its place in the quota goes even when its bytes are already gone (or were never written).
      await files.forget(id).catch((error) => log.warn({ uploadId: id, err: error }, 'expired upload not deleted'));
      await store.uploads.release(id);
      swept++;
    }
    // Uploads the ledger does not know (started before it existed): their own creation date decides.
    for (const id of await files.listUploads()) {
      const upload = await datastore.getUpload(id).catch(() => null);
      const created = upload?.creation_date ? Date.parse(upload.creation_date) : Number.NaN;
      if (upload && created < cutoff && upload.offset !== upload.size) {
        await drop(id).catch(() => undefined);
        swept++;
      }
    }
    if (swept > 0) log.info({ swept, expiryHours: limits.expiryMs / 3_600_000 }, 'abandoned uploads deleted');
    return swept;
  }

  return { tus, files, recover, sweep, limits };
}
