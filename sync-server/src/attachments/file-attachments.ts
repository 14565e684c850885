// Attachments in DATA_DIR/files: tus uploads in `.incoming`, verified files by hash in `sha256`.
import { createReadStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { FileStore } from '@tus/file-store';
import type { AttachmentStore } from './attachment-store';
import { LocalContentStore, sha256OfStream } from './content-store';

export class FileAttachmentStore implements AttachmentStore {
  readonly kind = 'files';
  readonly datastore: FileStore;
  readonly content: LocalContentStore;
  private readonly incoming: string;

  constructor(dataDir: string) {
    this.incoming = join(dataDir, 'files', '.incoming');
    this.content = new LocalContentStore(join(dataDir, 'files', 'sha256'));
    mkdirSync(this.incoming, { recursive: true });
    this.datastore = new FileStore({ directory: this.incoming });
  }

  get description(): string {
    return this.content.directory;
  }

  async check(): Promise<void> {
    // The folders were made in the constructor.
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
