// Picks the attachment store the settings ask for: an S3 bucket when S3_BUCKET is set, else DATA_DIR/files.
import type { ServerConfig } from '../config';
import type { AttachmentStore } from './attachment-store';
import { FileAttachmentStore } from './file-attachments';
import { S3AttachmentStore } from './s3-attachments';

export function openAttachmentStore(config: Pick<ServerConfig, 'dataDir' | 's3'>): AttachmentStore {
  return config.s3 ? new S3AttachmentStore(config.s3) : new FileAttachmentStore(config.dataDir);
}
