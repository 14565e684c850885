// The admin console and the update feed, registered on the sync server by one call.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import type { ServerConfig } from '../config';
import type { SyncStore } from '../storage/types';
import { updateRoutes } from '../updates/routes';
import { consoleApi } from './api';
import { recordDeviceReports } from './reports';
import { SignInLimit } from './sign-in-limit';
import { consolePage } from './static';

/** `deviceAuth`: the sync routes' device check, for the update feed the PCs read. */
export function registerConsole(
  app: FastifyInstance,
  store: SyncStore,
  config: Pick<ServerConfig, 'dataDir' | 'consoleSignIn'>,
  deviceAuth: preHandlerHookHandler,
): void {
  const { dataDir, consoleSignIn } = config;
  recordDeviceReports(app, store);
  consolePage(app);
  consoleApi(app, store, new SignInLimit(Date.now, consoleSignIn?.failures, consoleSignIn?.windowSeconds));
  updateRoutes(app, store, dataDir, deviceAuth);
}
