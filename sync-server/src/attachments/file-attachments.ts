// Attachments in DATA_DIR/files: tus uploads in `.incoming`, verified files by hash in `sha256`.
import { createReadStream, mkdirSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import { DataFolderError, isUnwritable } from '../storage/errors';
import type { AttachmentStore } from './attachment-store';
import { LocalContentStore, sha256OfStream } from './content-store';

export class FileAttachmentStore implements AttachmentStore {
  readonly kind = 'files';
  readonly datastore: FileStore;
  readonly content: LocalContentStore;
  private readonly incoming: string;

  constructor(dataDir: string, expiryMs?: number) {
    this.incoming = join(dataDir, 'files', '.incoming');
    this.content = new LocalContentStore(join(dataDir, 'files', 'sha256'));
    try {
      mkdirSync(this.incoming, { recursive: true });
    } catch (error) {
      throw isUnwritable(error) ? new DataFolderError(join(dataDir, 'files'), error) : error;
    }
    this.datastore = new FileStore({ directory: this.incoming, expirationPeriodInMilliseconds: expiryMs });
  }

  get description(): string {
    return this.content.directory;
  }

  /** The folders were made in the constructor; a read-only or full disk is said here, at start-up. */
  async check(): Promise<void> {
    const probe = join(this.incoming, `.write-check-${process.pid}`);
    try {
      await writeFile(probe, 'ok');
      await unlink(probe);
    } catch (error) {
      throw isUnwritable(error) ? new DataFolderError(join(this.incoming, '..'), error) : error;
    }
  }

  hashUpload(uploadId: string): Promise<{ sha256: string; size: number }> {
    return sha256OfStream(createReadStream(join(this.incoming, uploadId)));
  }

  place(uploadId: string, sha256: string): Promise<void> {
    return this.content.adopt(join(this.incoming, uploadId), sha256);
  }

  forget(uploadId: string): Promise<void> {
    return this.datastore.remove(uploadId);
  }

  async listUploads(): Promise<string[]> {
    return (await this.datastore.configstore.list?.()) ?? [];
  }

  has(sha256: string): Promise<boolean> {
    return this.content.has(sha256);
  }

  async read(sha256: string): Promise<Readable> {
    return createReadStream(this.content.pathOf(sha256));
  }
}
