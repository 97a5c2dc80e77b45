import fs from 'node:fs';

/** A missing browser fails loudly with the fix, instead of skipping the journeys (ARCHITECTURE.md §4.9). */
export default function globalSetup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) {
    throw new Error(
      `Chromium ontbreekt: installeer het met \`apt-get install chromium\` of zet CHROMIUM_PATH (gezocht: ${chromium}).`,
    );
  }
  if (!fs.existsSync('dist/web/index.html')) {
    throw new Error('De webapplicatie is nog niet gebouwd: voer eerst `npm run build` uit (of `npm run test:e2e`).');
  }
}
