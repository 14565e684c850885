// `npm run bench:intake`: seeds 100,000 cases and 1,000,000 events into the real
// IndexedDB of Debian Chromium (headless, persistent profile) and prints the
// median and p95 of the counter's queries, of registering a case with its talon
// PDF, and of a cold start to an interactive Today screen.
// Options: --cases N (default 100000) --events-per-case N (default 10) --runs N (default 50).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.ts';
import { runToEnd } from './processes.mjs';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CASES = option('cases', 100_000);
const PER_CASE = option('events-per-case', 10);
const RUNS = option('runs', 50);
const PORT = 4179;

const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
};
const fmt = (ms) => `${(ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7)} ms`;

console.log('building the renderer with the bench page …');
const buildCode = runToEnd('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  env: { ...process.env, AKIMAT_BENCH: '1' },
});
if (buildCode !== 0) process.exit(buildCode);

const server = spawn(
  process.execPath,
  [join(root, 'scripts', 'serve-renderer.mjs'), '--port', String(PORT), '--dir', join(root, 'dist', 'renderer-bench')],
  { stdio: 'ignore' },
);
const profile = mkdtempSync(join(tmpdir(), 'akimat-bench-'));
let context;
try {
  await new Promise((r) => setTimeout(r, 500));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      headless: true,
      viewport: { width: 1280, height: 900 },
    });
  context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30 * 60_000);
  await page.goto(`http://127.0.0.1:${PORT}/bench.html`);
  await page.waitForFunction(() => 'akimatBench' in window);
  await page.evaluate(() => window.akimatBench.setUp());
  const today = new Date().toISOString().slice(0, 10);
  console.log(`seeding ${CASES.toLocaleString('en')} cases × ${PER_CASE} events …`);
  const seeded = await page.evaluate(([c, e, d]) => window.akimatBench.seed(c, e, d), [CASES, PER_CASE, today]);
  const counts = await page.evaluate(() => window.akimatBench.counts());
  const open = await page.evaluate(() => window.akimatBench.openCases());
  console.log(`open cases: ${open.open.toLocaleString('en')}, overdue now: ${open.overdue.toLocaleString('en')}`);
  console.log(
    `seeded ${counts.cases.toLocaleString('en')} cases and ${counts.events.toLocaleString('en')} events in ${(seeded.ms / 1000).toFixed(1)} s`,
  );

  // Restart the browser so the measurements start from the database on disk.
  await context.close();
  context = await launch();
  const fresh = context.pages()[0] ?? (await context.newPage());
  fresh.setDefaultTimeout(5 * 60_000);
  await fresh.goto(`http://127.0.0.1:${PORT}/bench.html`);
  await fresh.waitForFunction(() => 'akimatBench' in window);
  await fresh.evaluate(() => window.akimatBench.setUp());
  const m = await fresh.evaluate((runs) => window.akimatBench.measure(runs), RUNS);

  // Cold start: load the app (signed in for this tab) until the Today lists are on screen.
  const cold = [];
  await fresh.goto(`http://127.0.0.1:${PORT}/index.html#/today`);
  await fresh.getByTestId('today-ready').waitFor();
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await fresh.reload({ waitUntil: 'commit' });
    await fresh.getByTestId('today-ready').waitFor();
    cold.push(Date.now() - t0);
  }
  // And after a browser restart (nothing cached in memory).
  await context.close();
  context = await launch();
  const restarted = context.pages()[0] ?? (await context.newPage());
  await restarted.goto(`http://127.0.0.1:${PORT}/bench.html`);
  await restarted.waitForFunction(() => 'akimatBench' in window);
  await restarted.evaluate(() => window.akimatBench.setUp());
  const t0 = Date.now();
  await restarted.goto(`http://127.0.0.1:${PORT}/index.html#/today`);
  await restarted.getByTestId('today-ready').waitFor();
  const coldAfterRestart = Date.now() - t0;

  const rows = [
    ['search by IIN prefix (6 digits)', stats(m.iin), 50],
    ['search by surname (4 letters, lower case)', stats(m.surname), 50],
    ['search by surname + first name (5 + 3)', stats(m.fullName), 50],
    ['search by first name alone', stats(m.firstName), 50],
    ['search by a service word ("пособие")', stats(m.serviceWord), 50],
    ['search by short code beginning (4 chars)', stats(m.codePrefix), 50],
    ['search by talon QR URL (scanner)', stats(m.qr), 50],
    ['search by two words no case has together', stats(m.noMatch), 50],
    ['Today lists (5 lists with counts)', stats(m.today), 50],
    ['register a case + talon PDF', stats(m.registerAndTalon), 150],
    ['  of which: register (one transaction)', stats(m.register), 150],
    ['  of which: talon PDF (shared/forms)', stats(m.talon), 150],
    ['  Today part: count overdue (capped at 99)', stats(m.overdueCount), 50],
    ['  Today part: 30 most overdue', stats(m.overdueList), 50],
    ['  Today part: count at commission', stats(m.statusCount), 50],
    ['cold start to Today (reload)', stats(cold), 2000],
  ];
  console.log(
    `\nIntake bench — ${counts.cases.toLocaleString('en')} cases, ${counts.events.toLocaleString('en')} events, Debian Chromium headless`,
  );
  console.log(`${'measurement'.padEnd(44) + 'median'.padStart(10) + 'p95'.padStart(11)}   target   runs`);
  for (const [name, s, target] of rows) {
    console.log(
      name.padEnd(44) +
        fmt(s.median) +
        ' ' +
        fmt(s.p95) +
        `   < ${String(target).padEnd(5)}  ${s.n}   ${s.median < target ? 'met' : 'NOT met'}`,
    );
  }
  console.log(
    'cold start after a browser restart'.padEnd(44) +
      fmt(coldAfterRestart) +
      `${''.padStart(11)}   < 2000   1   ${coldAfterRestart < 2000 ? 'met' : 'NOT met'}`,
  );
} finally {
  await context?.close().catch(() => undefined);
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
