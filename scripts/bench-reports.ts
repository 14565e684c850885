// `npm run bench:reports`: the statistics of 100,000 cases. In Node: shared/stats
// over synthetic case summaries — the facts worked out from the summaries (what
// writing a case adds), and the screen's read: the day records decoded and
// aggregated in one pass — beside a naive peer that filters all cases again per
// chart and counts working days day by day. In Debian Chromium (skip with
// --no-browser): the same cases in the app's real IndexedDB (summaries and day
// records), and the statistics screen opened until its figures and first chart
// are drawn: after sign-in, again, and on a fresh start straight into it.
// Options: --cases N (default 100000) --runs N (default 10) --opens N (default 4) --no-peer --no-browser --no-build
// --profile DIR.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { aggregateDays, computeStatistics, type DayFacts, daysOf, type StatsCase, WorkingDayCounter } from '../shared/stats';
import { chromiumArgs } from '../playwright.config';
import { setUpOfficeAndSignIn } from '../e2e/fixtures/intake';
import { syntheticSummaries } from './bench/reports-data';
import { naiveStatistics } from './bench/reports-naive';
import { runToEnd } from './processes.mjs';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CASES = option('cases', 100_000);
const profileAt = args.indexOf('--profile');
/** --profile DIR: the renderer's CPU profiles of the statistics screen's first and second open, written into DIR. */
const profileDir = profileAt >= 0 ? args[profileAt + 1] : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const RUNS = option('runs', 10);
const NOW = '2026-11-30T12:00';
const root = join(import.meta.dirname, '..');
const fmt = (ms: number) => `${(ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Wall time, and CPU time beside it: with other work on the machine the CPU time says what the code costs. */
const cpu: number[] = [];
const time = <T>(f: () => T): [T, number] => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = f();
  const used = process.cpuUsage(c0);
  cpu.push((used.user + used.system) / 1000);
  return [r, performance.now() - t0];
};
const lastCpu = (n = 1) => median(cpu.slice(-n));

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model}, load ${loadavg()[0].toFixed(2)}`);
const [cases, genMs] = time(() => syntheticSummaries(0, CASES) as unknown as StatsCase[]);
console.log(`${CASES.toLocaleString('en')} synthetic summaries built in ${fmt(genMs)}`);

const [cold, coldMs] = time(() => computeStatistics(cases, {}, { now: NOW, counter: new WorkingDayCounter() }));
const coldCpu = lastCpu();
const counter = new WorkingDayCounter();
computeStatistics(cases, {}, { now: NOW, counter });
const warm: number[] = [];
for (let i = 0; i < RUNS; i++) warm.push(time(() => computeStatistics(cases, {}, { now: NOW, counter }))[1]);
const warmCpu = lastCpu(RUNS);
const office = cold.offices[0];
const filtered: number[] = [];
for (let i = 0; i < RUNS; i++)
  filtered.push(time(() => computeStatistics(cases, { from: '2026-01-01', to: '2026-06-30', office }, { now: NOW, counter }))[1]);
const filteredCpu = lastCpu(RUNS);
// The screen's path: the day records as IndexedDB hands them over (a structured clone), aggregated.
const [stored, factsMs] = time(() => daysOf(cases, counter));
const factsCpu = lastCpu();
const storedBytes = stored.reduce((n, row) => n + row.numbers.byteLength + row.ids.length, 0);
const read: number[] = [];
for (let i = 0; i < RUNS; i++) read.push(time(() => aggregateDays(structuredClone(stored), {}, NOW))[1]);
const readCpu = lastCpu(RUNS);
const fromDays = aggregateDays(structuredClone(stored), {}, NOW);
const sameAsCases = JSON.stringify(fromDays) === JSON.stringify(cold);
// The peer takes minutes: --no-peer leaves it out.
const peer = !args.includes('--no-peer');
const [naive, naiveMs] = peer ? time(() => naiveStatistics(cases, {}, NOW)) : [undefined, Number.NaN];
const naiveCpu = peer ? lastCpu() : Number.NaN;
const same =
  naive !== undefined &&
  naive.byService.size === cold.byService.length &&
  cold.byService.every((b) => naive.byService.get(b.key)?.length === b.ids.length) &&
  naive.verdicts.get('onTime')?.length === cold.timeliness.onTime.length &&
  cold.steps.every((s) => {
    const n = naive.steps.get(s.key);
    return n !== undefined && n.done === s.done.length && (s.averageDays === null || Math.abs(n.sum / n.done - s.averageDays) < 1e-9);
  });

