// Builds the sync server: routes, validation, errors, auth, limits, uploads.
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { openAttachmentStore } from './attachments/open';
import { type Attachments, createAttachments } from './attachments/tus';
import type { ServerConfig } from './config';
import { authenticate } from './http/auth';
import { allowCrossOrigin } from './http/cors';
import { sendError } from './http/errors';
import { TokenBucketLimiter } from './http/rate-limit';
import { attachmentRoutes } from './routes/attachments';
import { directoryRoutes } from './routes/directory';
import { enrollRoutes } from './routes/enroll';
import { pullRoutes } from './routes/pull';
import { pushRoutes } from './routes/push';
import { statusPageRoutes } from './routes/status-page';
import type { SyncStore } from './storage/types';
import { SERVER_VERSION } from './version';

export interface SyncServer {
  app: FastifyInstance;
  attachments: Attachments;
}

export function buildServer(config: ServerConfig, store: SyncStore): SyncServer {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
  });
  const limiter = new TokenBucketLimiter(config.rateLimit.perSecond, config.rateLimit.burst);
  const auth = authenticate(store, limiter);
  const attachments = createAttachments(openAttachmentStore(config), store, app.log);

  allowCrossOrigin(app);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return sendError(
        reply,
        413,
        'payloadTooLarge',
        { limit: `${Math.round(config.bodyLimit / 1024 / 1024)} MB` },
        { limitBytes: config.bodyLimit },
      );
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
      return sendError(reply, 400, 'malformedJson');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(reply, error.statusCode, 'badRequest', { detail: error.message });
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
  enrollRoutes(app, store, limiter);
  pushRoutes(app, store, auth);
  pullRoutes(app, store, auth);
  directoryRoutes(app, store, auth);
  attachmentRoutes(app, store, auth, attachments);
  statusPageRoutes(app, store);
  return { app, attachments };
}
