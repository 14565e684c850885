// Where uploads in progress and verified attachments live: a folder or an S3
// bucket. The tus endpoint and the routes see only this interface.
import type { Readable } from 'node:stream';
import type { DataStore } from '@tus/server';

export interface AttachmentStore {
  /** Named in `GET /health`: `files` or `s3`. */
  readonly kind: 'files' | 's3';
  /** Where, for the start-up log. */
  readonly description: string;
  /** tus's store of uploads in progress. */
  readonly datastore: DataStore;
  /** Fails at start-up with the reason when the store cannot be used (a missing bucket, wrong keys). */
  check(): Promise<void>;
  /** Reads back an upload whose last byte has arrived and hashes what is stored. */
  hashUpload(uploadId: string): Promise<{ sha256: string; size: number }>;
  /** Files a verified upload under its hash, keeping the upload until forget(); a second copy of the same bytes is dropped. */
  place(uploadId: string, sha256: string): Promise<void>;
  /** Deletes an upload and all that tus kept for it. */
  forget(uploadId: string): Promise<void>;
  /** Ids of uploads the store still holds, finished or not, for recovery after a restart. */
  listUploads(): Promise<string[]>;
  has(sha256: string): Promise<boolean>;
  read(sha256: string): Promise<Readable>;
}