console.log("\nin Node (shared/stats): computeStatistics works out every case's facts, then makes the one pass;");
console.log('the screen only makes the pass, over the day records written with the summaries:');
console.log('                                          wall        CPU');
console.log(`  cold (working-day table built)      ${fmt(coldMs)}  ${fmt(coldCpu)}`);
console.log(`  warm, all cases (median of ${RUNS})      ${fmt(median(warm))}  ${fmt(warmCpu)}`);
console.log(`  warm, half a year × one office      ${fmt(median(filtered))}  ${fmt(filteredCpu)}`);
console.log(
  `  facts of every case worked out       ${fmt(factsMs)}  ${fmt(factsCpu)}  (${stored.length} day records, ${(storedBytes / 1e6).toFixed(1)} MB)`,
);
console.log(
  `  screen's read: clone + one pass     ${fmt(median(read))}  ${fmt(readCpu)}  (median of ${RUNS}; same figures: ${sameAsCases ? 'yes' : 'NO'})`,
);
console.log(
  `peer: naive per-chart recomputation    ${fmt(naiveMs)}  ${fmt(naiveCpu)}  (same figures: ${peer ? (same ? 'yes' : 'NO') : 'not run'})`,
);
console.log(
  `  ${cold.ids.length.toLocaleString('en')} cases, on time ${cold.timeliness.onTime.length.toLocaleString('en')}, late ${cold.timeliness.late.length.toLocaleString('en')}, overdue ${cold.timeliness.overdue.length.toLocaleString('en')}`,
);

if (!args.includes('--no-browser')) await browserRun(stored);

