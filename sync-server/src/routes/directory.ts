// GET /directory: the Kazakh and Russian names of the offices and districts in
// the device's scope, so screens can name an okrug instead of showing its code.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { PROTOCOL_VERSION, type DirectoryResponse } from '../../../shared/sync/protocol';
import type { SyncStore } from '../storage/types';

export function directoryRoutes(app: FastifyInstance, store: SyncStore, auth: preHandlerHookHandler): void {
  app.get('/directory', { preHandler: auth }, async (request) => {
    const body: DirectoryResponse = { protocol: PROTOCOL_VERSION, ...(await store.admin.directory(request.device!)) };
    return body;
  });
}
