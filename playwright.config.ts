import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser journeys with the system Chromium (ARCHITECTURE.md §2: test tools cannot download
 * browsers here). Every run starts the server on a fresh, empty data folder with the demo region.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const demoWachtwoord = 'demo-wachtwoord-e2e-2026';

// The config is loaded again in each worker; the environment carries the one folder to all of them.
process.env.REGIEKAMER_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'regiekamer-e2e-'));
const dataDir = process.env.REGIEKAMER_E2E_DATA_DIR;
// Another port and build folder let two runs side by side on one machine.
const poort = process.env.E2E_PORT ?? '3999';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${poort}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: 'npx tsx server/main.ts serve',
    url: `http://127.0.0.1:${poort}/api/v1/openapi.json`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: poort,
      ...(process.env.E2E_WEB_DIR ? { REGIEKAMER_WEB_DIR: process.env.E2E_WEB_DIR } : {}),
      HOST: '127.0.0.1',
      REGIEKAMER_DATA_DIR: dataDir,
      REGIEKAMER_DEMO: 'true',
      REGIEKAMER_DEMO_WACHTWOORD: demoWachtwoord,
      LOG_LEVEL: 'warn',
    },
  },
});
