// `npm test`: runs every suite (the type check, the linter, Vitest unit and integration tests, then the
// Playwright end-to-end tests), and ends with one line "N passed, N failed, N skipped"
// summed over all suites. Exits non-zero when anything failed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runToEnd } from './processes.mjs';

// fileURLToPath, not URL.pathname: the latter keeps a folder such as "Рабочий стол" percent-encoded.
const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  // cross-spawn: npx is npx.cmd on Windows, which Node refuses to spawn without a shell.
  return runToEnd(command, args, { cwd: root, env: { ...process.env, ...env } });
}

/** A port nothing listens on now, for the renderer the e2e tests open. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// 0. The type checker, counted as one check: a type error fails the run.
const tscCode = run('type check (tsc: the whole tree, then shared/ without DOM or Node)', 'npm', ['run', '-s', 'typecheck']);
if (tscCode === 0) totals.passed += 1;
else totals.failed += 1;

// 0b. The linter and formatter (Biome: code style, React hooks, and the folder boundaries in
// biome.json), counted as one check.
const lintCode = run('lint and format check (biome)', 'npm', ['run', '-s', 'lint']);
if (lintCode === 0) totals.passed += 1;
else totals.failed += 1;

// 1. Vitest
const vitestJson = join(results, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestCode = run('unit and integration (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
const v = readJson(vitestJson);
if (v) {
  totals.passed += v.numPassedTests;
  totals.failed += v.numFailedTests;
  totals.skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A suite that failed to load has no tests counted; count it as a failure.
  totals.failed += (v.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
}
if (!v || (vitestCode !== 0 && v.numFailedTests === 0 && v.numFailedTestSuites === 0)) broken = true;

// 2. Playwright, when there are end-to-end specs
const specs = existsSync(join(root, 'e2e'))
  ? readdirSync(join(root, 'e2e'), { recursive: true }).filter((f) => String(f).endsWith('.spec.ts'))
  : [];
if (specs.length > 0) {
  const pwJson = join(results, 'playwright.json');
  rmSync(pwJson, { force: true });
  const pwCode = run('end-to-end (playwright)', 'npx', ['playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
    E2E_PORT: process.env.E2E_PORT ?? String(await freePort()),
  });
  const p = readJson(pwJson);
  if (p?.stats) {
    totals.passed += p.stats.expected + p.stats.flaky;
    totals.failed += p.stats.unexpected;
    totals.skipped += p.stats.skipped;
    if (pwCode !== 0 && p.stats.unexpected === 0) broken = true;
  } else {
    broken = true;
  }
}

if (broken) {
  console.log('\nA test runner failed before it could report its tests (see above).');
  totals.failed += 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
