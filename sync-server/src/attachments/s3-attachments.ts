// Attachments in an S3-compatible bucket. Uploads in progress are @tus/s3-store's
// multipart uploads (`<id>`, `<id>.info`, `<id>.part` at the bucket's top), so a
// server restarted mid-upload resumes from what the bucket holds. Verified files
// are `sha256/<first two hex>/<sha256>`.
import type { Readable } from 'node:stream';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { S3Store } from '@tus/s3-store';
import type { S3Settings } from '../config';
import type { AttachmentStore } from './attachment-store';
import { sha256OfStream } from './content-store';

/** S3's smallest part but the last; the bytes after the last whole part are what a crash can cost. */
const PART_BYTES = 5 * 1024 * 1024;

/** S3Store whose in-memory copy of an upload's `.info` can be dropped once the upload is gone. */
class ForgettingS3Store extends S3Store {
  forgetCached(id: string): Promise<void> {
    return this.clearCache(id);
  }
}

export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    // The SDK's default CRC checksums send streamed bodies as `aws-chunked`, which many
    // S3-compatible servers store verbatim; our own SHA-256 check covers integrity.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
  };
}

export class S3AttachmentStore implements AttachmentStore {
  readonly kind = 's3';
  readonly datastore: ForgettingS3Store;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly endpoint: string;

  constructor(settings: S3Settings, expiryMs?: number) {
    const config = s3ClientConfig(settings);
    this.bucket = settings.bucket;
    this.endpoint = settings.endpoint ?? 'AWS';
    this.client = new S3Client(config);
    this.datastore = new ForgettingS3Store({
      partSize: PART_BYTES,
      expirationPeriodInMilliseconds: expiryMs,
      s3ClientConfig: { ...config, bucket: settings.bucket },
    });
  }

  get description(): string {
    return `s3://${this.bucket}`;
  }

  /** Fails with the SDK's error when the bucket is missing or the keys are wrong, so start-up says why. */
  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      const { name, message } = error as Error;
      const reason = message && message !== name ? `${name}: ${message}` : name;
      throw new Error(
        `S3 bucket "${this.bucket}" at ${this.endpoint} cannot be used (${reason}): check S3_BUCKET, S3_ENDPOINT and the keys`,
        { cause: error },
      );
    }
  }

  contentKey(sha256: string): string {
    return `sha256/${sha256.slice(0, 2)}/${sha256}`;
  }

  async hashUpload(uploadId: string): Promise<{ sha256: string; size: number }> {
    // Read back what the bucket assembled, not what passed through this process.
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: uploadId }));
    return sha256OfStream(object.Body as Readable);
  }

  async place(uploadId: string, sha256: string): Promise<void> {
    if (await this.has(sha256)) return;
    await this.client.send(
      new CopyObjectCommand({ Bucket: this.bucket, Key: this.contentKey(sha256), CopySource: `${this.bucket}/${uploadId}` }),
    );
  }

  async forget(uploadId: string): Promise<void> {
    await this.client.send(
      new DeleteObjectsCommand({
        Bucket: this.bucket,
        Delete: { Objects: [{ Key: uploadId }, { Key: `${uploadId}.info` }, { Key: `${uploadId}.part` }], Quiet: true },
      }),
    );
    await this.datastore.forgetCached(uploadId);
  }

  async listUploads(): Promise<string[]> {
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Delimiter: '/', ContinuationToken: token }));
      for (const { Key } of page.Contents ?? []) if (Key?.endsWith('.info')) ids.push(Key.slice(0, -'.info'.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return ids;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.contentKey(sha256) }));
      return true;
    } catch (error) {
      if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return false;
      throw error;
    }
  }

  async read(sha256: string): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.contentKey(sha256) }));
    return object.Body as Readable;
  }
}
