// Case events: a device's push (checked and stored by push-batch.ts) and its pull
// of everything in its scope after a cursor, with the publications in between.
import { checkEventBounds } from '../../../../shared/case/bounds';
import type { CaseEvent } from '../../../../shared/case/events';
import type { Publication, PublicationKind, PulledEvent } from '../../../../shared/sync/protocol';
import type { Queryable, SqlDriver } from '../driver';
import { checkAndStoreBatch } from '../push-batch';
import type { Device, PullPage, PushResult } from '../types';

/** MAX_CASE_EVENTS in the environment, else 2,000. */
export const DEFAULT_MAX_CASE_EVENTS = Number(process.env.MAX_CASE_EVENTS) || 2000;

interface EventRow {
  server_seq: number;
  /** The stored JSON: its UTF-8 bytes from SQLite (never decoded to be encoded again), a string from PostgreSQL. */
  body: string | Buffer;
  received_at: string;
  eff: number;
  /** 1: stored by a server that checked it at push; null: not known, checked at pull. */
  servable: number | null;
}

export class EventRepository {
  constructor(
    private readonly driver: SqlDriver,
    /** The most events one case may hold (MAX_CASE_EVENTS); beyond it a push is refused with caseEventLimit. */
    readonly maxCaseEvents = DEFAULT_MAX_CASE_EVENTS,
  ) {}

  /** `bodies`: each event's JSON when the caller has made it already. */
  push(device: Device, events: CaseEvent[], receivedAt: string, bodies?: ReadonlyMap<CaseEvent, string>): Promise<PushResult> {
    return this.driver
      .transaction('write', async (db) => {
        const result = await checkAndStoreBatch(db, device, events, receivedAt, this.maxCaseEvents, bodies);
        // A refused batch must leave nothing behind: throwing rolls the transaction back.
        if (!result.ok) throw new RefusedBatchSignal(result);
        return result;
      })
      .catch((error: unknown) => {
        if (error instanceof RefusedBatchSignal) return error.result;
        throw error;
      });
  }

  /** A page of the device's scope after `cursor`, events parsed (for tests and tools; the route sends pullJson). */
  async pull(device: Device, cursor: number, limit: number): Promise<PullPage> {
    const page = await this.rawPage(device, cursor, limit);
    return {
      ...page,
      events: page.events.map(
        (r): PulledEvent => ({ serverSeq: r.server_seq, receivedAt: r.received_at, event: JSON.parse(r.body.toString()) }),
      ),
    };
  }

  /**
   * The same page as the whole /pull answer in JSON (UTF-8), each event's stored body spliced in as it
   * is (it was stored as the JSON of a checked event), so a page costs no parse and no re-serialising.
   */
  async pullJson(device: Device, cursor: number, limit: number, head: Record<string, unknown>): Promise<Buffer> {
    const page = await this.rawPage(device, cursor, limit);
    const rest = JSON.stringify({ ...head, publications: page.publications, cursor: page.cursor, more: page.more });
    return spliceEvents(page.events, rest);
  }

