// GET /pull: what is new in the device's scope since its cursor.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { z } from 'zod';
import { PROTOCOL_VERSION, PullQuery, type PullResponse } from '../../../shared/sync/protocol';
import { describeIssue, sendError } from '../http/errors';
import type { SyncStore } from '../storage/types';
import { holdsNul } from './body-guard';

/** A device may name the scope it expects; naming another one is refused, never widened. */
const ScopeQuery = PullQuery.extend({ office: z.string().optional(), district: z.string().optional() });

export function pullRoutes(app: FastifyInstance, store: SyncStore, auth: preHandlerHookHandler): void {
  app.get('/pull', { preHandler: auth }, async (request, reply) => {
    const device = request.device!;
    const parsed = ScopeQuery.safeParse(request.query);
    if (holdsNul(request.query)) return sendError(reply, 400, 'badRequest', { detail: 'NUL character in the query' });
    if (!parsed.success) return sendError(reply, 400, 'badRequest', { detail: describeIssue(parsed.error.issues) });
    const { cursor, limit, office, district } = parsed.data;
    const ownOffice = device.kind === 'office' ? device.officeCode : undefined;
    if (
      (office !== undefined && office !== ownOffice) ||
      (district !== undefined && (device.kind !== 'district' || district !== device.districtCode))
    ) {
      request.log.warn({ deviceId: device.id, office, district }, 'pull outside scope refused');
      return sendError(reply, 403, 'outOfScope');
    }
    // The PullResponse in JSON, stored event bodies spliced in as they are (storage/repositories/events.ts).
    // A string is not serialised, so http/epoch.ts cannot stamp it: the epoch goes in the head here.
    const head: Omit<PullResponse, 'events' | 'publications' | 'cursor' | 'more'> = {
      protocol: PROTOCOL_VERSION,
      serverTime: new Date().toISOString(),
      epoch: request.epoch ?? (await store.epoch.current()),
    };
    return reply.type('application/json; charset=utf-8').send(await store.events.pullJson(device, cursor, limit, head));
  });
}
