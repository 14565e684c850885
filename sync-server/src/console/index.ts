// The admin console and the update feed, registered on the sync server by one call.
import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config';
import { authenticate } from '../http/auth';
import { TokenBucketLimiter } from '../http/rate-limit';
import type { SyncStore } from '../storage/types';
import { updateRoutes } from '../updates/routes';
import { consoleApi } from './api';
import { recordDeviceReports } from './reports';
import { consolePage } from './static';

export function registerConsole(app: FastifyInstance, store: SyncStore, config: ServerConfig): void {
  const limiter = new TokenBucketLimiter(config.rateLimit.perSecond, config.rateLimit.burst);
  recordDeviceReports(app, store);
  consolePage(app);
  consoleApi(app, store);
  updateRoutes(app, store, config.dataDir, authenticate(store, limiter));
}
