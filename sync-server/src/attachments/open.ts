// Picks the attachment store the settings ask for: an S3 bucket when S3_BUCKET is set, else DATA_DIR/files.
import { DEFAULT_UPLOAD_LIMITS, type ServerConfig, withDefaults } from '../config';
import type { AttachmentStore } from './attachment-store';
import { FileAttachmentStore } from './file-attachments';
import { S3AttachmentStore } from './s3-attachments';

export function openAttachmentStore(config: Pick<ServerConfig, 'dataDir' | 's3' | 'uploads'>): AttachmentStore {
  // tus answers Upload-Expires and refuses to continue an upload past it; the sweep deletes it.
  const { expiryMs } = withDefaults(DEFAULT_UPLOAD_LIMITS, config.uploads);
  return config.s3 ? new S3AttachmentStore(config.s3, expiryMs) : new FileAttachmentStore(config.dataDir, expiryMs);
}
