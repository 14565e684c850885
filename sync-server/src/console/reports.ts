// What a PC reports at sync, kept for the console: every authenticated push or pull
// marks the device seen; a push, and the report a PC sends after every successful sync
// (POST /report), carry its diagnostics (app version, events still waiting, storage use,
// its recent errors) and its clock; a refused push leaves the server's error code.
import type { FastifyInstance } from 'fastify';
import { PushDiagnostics } from '../../../shared/sync/protocol';
import type { DeviceReport } from '../storage/repositories/device-reports';
import type { SyncStore } from '../storage/types';

const REPORTING_PATHS = new Set(['/push', '/pull', '/report']);

export function recordDeviceReports(app: FastifyInstance, store: SyncStore): void {
  app.addHook('onSend', async (request, reply, payload) => {
    const device = request.device;
    const path = request.url.split('?')[0];
    if (!device || !REPORTING_PATHS.has(path)) return payload;
    const at = new Date().toISOString();
    // Not awaited: the PC's answer does not wait for the console's record (the console's reads do).
    const note = (report?: DeviceReport, serverError?: string) =>
      void store.console
        .noteSync(device.id, at, report, serverError)
        .catch((error) => request.log.warn({ err: error, deviceId: device.id }, 'device report not stored'));
    try {
      // A pull, or a refused report (which says nothing worth keeping and never touches the push's error): seen now.
      if (path === '/pull' || (path === '/report' && reply.statusCode >= 400)) {
        note();
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
      let serverError: string | undefined = path === '/push' ? '' : undefined;
      if (path === '/push' && reply.statusCode >= 400) {
        const code = typeof payload === 'string' ? /"code":"(\w+)"/.exec(payload)?.[1] : undefined;
        serverError = `${reply.statusCode} ${code ?? ''}`.trim();
      }
      note(report, serverError);
    } catch (error) {
      request.log.warn({ err: error, deviceId: device.id }, 'device report not stored');
    }
    return payload;
  });
}
