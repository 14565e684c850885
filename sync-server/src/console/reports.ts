// What a PC reports at sync, kept for the console: every authenticated push or pull
// marks the device seen; a push also carries its diagnostics (app version, events
// still waiting, its last error) and its clock; a refused push leaves the server's error code.
import type { FastifyInstance } from 'fastify';
import { PushDiagnostics } from '../../../shared/sync/protocol';
import type { SyncStore } from '../storage/types';

export function recordDeviceReports(app: FastifyInstance, store: SyncStore): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const device = request.device;
    const path = request.url.split('?')[0];
    if (!device || (path !== '/push' && path !== '/pull')) return payload;
    const at = new Date().toISOString();
    try {
      if (path === '/pull') {
        await store.console.recordSync(device.id, at);
        return payload;
      }
      const body = (request.body ?? {}) as { sentAt?: unknown; diagnostics?: unknown };
      const diagnostics = PushDiagnostics.safeParse(body.diagnostics);
      const arrived = Date.now() - reply.elapsedTime;
      const sentAt = typeof body.sentAt === 'string' ? Date.parse(body.sentAt) : Number.NaN;
      const report = {
        diagnostics: diagnostics.success ? diagnostics.data : undefined,
        clockSkewMs: Number.isNaN(sentAt) ? null : Math.round(sentAt - arrived),
      };
      let serverError = '';
      if (reply.statusCode >= 400) {
        const code = typeof payload === 'string' ? /"code":"(\w+)"/.exec(payload)?.[1] : undefined;
        serverError = `${reply.statusCode} ${code ?? ''}`.trim();
      }
      await store.console.recordSync(device.id, at, report, serverError);
    } catch (error) {
      request.log.warn({ err: error, deviceId: device.id }, 'device report not stored');
    }
    return payload;
  });
}
