// Every push and pull answer to a device, accepted or refused, carries the
// server's epoch, so a PC notices a restore on its next request.
import type { FastifyInstance } from 'fastify';
import type { SyncStore } from '../storage/types';

const STAMPED_ROUTES = new Set(['/push', '/pull']);

export function stampEpoch(app: FastifyInstance, store: SyncStore): void {
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (!request.device || !STAMPED_ROUTES.has(request.routeOptions.url ?? '')) return payload;
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return payload;
    return { ...payload, epoch: request.epoch ?? (await store.epoch.current()) };
  });
}
