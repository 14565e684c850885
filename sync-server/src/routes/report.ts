// POST /report: a PC's diagnostics alone, sent after every successful sync so the
// console hears from a PC that had nothing to push. The console's report hook
// (console/reports.ts) stores them; this route only checks who sends what.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { PROTOCOL_VERSION, ReportRequest, type ReportResponse } from '../../../shared/sync/protocol';
import { describeIssue, sendError } from '../http/errors';
import { guardJsonBody } from './body-guard';
import { checkProtocol } from './protocol-check';

/** A report is small: diagnostics with a few bounded errors. */
export const REPORT_BODY_LIMIT = 32 * 1024;

export function reportRoutes(app: FastifyInstance, auth: preHandlerHookHandler): void {
  app.post('/report', { preHandler: auth, preParsing: guardJsonBody(), bodyLimit: REPORT_BODY_LIMIT }, async (request, reply) => {
    if (checkProtocol(request.body, reply)) return reply;
    const parsed = ReportRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'badRequest', { detail: describeIssue(parsed.error.issues) });
    if (parsed.data.deviceId !== request.device!.id) return sendError(reply, 403, 'wrongDevice');
    const body: ReportResponse = { protocol: PROTOCOL_VERSION, serverTime: new Date().toISOString() };
    return body;
  });
}
