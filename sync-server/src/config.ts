// Server settings from the environment, with defaults that need nothing installed.
import { resolve } from 'node:path';

/** An S3-compatible bucket for attachments (S3_* settings). */
export interface S3Settings {
  /** Empty for AWS itself; the URL of MinIO, Ceph RGW, Yandex Object Storage… otherwise. */
  endpoint?: string;
  bucket: string;
  region: string;
  /** Without keys the AWS SDK's own chain (AWS_* variables, instance role) is used. */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key`; most self-hosted servers need it. */
  forcePathStyle: boolean;
}

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** Attachments go to this bucket when set, else under dataDir/files. */
  s3?: S3Settings;
  /** Largest JSON body, in bytes (push batches). */
  bodyLimit: number;
  /** Per-device token bucket: steady requests per second and burst size. */
  rateLimit: { perSecond: number; burst: number };
  logLevel: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    dataDir: resolve(env.DATA_DIR ?? './.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    s3: s3FromEnv(env),
    bodyLimit: Number(env.BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    rateLimit: { perSecond: Number(env.RATE_LIMIT_PER_SECOND ?? 20), burst: Number(env.RATE_LIMIT_BURST ?? 60) },
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;

/** S3 settings when S3_BUCKET is set; other S3_* without a bucket is a mistake, not a silent fallback to disk. */
export function s3FromEnv(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (!env.S3_BUCKET) {
    const stray = S3_VARIABLES.filter((name) => env[name]);
    if (stray.length > 0) throw new Error(`S3_BUCKET is not set, but ${stray.join(', ')} is: set S3_BUCKET or remove them`);
    return undefined;
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither');
  }
  return {
    endpoint: env.S3_ENDPOINT || undefined,
    bucket: env.S3_BUCKET,
    region: env.S3_REGION || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    forcePathStyle: ['1', 'true', 'yes'].includes((env.S3_FORCE_PATH_STYLE ?? '').toLowerCase()),
  };
}

/** The same settings back as environment variables, for starting a server process. */
export function s3ToEnv(s3: S3Settings): Record<string, string> {
  const env: Record<string, string> = { S3_BUCKET: s3.bucket, S3_REGION: s3.region, S3_FORCE_PATH_STYLE: String(s3.forcePathStyle) };
  if (s3.endpoint) env.S3_ENDPOINT = s3.endpoint;
  if (s3.accessKeyId) env.S3_ACCESS_KEY_ID = s3.accessKeyId;
  if (s3.secretAccessKey) env.S3_SECRET_ACCESS_KEY = s3.secretAccessKey;
  return env;
}
