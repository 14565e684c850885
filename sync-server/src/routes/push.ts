// POST /push: a batch of case events, all or nothing.
import type { FastifyInstance, preHandlerHookHandler } from 'fastify';
import { type BoundsProblem, checkEventBounds, checkServable } from '../../../shared/case/bounds';
import { type CaseEvent, validateEvent } from '../../../shared/case/events';
import { syncErrorMessage } from '../../../shared/sync/messages';
import { PROTOCOL_VERSION, PushRequest, type PushResponse } from '../../../shared/sync/protocol';
import { describeIssue, sendError } from '../http/errors';
import type { SyncStore } from '../storage/types';
import { guardJsonBody } from './body-guard';
import { checkProtocol } from './protocol-check';

export function pushRoutes(app: FastifyInstance, store: SyncStore, auth: preHandlerHookHandler): void {
  app.post('/push', { preHandler: auth, preParsing: guardJsonBody() }, async (request, reply) => {
    const device = request.device!;
    if (checkProtocol(request.body, reply)) return reply;
    const parsed = PushRequest.safeParse(request.body);
    if (!parsed.success) return sendError(reply, 400, 'badRequest', { detail: describeIssue(parsed.error.issues) });
    if (parsed.data.deviceId !== device.id) return sendError(reply, 403, 'wrongDevice');

    const events: CaseEvent[] = [];
    // The JSON each event is stored as, made once here (the store would make it again).
    const bodies = new Map<CaseEvent, string>();
    for (const [index, raw] of parsed.data.events.entries()) {
      const checked = checkPushed(raw);
      if (!checked.ok) {
        const id = (raw as { id?: unknown } | null)?.id;
        return sendError(
          reply,
          400,
          'invalidEvent',
          { field: `events[${index}].${checked.field}`, detail: checked.message },
          {
            events: [
              {
                id: typeof id === 'string' ? id : `#${index}`,
                state: 'refused',
                code: 'invalidEvent',
                field: checked.field,
                reason: syncErrorMessage('invalidEvent', { field: checked.field, detail: checked.message }),
              },
            ],
          },
        );
      }
      events.push(checked.event);
      bodies.set(checked.event, checked.body);
    }

    const receivedAt = new Date();
    const result = await store.events.push(device, events, receivedAt.toISOString(), bodies);
    if (!result.ok) {
      request.log.info({ deviceId: device.id, code: result.code, expectedSeq: result.expectedSeq }, 'push refused');
      return sendError(reply, result.status, result.code, result.params, {
        events: result.events,
        ...(result.expectedSeq !== undefined ? { expectedSeq: result.expectedSeq } : {}),
      });
    }
    const stored = result.accepted.filter((a) => a.status === 'stored').length;
    request.log.info({ deviceId: device.id, stored, duplicates: result.accepted.length - stored }, 'push stored');
    const sentAt = parsed.data.sentAt ? Date.parse(parsed.data.sentAt) : NaN;
    const body: PushResponse = {
      protocol: PROTOCOL_VERSION,
      accepted: result.accepted,
      serverTime: receivedAt.toISOString(),
      clockSkewMs: Number.isNaN(sentAt) ? null : sentAt - receivedAt.getTime(),
    };
    return body;
  });
}

/** One pushed event checked, or its first problem: bounds first (no schema walks an unbounded event), then the schema, then: could pull serve it back as it is? */
function checkPushed(raw: unknown): { ok: true; event: CaseEvent; body: string } | BoundsProblem {
  const bounded = checkEventBounds(raw);
  if (!bounded.ok) return bounded;
  const validated = validateEvent(raw);
  if (!validated.ok) return validated;
  const servable = checkServable(validated.event, validateEvent, undefined, raw);
  // Not `{ ...servable, event }`: V8 (Node 20) builds a spread copy given more keys very slowly.
  return servable.ok ? { ok: true, event: validated.event, body: servable.body } : servable;
}