async function browserRun(days: DayFacts[]): Promise<void> {
  const PORT = 4318;
  if (!args.includes('--no-build')) {
    console.log('\nbuilding the renderer …');
    const code = runToEnd('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root });
    if (code !== 0) process.exit(code);
  }
  const server = spawn(process.execPath, [join(root, 'scripts', 'serve-renderer.mjs'), '--port', String(PORT)], { stdio: 'ignore' });
  const profile = mkdtempSync(join(tmpdir(), 'akimat-bench-reports-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
    headless: true,
    viewport: { width: 1280, height: 900 },
    baseURL: `http://127.0.0.1:${PORT}/`,
  });
  try {
    await new Promise((r) => setTimeout(r, 500));
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(10 * 60_000);
    await page.goto('./');
    await setUpOfficeAndSignIn(page);
    const t0 = Date.now();
    // The generator runs inside the page; the rows go straight into the app's `cases` store.
    for (let start = 0; start < CASES; start += 10_000) {
      await page.evaluate(
        async ([source, from, count]) => {
          // tsx names functions with an `__name` helper the page lacks.
          const make = new Function('__name', `return (${source})`)((f: unknown) => f) as (a: number, b: number) => unknown[];
          const rows = make(from, count);
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('akimat-desk');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('cases', 'readwrite');
            for (const row of rows) tx.objectStore('cases').put(row);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        [syntheticSummaries.toString(), start, Math.min(10_000, CASES - start)] as const,
      );
    }
    // The day records, as the PC writes them with each summary, and the row that says they are complete.
    for (let start = 0; start < days.length; start += 100) {
      await page.evaluate(
        async (rows) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open('akimat-desk');
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction('statsDays', 'readwrite');
            for (const row of rows) tx.objectStore('statsDays').put({ ...row, numbers: Int32Array.from(row.numbers) });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
        },
        // Playwright sends JSON: the numbers go as plain arrays and become Int32Array in the page.
        [
          ...days.slice(start, start + 100).map((d) => ({ ...d, numbers: Array.from(d.numbers) })),
          ...(start + 100 >= days.length ? [{ day: 'built', words: [], ids: '', kinds: [], numbers: [] }] : []),
        ],
      );
    }
    console.log(`\nseeded ${CASES.toLocaleString('en')} summaries into IndexedDB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // What reading the summaries alone costs: IndexedDB's getAll of the whole store, no Dexie, no screen.
    const read = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('akimat-desk');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const t0 = performance.now();
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('cases').objectStore('cases').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const t1 = performance.now();
      const dayRows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('statsDays').objectStore('statsDays').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return { ms: t1 - t0, n: rows.length, daysMs: performance.now() - t1, days: dayRows.length };
    });
    console.log(`IndexedDB getAll of ${read.n.toLocaleString('en')} summaries alone (what the screen no longer reads): ${fmt(read.ms)}`);
    console.log(`IndexedDB getAll of the ${read.days} day records the screen reads: ${fmt(read.daysMs)}`);
    const shown = CASES.toLocaleString('kk-KZ');
    const opens: Array<{ figures: number; chart: number }> = [];
    const cdp = profileDir ? await context.newCDPSession(page) : undefined;
    for (let i = 0; i < option('opens', 4); i++) {
      if (cdp && i < 2) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
      await page.evaluate(() => (window.location.hash = '#/today'));
      await page.getByTestId('today-ready').waitFor();
      const start = await page.evaluate(() => {
        window.location.hash = '#/stats';
        return performance.now();
      });
      await page.getByTestId('stats-from').fill('2025-01-01');
      await page.getByTestId('stats-total').waitFor();
      const figures = (await page.evaluate(() => performance.now())) - start;
      await page.getByTestId('chart-months').getByRole('application').waitFor();
      const chart = (await page.evaluate(() => performance.now())) - start;
      opens.push({ figures, chart });
      if (cdp && i < 2) {
        const { profile: taken } = await cdp.send('Profiler.stop');
        writeFileSync(join(profileDir!, `open-${i + 1}.cpuprofile`), JSON.stringify(taken));
        console.log(`open ${i + 1}'s CPU profile: ${join(profileDir!, `open-${i + 1}.cpuprofile`)}`);
      }
    }
    const total = await page.getByTestId('stats-total').textContent();
    console.log(`statistics screen in Chromium, ${total?.trim()} (expected ${shown}), first open then warm:`);
    for (const [i, o] of opens.entries()) console.log(`  open ${i + 1}: figures ${fmt(o.figures)}, first chart drawn ${fmt(o.chart)}`);
    // A filter change re-runs the live query over the period.
    const t1 = await page.evaluate(() => performance.now());
    await page.getByTestId('stats-office').selectOption({ index: 1 });
    await page.waitForFunction((before) => document.querySelector('[data-testid="stats-total"]')?.textContent !== before, total);
    console.log(`  office filter applied: ${fmt((await page.evaluate(() => performance.now())) - t1)}`);
    // A fresh start straight into Statistics: the app boots and its chart code is not loaded yet
    // (times from the reload's navigation start).
    await page.evaluate(() => (window.location.hash = '#/stats'));
    await page.reload();
    await page.getByTestId('stats-from').fill('2025-01-01');
    await page.getByTestId('stats-total').waitFor();
    const figures = await page.evaluate(() => performance.now());
    await page.getByTestId('chart-months').getByRole('application').waitFor();
    const chart = await page.evaluate(() => performance.now());
    console.log(`  fresh start straight into Statistics: figures ${fmt(figures)}, first chart drawn ${fmt(chart)}`);
    // The quality indicators of this month read the facts of every case registered by its end.
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => (window.location.hash = '#/today'));
      await page.getByTestId('today-ready').waitFor();
      const start = await page.evaluate(() => {
        window.location.hash = '#/quality';
        return performance.now();
      });
      await page.getByTestId('indicator-1.1').getByTestId('counts').waitFor();
      const shown = (await page.evaluate(() => performance.now())) - start;
      const counts = await page.getByTestId('indicator-1.1').getByTestId('counts').textContent();
      console.log(`quality indicators of this month, open ${i + 1}: ${fmt(shown)} (1.1 counts ${counts?.trim()})`);
    }
  } finally {
    await context.close();
    server.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
