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
  /** Per-device (and per-address for strangers) token bucket; at most maxEntries buckets are kept. */
  rateLimit: { perSecond: number; burst: number; maxEntries?: number };
  logLevel: string;
  /** Behind nginx: true (trust X-Forwarded-For from anyone), a hop count, or the proxies' addresses. Off by default. */
  trustProxy?: boolean | number | string[];
  /** Slow or idle sockets are closed after these (ms). */
  timeouts?: Partial<Timeouts>;
  /** Per-device upload quota and expiry of abandoned uploads. */
  uploads?: Partial<UploadLimits>;
  /** Failed console sign-ins one address may make in a window (console/sign-in-limit.ts). */
  consoleSignIn?: { failures?: number; windowSeconds?: number };
}

export interface Timeouts {
  /** Whole request, headers and body (Node's requestTimeout). */
  requestMs: number;
  /** Until the headers are in (Node's headersTimeout). */
  headersMs: number;
  /** No byte in either direction (Fastify's connectionTimeout). */
  idleMs: number;
  /** An idle kept-alive connection between requests. */
  keepAliveMs: number;
  /** How often Node looks for requests past requestMs/headersMs. */
  checkEveryMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = {
  requestMs: 300_000,
  headersMs: 20_000,
  idleMs: 60_000,
  keepAliveMs: 72_000,
  checkEveryMs: 5_000,
};

export interface UploadLimits {
  /** Bytes one device may have in unfinished uploads at once. */
  inFlightBytesPerDevice: number;
  /** Bytes one device may have stored and in flight together; 0 for no limit. */
  storedBytesPerDevice: number;
  /** An unfinished upload untouched this long is deleted. */
  expiryMs: number;
  /** How often abandoned uploads are looked for. */
  sweepEveryMs: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  inFlightBytesPerDevice: 1024 * 1024 * 1024,
  storedBytesPerDevice: 0,
  expiryMs: 7 * 24 * 3_600_000,
  sweepEveryMs: 3_600_000,
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: Number(env.PORT ?? 8787),
    dataDir: resolve(env.DATA_DIR ?? './.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    s3: s3FromEnv(env),
    bodyLimit: Number(env.BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    rateLimit: {
      perSecond: Number(env.RATE_LIMIT_PER_SECOND ?? 20),
      burst: Number(env.RATE_LIMIT_BURST ?? 60),
      maxEntries: numberOr(env.RATE_LIMIT_MAX_ENTRIES),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    timeouts: {
      requestMs: numberOr(env.REQUEST_TIMEOUT_MS),
      headersMs: numberOr(env.HEADERS_TIMEOUT_MS),
      idleMs: numberOr(env.IDLE_TIMEOUT_MS),
      keepAliveMs: numberOr(env.KEEP_ALIVE_TIMEOUT_MS),
    },
    uploads: {
      inFlightBytesPerDevice: numberOr(env.UPLOAD_QUOTA_BYTES),
      storedBytesPerDevice: numberOr(env.UPLOAD_STORED_QUOTA_BYTES),
      expiryMs: env.UPLOAD_EXPIRY_HOURS ? Number(env.UPLOAD_EXPIRY_HOURS) * 3_600_000 : undefined,
    },
    consoleSignIn: {
      failures: numberOr(env.CONSOLE_SIGNIN_FAILURES),
      windowSeconds: numberOr(env.CONSOLE_SIGNIN_WINDOW_SECONDS),
    },
  };
}

const numberOr = (value: string | undefined): number | undefined => (value ? Number(value) : undefined);

/** TRUST_PROXY: `true`, a number of hops, or a comma list of proxy addresses/CIDRs; unset or `false` trusts nobody. */
export function trustProxyFromEnv(value: string | undefined): boolean | number | string[] | undefined {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return undefined;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
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

/** The defaults with every set (not undefined) value of `given` on top. */
export function withDefaults<T extends object>(defaults: T, given: Partial<T> | undefined): T {
  const out = { ...defaults };
  for (const [key, value] of Object.entries(given ?? {})) if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  return out;
}
