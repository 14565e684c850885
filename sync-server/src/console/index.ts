// The admin console and the update feed, registered on the sync server by one call.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import type { SyncStore } from '../storage/types';
import { updateRoutes } from '../updates/routes';
import { consoleApi } from './api';
import { recordDeviceReports } from './reports';
import { consolePage } from './static';

/** `deviceAuth`: the sync routes' device check, for the update feed the PCs read. */
export function registerConsole(app: FastifyInstance, store: SyncStore, dataDir: string, deviceAuth: preHandlerHookHandler): void {
  recordDeviceReports(app, store);
  consolePage(app);
  consoleApi(app, store);
  updateRoutes(app, store, dataDir, deviceAuth);
}
