// `npm run bench:first-sync [-- CASES]`: a new PC of an office that already holds
// 10,000 cases (two events each) joins it and syncs everything into the real
// IndexedDB of Debian Chromium, from the real sync server (SQLite). Prints the
// time from "connect" to the sign-in screen and to the last case in the PC's
// database; asserts only that every case arrived. The cases are of the real
// catalog's akim services in turn (each title gives a case some 19 service words,
// which the search reads); BENCH_SERVICES=fixture gives them the test service of
// the unit tests instead (no service words), as the bench did before.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../shared/staff/password';
import { unitStreamId } from '../../shared/unit';
import { TestDevice } from '../../sync-server/src/testing/harness';
import { OFFICE, PASSWORD, signIn } from '../../e2e/fixtures/intake';
import { goHash } from '../../e2e/fixtures/navigation';
import { issueCode, startServerAndPc, stopServerAndPc } from '../../e2e/fixtures/sync';
import { CATALOG } from '../../shared/catalog';
import { validateEvent } from '../../shared/case';
import type { CaseEvent } from '../../shared/case/events';
import { registeredEvent } from '../../shared/testing/case-events';
import { eventsFor } from './fleet';
import { cpuByKind, cpuSpent, pidWith } from './proc-cpu';

const CASES = Number(process.env.BENCH_CASES ?? 10_000);
/** The catalog's services an office registers (an akim channel with a schedule of its own): 12 entries. */
const AKIM_SERVICES = CATALOG.filter(
  (e) => e.channels.some((c) => c.channel === 'akim') && validateEvent(registeredEvent({ caseId: crypto.randomUUID() }, undefined, e)).ok,
);

/** Registered cases with a consent each, of the catalog's akim services in turn. */
function catalogCases(device: TestDevice, count: number): CaseEvent[] {
  const events: CaseEvent[] = [];
  for (let i = 0; events.length < count; i++) {
    const caseId = crypto.randomUUID();
    const source = { caseId, device: device.deviceId, office: device.unit, nextSeq: () => ++device.seq };
    const registered = registeredEvent(source, undefined, AKIM_SERVICES[i % AKIM_SERVICES.length]);
    events.push(
      { ...registered, actor: { ...registered.actor, role: device.role } },
      device.write(caseId, 'consentRecorded', { signedBy: 'Гүлнәр Өтемісова' }),
    );
  }
  return events.slice(0, count);
}

test('first sync of a new PC of an office with many cases', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'akimat-first-sync-'));
  const { server, context, page } = await startServerAndPc(profile);
  try {
    const other = await TestDevice.enroll(server.process.url, server.store, { officeCode: OFFICE.officeCode });
    const password = await hashPassword(PASSWORD);
    other.queue(
      other.write(unitStreamId('office', OFFICE.officeCode), 'staffAdded', {
        userId: 'u-1',
        name: 'Құрманов Бақыт',
        role: 'akim',
        password,
      }),
    );
    const fixture = process.env.BENCH_SERVICES === 'fixture';
    const events = fixture ? eventsFor(other, CASES * 2) : catalogCases(other, CASES * 2);
    other.queue(...events);
    const seedStart = performance.now();
    await other.pushAll({ maxEvents: 500 });
    console.log(
      `seeded ${CASES} cases (${fixture ? 'the test service' : `${AKIM_SERVICES.length} catalog services`}, ${events.length} events) through /push in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );

    await page.goto('./');
    await page.getByTestId('join-office').check();
    await page.getByTestId('join-server').fill(server.process.url);
    await page.getByTestId('join-code').fill(await issueCode(server.store));
    await page.getByTestId('join-office-code').fill(OFFICE.officeCode);
    // BENCH_PROFILE=file: the page's CPU profile of the first 20 s of the sync, for a look at where the time goes.
    const cdp = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    await cdp?.send('Profiler.enable');
    await cdp?.send('Profiler.start');
    const browserPid = pidWith(profile);
    const serverPid = server.process.child?.pid;
    const cpuBefore = [browserPid, serverPid].map((pid) => (pid ? cpuByKind(pid) : new Map<string, number>()));
    const start = performance.now();
    await page.getByTestId('join-submit').click();
    if (cdp) {
      await page.waitForTimeout(20_000);
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(process.env.BENCH_PROFILE!, JSON.stringify(profile));
    }
    await expect(page.getByRole('heading', { name: 'Кіру' })).toBeVisible({ timeout: 600_000 });
    const signInOffered = performance.now() - start;
    const countCases = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('akimat-desk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const count = open.result.transaction('cases').objectStore('cases').count();
              count.onsuccess = () => {
                open.result.close();
                resolve(count.result);
              };
            };
          }),
      );
    await expect.poll(countCases, { timeout: 600_000, intervals: [100] }).toBe(CASES);
    const all = performance.now() - start;
    const cpuAfter = [browserPid, serverPid].map((pid) => (pid ? cpuByKind(pid) : new Map<string, number>()));
    console.log(
      `first sync of ${CASES} cases (${events.length + 1} events) into IndexedDB in Chromium: sign-in offered after ${(signInOffered / 1000).toFixed(1)} s, every case stored after ${(all / 1000).toFixed(1)} s (goal: under 15 s); CPU: browser ${cpuSpent(cpuBefore[0], cpuAfter[0])}; server ${cpuSpent(cpuBefore[1], cpuAfter[1])}`,
    );
    // The statistics' first open: a PC that was empty when it joined builds its day records then (db/stats-days.ts).
    await signIn(page);
    const statsStart = performance.now();
    await goHash(page, '/stats');
    await expect(page.getByTestId('stats-total')).toBeVisible({ timeout: 120_000 });
    await expect(page.getByTestId('stats-preparing')).toBeHidden({ timeout: 120_000 });
    console.log(
      `statistics' first open after the sync: ${await page.getByTestId('stats-total').textContent()} in ${((performance.now() - statsStart) / 1000).toFixed(1)} s`,
    );
  } finally {
    await stopServerAndPc({ context, server }, profile);
  }
});
