// Scans and photos go to the server by tus, addressed by SHA-256. The files to
// send are found in the waiting attachmentAdded and packageRelayed events and
// kept in the `uploads` table until the server has them, so a restart resumes
// the list; tus-js-client keeps each upload's URL in localStorage under a
// fingerprint made of the server, the device and the hash, so the bytes resume
// where they stopped after the app, the PC or the server restarts.
import { Upload, type DetailedError } from 'tus-js-client';
import type { CaseEvent } from '@shared/case';
import { syncErrorMessage } from '@shared/sync/messages';
import { AttachmentStatus } from '@shared/sync/protocol';
import type { AkimatDb } from '@renderer/db/schema';
import { describeFailure, networkFailure, type Failure } from './errors';
import { httpRequest, type FetchLike } from './http';
import type { DeviceIdentity, UploadRow } from './state';

/** Sends one file; resolves when the server has verified it. */
export type UploadFn = (identity: DeviceIdentity, file: { sha256: string; name: string; blob: Blob }) => Promise<void>;

/** A tus failure with what it means for the upload. */
export class UploadFailure extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

export const UPLOAD_CHUNK_BYTES = 512 * 1024;

export function tusFingerprint(identity: Pick<DeviceIdentity, 'serverUrl' | 'deviceId'>, sha256: string): string {
  return `akimat-tus::${identity.serverUrl}::${identity.deviceId}::${sha256}`;
}

function failureOf(error: unknown): Failure {
  const response = (error as DetailedError | undefined)?.originalResponse;
  if (!response) return networkFailure(error instanceof Error ? error.message : String(error));
  let body: unknown = response.getBody();
  try {
    body = JSON.parse(String(body));
  } catch {
    // tus answers are not always JSON
  }
  const status = response.getStatus();
  if (status === 460) return { code: 'hashMismatch', message: syncErrorMessage('hashMismatch'), offline: false, fatal: false };
  return describeFailure({ kind: 'response', status, body });
}

/** The browser's resumable upload through tus-js-client. */
export const tusUpload: UploadFn = async (identity, file) => {
  await new Promise<void>((resolve, reject) => {
    const upload = new Upload(file.blob, {
      endpoint: `${identity.serverUrl}/files`,
      headers: { authorization: `Bearer ${identity.token}` },
      metadata: { sha256: file.sha256, filename: file.name },
      chunkSize: UPLOAD_CHUNK_BYTES,
      retryDelays: [0, 1000, 3000],
      fingerprint: async () => tusFingerprint(identity, file.sha256),
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onError: (error) => reject(new UploadFailure(failureOf(error))),
      onSuccess: () => resolve(),
    });
    upload
      .findPreviousUploads()
      .then((previous) => {
        if (previous.length > 0) upload.resumeFromPreviousUpload(previous[0]);
        upload.start();
      })
      .catch((error) => reject(new UploadFailure(failureOf(error))));
  });
};

function filesOf(event: CaseEvent): string[] {
  if (event.type === 'attachmentAdded') return [event.payload.sha256];
  if (event.type === 'packageRelayed') return event.payload.attachments;
  return [];
}

/** Adds the files named by waiting events to the upload list (once each). */
export async function queueUploads(db: AkimatDb, waiting: readonly CaseEvent[]): Promise<void> {
  const table = db.uploads;
  await db.transaction('rw', [table, db.attachments], async () => {
    for (const event of waiting) {
      for (const sha256 of filesOf(event)) {
        if (await table.get(sha256)) continue;
        const local = await db.attachments.where('sha256').equals(sha256).first();
        await table.put({ sha256, caseId: event.caseId, name: local?.name ?? sha256, size: local?.size ?? 0, state: 'pending' });
      }
    }
  });
}

/**
 * Sends every file not yet on the server. Returns the failure that should end
 * this run (no link, revoked device), or null; a file the server refuses is
 * marked as an error and the others go on.
 */
export async function sendUploads(
  db: AkimatDb,
  identity: DeviceIdentity,
  upload: UploadFn,
  fetchImpl: FetchLike,
  onFile: (done: number, total: number) => void = () => undefined,
): Promise<Failure | null> {
  const table = db.uploads;
  const todo = await table.where('state').equals('pending').toArray();
  if (todo.length > 0) onFile(0, todo.length);
  for (const [i, row] of todo.entries()) {
    if (i > 0) onFile(i, todo.length);
    const status = await httpRequest(fetchImpl, identity.serverUrl, 'GET', `/attachments/${row.sha256}/status`, identity.token);
    if (status.kind === 'networkError') return describeFailure(status);
    if (status.status === 200 && AttachmentStatus.safeParse(status.body).data?.present) {
      await table.put({ ...row, state: 'done' });
      continue;
    }
    if (status.status !== 200) {
      const failure = describeFailure(status);
      if (failure.fatal || failure.code === 'rateLimited' || status.status >= 500) return failure;
    }
    const local = await db.attachments.where('sha256').equals(row.sha256).first();
    if (!local) {
      await table.put({ ...row, state: 'error', error: 'notFound', reason: syncErrorMessage('notFound') });
      continue;
    }
    try {
      await upload(identity, { sha256: row.sha256, name: local.name, blob: local.blob });
      await table.put({ ...row, state: 'done' } satisfies UploadRow);
    } catch (error) {
      const failure = error instanceof UploadFailure ? error.failure : networkFailure(String(error));
      if (failure.offline || failure.fatal || failure.code === 'internal' || failure.code === 'rateLimited') return failure;
      await table.put({ ...row, state: 'error', error: failure.code, reason: failure.message });
    }
  }
  if (todo.length > 0) onFile(todo.length, todo.length);
  return null;
}
