// POST /enroll: a one-time code in, the device's identity and token out.
import type { FastifyInstance } from 'fastify';
import { EnrollRequest, type EnrollResponse, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { tooFast } from '../http/auth';
import { describeIssue, sendError } from '../http/errors';
import type { TokenBucketLimiter } from '../http/rate-limit';
import { scopeOf, type SyncStore } from '../storage/types';
import { guardJsonBody } from './body-guard';
import { checkProtocol } from './protocol-check';

/** A code and a device name fit many times over. */
export const ENROLL_BODY_LIMIT = 16 * 1024;

/** Guessing codes is throttled per address, in onRequest, before the body is read. */
export function limitEnrollment(app: FastifyInstance, limiter: TokenBucketLimiter): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== '/enroll') return;
    const decision = limiter.take(`enroll:${request.ip}`);
    if (decision.ok) return;
    reply.header('connection', 'close');
    return tooFast(reply, decision.retryAfterSeconds);
  });
}

export function enrollRoutes(app: FastifyInstance, store: SyncStore): void {
  // Anyone may call it, so its body is small and the per-address limit comes before it is read.
  app.post('/enroll', { bodyLimit: ENROLL_BODY_LIMIT, preParsing: guardJsonBody() }, async (request, reply) => {
    if (checkProtocol(request.body, reply)) return reply;
    const parsed = EnrollRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'badRequest', { detail: describeIssue(parsed.error.issues) });
    const { code, deviceName, unit } = parsed.data;
    // A PC set up as another unit is refused before the code is spent, so it still serves the right PC.
    // Only a usable code gets this answer (anything else is 401 as before): its holder would learn
    // the unit by enrolling anyway.
    const target = unit ? await store.devices.codeUnit(code) : null;
    if (unit && target && (target.kind !== unit.kind || target.code !== unit.code)) {
      request.log.info({ codeUnit: target.code, localUnit: unit.code }, 'enrollment refused: the code is for another unit');
      return sendError(reply, 409, 'unitMismatch', { codeUnit: target.code, localUnit: unit.code }, { unit: target });
    }
    const enrolled = await store.devices.enroll(code, deviceName);
    if (!enrolled) return sendError(reply, 401, 'invalidEnrollmentCode');
    request.log.info({ deviceId: enrolled.device.id }, 'device enrolled');
    // The code is spent by now: a failed read of the names must not lose the enrollment (the PC keeps its own).
    const unitName = await store.admin.unitName(enrolled.device).catch((error: unknown) => {
      request.log.warn({ err: error, deviceId: enrolled.device.id }, 'unit names not read for the enrollment answer');
      return null;
    });
    const body: EnrollResponse = {
      protocol: PROTOCOL_VERSION,
      deviceId: enrolled.device.id,
      letter: enrolled.device.letter,
      token: enrolled.token,
      scope: scopeOf(enrolled.device),
      serverTime: new Date().toISOString(),
      ...(unitName ? { unitName } : {}),
    };
    return body;
  });
}