  private async rawPage(device: Device, cursor: number, limit: number): Promise<Omit<PullPage, 'events'> & { events: EventRow[] }> {
    // Nothing numbered after the cursor (the pull of a PC that is up to date): one committed read, no
    // transaction — an empty page reveals nothing a power cut could take back.
    const counter = await this.driver.readCommitted<{ value: number }>("SELECT value FROM counters WHERE name = 'serverSeq'");
    // Everything up to this number has committed (writers commit in seq order): the page stops there.
    const top = Number(counter?.value ?? 0);
    if (top <= cursor) return { events: [], publications: [], cursor, more: false };
    // SQLite hands a text column's bytes over as they are stored when asked for a blob.
    const body = this.driver.kind === 'sqlite' ? 'CAST(e.body AS BLOB)' : 'e.body';
    return this.driver.transaction('read', async (db) => {
      // Issued together (one round trip on PostgreSQL); the few publications past the page's end are left out below.
      const [rows, publicationRows] = await Promise.all([
        scopedEvents(db, device, body, cursor, top, limit + 1),
        db.all<{ server_seq: number; kind: PublicationKind; version: string; data: string; published_at: string }>(
          'SELECT server_seq, kind, version, data, published_at FROM publications WHERE server_seq > ? AND server_seq <= ? ORDER BY server_seq',
          [cursor, top],
        ),
      ]);
      let more = false;
      let page = rows;
      if (rows.length > limit) {
        more = true;
        page = rows.slice(0, limit);
        const last = page[limit - 1];
        // Events that became visible together (a delivered relay) share one cursor value: never split them.
        if (rows[limit].eff === last.eff) {
          const rest = await scopedEvents(db, device, body, last.eff - 1, last.eff, Number.MAX_SAFE_INTEGER);
          page = page.concat(rest.filter((r) => r.server_seq > last.server_seq));
        }
      }
      const next = more ? page[page.length - 1].eff : Math.max(top, cursor);
      const publications = publicationRows.filter((p) => Number(p.server_seq) <= next);
      return {
        // A stored event no server could serve (one an older server let in, never marked servable) is
        // checked here and left out, never sent to fail every pull; this server's own are known good.
        events: page.filter((r) => Number(r.servable) === 1 || checkEventBounds(JSON.parse(r.body.toString())).ok),
        publications: publications.map(
          (p): Publication => ({
            serverSeq: p.server_seq,
            kind: p.kind,
            version: p.version,
            publishedAt: p.published_at,
            data: JSON.parse(p.data),
          }),
        ),
        cursor: next,
        more,
      };
    });
  }
}

/** Events in the device's scope whose visibility number is in (after, upTo], in that order; `body`: how to select e.body. */
function scopedEvents(db: Queryable, device: Device, body: string, after: number, upTo: number, limit: number): Promise<EventRow[]> {
  if (device.kind === 'office') {
    return db.all<EventRow>(
      `SELECT e.server_seq, ${body} AS body, e.received_at, e.servable, e.server_seq AS eff FROM events e WHERE e.owner_office = ? AND e.server_seq > ? AND e.server_seq <= ? ORDER BY e.server_seq LIMIT ?`,
      [device.officeCode, after, upTo, limit],
    );
  }
  // A district sees a relayed case from the moment its package was delivered (district-feed.ts).
  return db.all<EventRow>(
    `SELECT e.server_seq, ${body} AS body, e.received_at, e.servable, v.eff_seq AS eff FROM district_events v JOIN events e ON e.server_seq = v.server_seq
     WHERE v.district_code = ? AND v.eff_seq > ? AND v.eff_seq <= ? ORDER BY v.eff_seq, v.server_seq LIMIT ?`,
    [device.districtCode, after, upTo, limit],
  );
}

/**
 * `{"events":[…],<rest>` in UTF-8: one buffer, each stored body copied in as bytes, not decoded
 * and encoded again.
 */
function spliceEvents(rows: EventRow[], rest: string): Buffer {
  const heads = rows.map((r) => `{"serverSeq":${Number(r.server_seq)},"receivedAt":${JSON.stringify(r.received_at)},"event":`);
  const tail = `],${rest.slice(1)}`;
  let size = '{"events":['.length + rows.length * 2 + Buffer.byteLength(tail);
  // A body from PostgreSQL is a string: encoded straight into the answer, with no buffer of its own.
  for (let i = 0; i < rows.length; i++) size += Buffer.byteLength(heads[i]) + Buffer.byteLength(rows[i].body);
  const out = Buffer.allocUnsafe(size);
  let at = out.write('{"events":[', 0);
  for (let i = 0; i < rows.length; i++) {
    if (i > 0) at = out.writeUInt8(0x2c, at); // ,
    at += out.write(heads[i], at);
    const body = rows[i].body;
    at += typeof body === 'string' ? out.write(body, at) : body.copy(out, at);
    at = out.writeUInt8(0x7d, at); // }
  }
  at += out.write(tail, at);
  return out.subarray(0, at);
}

class RefusedBatchSignal extends Error {
  constructor(readonly result: PushResult) {
    super('batch refused');
  }
}
