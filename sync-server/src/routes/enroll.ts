// POST /enroll: a one-time code in, the device's identity and token out.
import type { FastifyInstance } from 'fastify';
import { EnrollRequest, type EnrollResponse, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { describeIssue, sendError } from '../http/errors';
import type { TokenBucketLimiter } from '../http/rate-limit';
import { scopeOf, type SyncStore } from '../storage/types';
import { guardJsonBody } from './body-guard';
import { checkProtocol } from './protocol-check';

export function enrollRoutes(app: FastifyInstance, store: SyncStore, limiter: TokenBucketLimiter): void {
  app.post('/enroll', { preParsing: guardJsonBody() }, async (request, reply) => {
    // Guessing codes is throttled per address.
    const decision = limiter.take(`enroll:${request.ip}`);
    if (!decision.ok) {
      reply.header('Retry-After', String(decision.retryAfterSeconds));
      return sendError(reply, 429, 'rateLimited', { seconds: decision.retryAfterSeconds });
    }
    if (checkProtocol(request.body, reply)) return reply;
    const parsed = EnrollRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'badRequest', { detail: describeIssue(parsed.error.issues) });
    const enrolled = await store.devices.enroll(parsed.data.code, parsed.data.deviceName);
    if (!enrolled) return sendError(reply, 401, 'invalidEnrollmentCode');
    request.log.info({ deviceId: enrolled.device.id }, 'device enrolled');
    const body: EnrollResponse = {
      protocol: PROTOCOL_VERSION,
      deviceId: enrolled.device.id,
      letter: enrolled.device.letter,
      token: enrolled.token,
      scope: scopeOf(enrolled.device),
      serverTime: new Date().toISOString(),
    };
    return body;
  });
}
