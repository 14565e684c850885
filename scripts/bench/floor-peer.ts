// The floor of `npm run bench:sync`: the least a sync server of this shape can spend on the
// same push and pull — JSON over HTTP, durable SQLite — because it checks nothing. A bare
// node:http server (a process of its own, as ours) parses each batch, inserts
// every event's JSON, fsyncs the log before answering, and serves pages of stored bodies
// spliced into one answer; the client is the bench's own (TestDevice over fetch), batches
// of 500 and pages of 1,000 as ours. No token, no schema, no rules, no scope: what our
// server spends above this floor is what its checks cost. And below the floor, the client
// alone: a server that answers every push unread and serves pages made beforehand, so
// only the client's work and the transfer are timed — what no server can take away.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import type { CaseEvent } from '../../shared/case/events';
import { TestDevice } from '../../sync-server/src/testing/harness';

const PAGE = 1000;
const CLOSE = Buffer.from('}');

function floorServer(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE events (server_seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, owner TEXT NOT NULL, body TEXT NOT NULL)');
  db.exec('CREATE INDEX events_owner ON events (owner, server_seq)');
  const insert = db.prepare('INSERT INTO events (id, owner, body) VALUES (?, ?, ?)');
  const store = db.transaction((events: CaseEvent[]) => {
    for (const e of events) insert.run(e.id, e.office, JSON.stringify(e));
  });
  // The bodies' bytes as stored (a blob), spliced into the answer without decoding them, as ours.
  const page = db.prepare(
    'SELECT server_seq, CAST(body AS BLOB) FROM events WHERE owner = ? AND server_seq > ? ORDER BY server_seq LIMIT ?',
  );
  page.raw(true);
  db.prepare('SELECT 1').get(); // the log exists from here on
  const log = openSync(`${file}-wal`, 'r+');
  const answer = (res: ServerResponse, json: string | Buffer) => {
    res.setHeader('content-type', 'application/json');
    res.end(json);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://floor');
      if (req.method === 'POST') {
        const { events } = JSON.parse(Buffer.concat(chunks).toString()) as { events: CaseEvent[] };
        store(events);
        fsyncSync(log); // durable before the answer, as ours
        return answer(res, JSON.stringify({ accepted: events.map((e) => ({ id: e.id, status: 'stored' })) }));
      }
      const cursor = Number(url.searchParams.get('cursor'));
      const rows = page.all(url.searchParams.get('office'), cursor, PAGE + 1) as [number, Buffer][];
      const more = rows.length > PAGE;
      const served = rows.slice(0, PAGE);
      const next = served.length > 0 ? served[served.length - 1][0] : cursor;
      const parts: Buffer[] = [Buffer.from('{"events":[')];
      for (const [i, [seq, body]] of served.entries()) {
        parts.push(Buffer.from(`${i > 0 ? ',' : ''}{"serverSeq":${seq},"event":`), body, CLOSE);
      }
      parts.push(Buffer.from(`],"cursor":${next},"more":${more}}`));
      answer(res, Buffer.concat(parts));
    });
  });
  return {
    server,
    close() {
      server.close();
      closeSync(log);
      db.close();
    },
  };
}

/** A server that reads nothing and stores nothing: pushes drained and acknowledged, pages made before the clock starts. */
function clientAloneServer(pages: Buffer[]) {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST') return res.end('{"accepted":[]}');
      const cursor = Number(new URL(req.url ?? '/', 'http://floor').searchParams.get('cursor'));
      res.end(pages[Math.floor(cursor / PAGE)]);
    });
  });
  return { server, close: () => server.close() };
}

function pagesOf(events: CaseEvent[]): Buffer[] {
  const pages: Buffer[] = [];
  for (let start = 0; start < events.length; start += PAGE) {
    const served = events.slice(start, start + PAGE).map((event, i) => ({ serverSeq: start + i + 1, event }));
    const next = start + served.length;
    pages.push(Buffer.from(JSON.stringify({ events: served, cursor: next, more: next < events.length })));
  }
  return pages;
}

export type PeerMode = 'floor' | 'client alone';

/** Times the bench's push and pull against the floor server, or against the client-alone one. */
export async function benchFloor(
  events: CaseEvent[],
  batch: number,
  mode: PeerMode = 'floor',
): Promise<{ pushMs: number; pullMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-'));
  if (mode === 'client alone') writeFileSync(join(dir, 'events.json'), JSON.stringify(events));
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, FLOOR_DIR: dir, FLOOR_MODE: mode },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    // The child says its port on its first line.
    const [line] = (await once(child.stdout!, 'data')) as [Buffer];
    const client = new TestDevice(`http://127.0.0.1:${line.toString().trim()}`);
    let t = performance.now();
    for (let i = 0; i < events.length; i += batch) {
      const r = await client.request('POST', '/push', { events: events.slice(i, i + batch) });
      if (r.status !== 200) throw new Error(`${mode} push ${r.status}`);
    }
    const pushMs = performance.now() - t;
    t = performance.now();
    const pulled = new Map<string, CaseEvent>();
    for (let cursor = 0; ; ) {
      const r = await client.request('GET', `/pull?office=${events[0].office}&cursor=${cursor}`);
      for (const e of r.body.events as { event: CaseEvent }[]) pulled.set(e.event.id, e.event);
      cursor = r.body.cursor;
      if (!r.body.more) break;
    }
    const pullMs = performance.now() - t;
    if (pulled.size !== events.length) throw new Error(`${mode} pulled ${pulled.size}`);
    console.log(
      mode === 'floor'
        ? '\n== floor (bare node:http + SQLite, no checks; the same client, batches and pages) =='
        : '\n== the client alone (a server that reads nothing: pushes drained, pages made beforehand) ==',
    );
    console.log(`push ${events.length} events: ${pushMs.toFixed(1)} ms; pull: ${pullMs.toFixed(1)} ms`);
    return { pushMs, pullMs };
  } finally {
    child.kill();
    await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.FLOOR_DIR) {
  const dir = process.env.FLOOR_DIR;
  const peer =
    process.env.FLOOR_MODE === 'client alone'
      ? clientAloneServer(pagesOf(JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'))))
      : floorServer(join(dir, 'floor.sqlite'));
  peer.server.listen(0, '127.0.0.1', () => console.log((peer.server.address() as AddressInfo).port));
  process.on('SIGTERM', () => {
    peer.close();
    process.exit(0);
  });
}
