// The peer of `npm run bench:sync`: PouchDB (memory) replicating the same records to
// and from an express-pouchdb server (memory), the CouchDB protocol. Its packages
// live in scripts/bench-peers/pouchdb (own package.json), installed on first use.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { CaseEvent } from '../../shared/case/events';

const PEER = fileURLToPath(new URL('../bench-peers/pouchdb/', import.meta.url));

/** Installs the peer's packages (exact versions in its package.json) when its node_modules is missing. */
export function ensurePeerInstalled(): void {
  if (existsSync(`${PEER}node_modules/pouchdb-core`)) return;
  console.log(`installing the PouchDB peer: npm install --prefix ${PEER}`);
  const run = spawnSync('npm', ['install', '--prefix', PEER, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`npm install --prefix ${PEER} failed (${run.status})`);
}

export async function benchPouch(events: CaseEvent[], batch: number): Promise<{ pushMs: number; pullMs: number }> {
  ensurePeerInstalled();
  const require = createRequire(`${PEER}package.json`);
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-replication'))
    .plugin(require('pouchdb-mapreduce'));
  const express = require('express');
  const app = express();
  app.use(
    '/',
    require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), {
      mode: 'minimumForPouchDB',
      inMemoryConfig: true,
      logPath: '/dev/null',
    }),
  );
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  try {
    const remote = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bench`;
    const docs = events.map((e) => ({ _id: e.id, ...e }));
    const local = new PouchDB(`local-${randomUUID()}`, { adapter: 'memory' });
    await local.bulkDocs(docs);
    let t = performance.now();
    const pushed = await local.replicate.to(remote, { batch_size: batch });
    const pushMs = performance.now() - t;
    const fresh = new PouchDB(`fresh-${randomUUID()}`, { adapter: 'memory' });
    t = performance.now();
    const pulled = await fresh.replicate.from(remote, { batch_size: 1000 });
    const pullMs = performance.now() - t;
    const rate = (ms: number) => Math.round(events.length / (ms / 1000));
    console.log(`\n== PouchDB peer (pouchdb-core 9 memory ⇄ express-pouchdb 4.2 memory) ==`);
    console.log(`replicate ${pushed.docs_written} docs to the server: ${pushMs.toFixed(1)} ms, ${rate(pushMs)} docs/s`);
    console.log(`replicate ${pulled.docs_written} docs from the server: ${pullMs.toFixed(1)} ms, ${rate(pullMs)} docs/s`);
    return { pushMs, pullMs };
  } finally {
    server.close();
  }
}
