// Builds the sync server: routes, validation, errors, auth, limits, uploads.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { openAttachmentStore } from './attachments/open';
import { type Attachments, createAttachments } from './attachments/tus';
import { DEFAULT_TIMEOUTS, DEFAULT_UPLOAD_LIMITS, type ServerConfig, withDefaults } from './config';
import { registerConsole } from './console';
import { guardRequests } from './http/auth';
import { allowCrossOrigin } from './http/cors';
import { stampEpoch } from './http/epoch';
import { sendError } from './http/errors';
import { TokenBucketLimiter } from './http/rate-limit';
import { attachmentRoutes } from './routes/attachments';
import { directoryRoutes } from './routes/directory';
import { enrollRoutes, limitEnrollment } from './routes/enroll';
import { pullRoutes } from './routes/pull';
import { pushRoutes } from './routes/push';
import { reportRoutes } from './routes/report';
import { isDiskFull, isUnwritable } from './storage/errors';
import { recordHighWater } from './storage/high-water';
import { SqlStore } from './storage/sql-store';
import { statusPageRoutes } from './routes/status-page';
import type { SyncStore } from './storage/types';
import { SERVER_VERSION } from './version';

export interface SyncServer {
  app: FastifyInstance;
  attachments: Attachments;
  limiter: TokenBucketLimiter;
  /** Deletes abandoned uploads every `sweepEveryMs` once started; stops when the app closes. */
  sweeper: { start(): void; stop(): void };
}

export function buildServer(config: ServerConfig, store: SyncStore): SyncServer {
  const timeouts = withDefaults(DEFAULT_TIMEOUTS, config.timeouts);
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: typeof config.trustProxy === 'number' ? hops(config.trustProxy) : (config.trustProxy ?? false),
    // Slow or silent sockets are closed: a whole request, its headers, an idle socket, an idle keep-alive.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: { headersTimeout: timeouts.headersMs, connectionsCheckingInterval: timeouts.checkEveryMs },
  });
  const limiter = new TokenBucketLimiter(config.rateLimit.perSecond, config.rateLimit.burst, Date.now, config.rateLimit.maxEntries);
  const uploadLimits = withDefaults(DEFAULT_UPLOAD_LIMITS, config.uploads);
  const attachments = createAttachments(openAttachmentStore(config), store, app.log, uploadLimits);
  let timer: NodeJS.Timeout | undefined;
  const sweeper = {
    start() {
      timer ??= setInterval(
        () => void attachments.sweep().catch((error) => app.log.warn({ err: error }, 'upload sweep failed')),
        uploadLimits.sweepEveryMs,
      );
      timer.unref();
      void attachments.sweep().catch((error) => app.log.warn({ err: error }, 'upload sweep failed'));
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
  app.addHook('onClose', async () => sweeper.stop());
  keepHighWaterMark(app, store, config.dataDir);

  // Preflights end in the CORS hook; every other request needs a device token before its body is read.
  allowCrossOrigin(app);
  const auth = guardRequests(app, store, limiter);
  stampEpoch(app, store);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const limit = request.routeOptions.bodyLimit ?? config.bodyLimit;
      const said = limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${Math.round(limit / 1024)} KB`;
      return sendError(reply, 413, 'payloadTooLarge', { limit: said }, { limitBytes: limit });
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
      return sendError(reply, 400, 'malformedJson');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, 'badRequest', { detail: error.message });
    }
    if (isUnwritable(error)) {
      // One clear line for the operator; the client learns only that the server cannot write.
      request.log.error(
        { code: error.code, reason: error.message },
        isDiskFull(error) ? 'the disk is full' : 'the data folder cannot be written',
      );
      return sendError(reply, 507, 'storageUnavailable');
    }
    request.log.error({ err: error }, 'request failed');
    return sendError(reply, 500, 'internal');
  });
  app.setNotFoundHandler((_request, reply) => sendError(reply, 404, 'notFound'));

  app.get('/health', async () => ({
    ok: true as const,
    version: SERVER_VERSION,
    protocol: PROTOCOL_VERSION,
    storage: `${store.kind}+${attachments.files.kind}`,
  }));
  limitEnrollment(app, limiter);
  enrollRoutes(app, store);
  pushRoutes(app, store, auth);
  pullRoutes(app, store, auth);
  reportRoutes(app, auth);
  directoryRoutes(app, store, auth);
  attachmentRoutes(app, store, auth, attachments);
  registerConsole(app, store, config, auth);
  statusPageRoutes(app, store);
  return { app, attachments, limiter, sweeper };
}

/** Trusts the nearest `count` proxies in X-Forwarded-For. */
function hops(count: number) {
  return (_address: string, hop: number) => hop < count;
}

/** Notes the epoch and server number in DATA_DIR now, every 10 s and at close (see storage/high-water.ts). */
function keepHighWaterMark(app: FastifyInstance, store: SyncStore, dataDir: string): void {
  if (!(store instanceof SqlStore)) return;
  const record = () => recordHighWater(store, dataDir).catch((error) => app.log.warn({ err: error }, 'high-water mark not written'));
  void record();
  const timer = setInterval(() => void record(), 10_000);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await record();
  });
}
