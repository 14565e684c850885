// S3_* settings: which store they select, and mistakes refused at start-up rather than ignored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, DEFAULT_TIMEOUTS, DEFAULT_UPLOAD_LIMITS, s3ToEnv, withDefaults } from './config';
import { type BackendResources, backendResources, startServer } from './testing/harness';

describe('S3 settings', () => {
  it('keeps attachments on disk when no S3_* is set', () => {
    expect(configFromEnv({}).s3).toBeUndefined();
  });

  it('reads every S3_* setting and gives them back for a server process', () => {
    const env = {
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_BUCKET: 'scans',
      S3_REGION: 'kz-1',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
    };
    const s3 = configFromEnv(env).s3;
    expect(s3).toEqual({
      endpoint: 'http://127.0.0.1:9000',
      bucket: 'scans',
      region: 'kz-1',
      accessKeyId: 'id',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
    expect(s3ToEnv(s3!)).toEqual(env);
  });

  it('defaults to virtual-host style, us-east-1 and the SDK credential chain', () => {
    expect(configFromEnv({ S3_BUCKET: 'scans' }).s3).toEqual({
      bucket: 'scans',
      region: 'us-east-1',
      forcePathStyle: false,
      endpoint: undefined,
      accessKeyId: undefined,
      secretAccessKey: undefined,
    });
  });

  it('refuses S3 settings without a bucket instead of quietly using the disk', () => {
    expect(() => configFromEnv({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET.*S3_ENDPOINT/);
  });

  it('refuses a key id without its secret', () => {
    expect(() => configFromEnv({ S3_BUCKET: 'scans', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/);
  });
});

describe('a server whose bucket is missing', () => {
  let resources: BackendResources;
  beforeAll(async () => {
    resources = await backendResources('sqlite', 's3');
  });
  afterAll(async () => {
    await resources?.dispose();
  });

  it('does not start, and the error names the missing bucket', async () => {
    const start = startServer({ ...resources, s3: { ...resources.s3!, bucket: 'no-such-bucket' } });
    await expect(start).rejects.toThrow(/S3 bucket "no-such-bucket" at http:\/\/127\.0\.0\.1:\d+ cannot be used/);
  });
});

describe('limits, timeouts and the proxy from the environment', () => {
  it('reads TRUST_PROXY as off, true, a hop count or a list of addresses', () => {
    expect(configFromEnv({}).trustProxy).toBeUndefined();
    expect(configFromEnv({ TRUST_PROXY: 'false' }).trustProxy).toBeUndefined();
    expect(configFromEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(configFromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(configFromEnv({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8']);
  });

  it('keeps the defaults for what is not set and takes what is', () => {
    const config = configFromEnv({ HEADERS_TIMEOUT_MS: '5000', UPLOAD_QUOTA_BYTES: '1000', UPLOAD_EXPIRY_HOURS: '2' });
    expect(withDefaults(DEFAULT_TIMEOUTS, config.timeouts)).toEqual({ ...DEFAULT_TIMEOUTS, headersMs: 5000 });
    expect(withDefaults(DEFAULT_UPLOAD_LIMITS, config.uploads)).toEqual({
      ...DEFAULT_UPLOAD_LIMITS,
      inFlightBytesPerDevice: 1000,
      expiryMs: 7_200_000,
    });
  });

  it('reads the console sign-in limit per address', () => {
    expect(configFromEnv({}).consoleSignIn).toEqual({ failures: undefined, windowSeconds: undefined });
    expect(configFromEnv({ CONSOLE_SIGNIN_FAILURES: '8', CONSOLE_SIGNIN_WINDOW_SECONDS: '3600' }).consoleSignIn).toEqual({
      failures: 8,
      windowSeconds: 3600,
    });
  });
});
