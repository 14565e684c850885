import { defineConfig } from '@playwright/test';
import { BASE, E2E_PORT } from './e2e/fixtures/base';

/** Debian's Chromium; the machine cannot download Playwright's own browser. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  reporter: 'list',
  outputDir: 'test-results/playwright',
  webServer: {
    command: `npm run build:renderer && node scripts/serve-renderer.mjs --port ${E2E_PORT}`,
    url: BASE,
    reuseExistingServer: false,
    timeout: 120_000,
  },
  use: {
    baseURL: BASE,
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
  },
  projects: [{ name: 'debian-chromium', use: { browserName: 'chromium' } }],
});
