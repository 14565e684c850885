// The events one PC writes on a stream of its own facts (the unit's stream, a
// complaint's stream), inside the transaction that stores them: each is numbered
// with the device's sequence, validated, checked against who may write it and
// the stream's rules, then stored and queued for sync.
import { mayWrite, validateEvent, type CaseEvent, type CaseEventType } from '@shared/case';
import type { RejectionCode } from '@shared/case/fold';
import type { UnitKind } from '@shared/unit';
import { InvalidEvent, isoWithOffset, RejectedWrite, type WriteContext } from './case-store';

export interface DraftEvent {
  type: CaseEventType;
  payload: unknown;
}

type Verdict<R> = { ok: true; rules: R } | { ok: false; code: RejectionCode; message: string };

/** Call inside a transaction over events, outbox and meta; a refusal throws, which rolls it back. */
export async function writeStreamEvents<R>(
  ctx: WriteContext,
  stream: { id: string; unit: UnitKind; rules: R; append: (rules: R, event: CaseEvent) => Verdict<R> },
  drafts: readonly DraftEvent[],
): Promise<CaseEvent[]> {
  const { db } = ctx;
  const counterKey = `deviceSeq:${ctx.office.deviceId}`;
  const first = ((await db.meta.get(counterKey))?.value ?? 0) + 1;
  await db.meta.put({ key: counterKey, value: first + drafts.length - 1 });
  let rules = stream.rules;
  const written = drafts.map((draft, i) => {
    const valid = validateEvent({
      id: crypto.randomUUID(),
      caseId: stream.id,
      type: draft.type,
      payload: draft.payload,
      actor: ctx.actor,
      office: ctx.office.officeCode,
      device: ctx.office.deviceId,
      seq: first + i,
      deviceTime: ctx.deviceTime ?? isoWithOffset(new Date()),
      at: ctx.at,
    });
    if (!valid.ok) throw new InvalidEvent(valid.field, valid.message);
    const writer = mayWrite(stream.unit, valid.event.type, ctx.actor.role);
    if (!writer.ok) throw new RejectedWrite('notHead', `${ctx.actor.role} may not write ${valid.event.type}`);
    const verdict = stream.append(rules, valid.event);
    if (!verdict.ok) throw new RejectedWrite(verdict.code, verdict.message);
    rules = verdict.rules;
    return valid.event;
  });
  await db.events.bulkAdd(written);
  await db.outbox.bulkAdd(written.map((e) => ({ eventId: e.id, state: 'pending' as const })));
  return written;
}
