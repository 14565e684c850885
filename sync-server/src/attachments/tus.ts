// Resumable uploads (tus) of scans. Each upload names its SHA-256 in its
// metadata; when the last byte arrives the server reads the stored bytes back,
// hashes them and accepts the upload only if the hash matches, else deletes it.
// Accepted files are stored by hash, on disk or in S3 (see AttachmentStore).
import { Server, type Upload } from '@tus/server';
import type { FastifyBaseLogger } from 'fastify';
import { Sha256Hex } from '../../../shared/sync/protocol';
import { errorBody } from '../http/errors';
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
}

export function createAttachments(files: AttachmentStore, store: SyncStore, log: FastifyBaseLogger): Attachments {
  const { datastore } = files;

  /** True when accepted; a mismatching upload is deleted. Each step can be cut short and redone on restart. */
  async function verify(upload: Upload): Promise<boolean> {
    const declared = upload.metadata?.sha256 ?? '';
    const { sha256: actual, size } = await files.hashUpload(upload.id);
    if (actual !== declared) {
      log.warn({ uploadId: upload.id, declared, actual }, 'attachment hash mismatch, deleted');
      await files.forget(upload.id);
      return false;
    }
    await files.place(upload.id, actual);
    await store.attachments.record(actual, size, upload.metadata?.deviceId ?? '', new Date().toISOString());
    await files.forget(upload.id);
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
      return { metadata: { ...upload.metadata, deviceId: req.headers.get(DEVICE_HEADER) ?? '' } };
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

  return { tus, files, recover };
}
