// Server settings from the environment, with defaults that need nothing installed.
import { resolve } from 'node:path';

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
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
    bodyLimit: Number(env.BODY_LIMIT_BYTES ?? 2 * 1024 * 1024),
    rateLimit: { perSecond: Number(env.RATE_LIMIT_PER_SECOND ?? 20), burst: Number(env.RATE_LIMIT_BURST ?? 60) },
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
