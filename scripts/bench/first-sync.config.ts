// Playwright configuration of `npm run bench:first-sync` (a measurement, not a test:
// it prints figures and is not part of `npm test`).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'first-sync.bench.ts',
  timeout: 900_000,
  webServer: { ...(base.webServer as object), cwd: fileURLToPath(new URL('../..', import.meta.url)) } as typeof base.webServer,
  outputDir: '../../test-results/bench-first-sync',
});
