import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openTestDatabase } from './test/testapp';

const tsx = path.resolve('node_modules/.bin/tsx');
const main = path.resolve('server/main.ts');

/** Runs the real CLI in a child process, as a user would; input goes to stdin. */
async function cli(env: Record<string, string>, args: string[], stdin?: string) {
  const kind = execFile(tsx, [main, ...args], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, () => {});
  if (stdin !== undefined) kind.stdin!.end(stdin);
  else kind.stdin!.end();
  let stdout = '';
  let stderr = '';
  kind.stdout!.on('data', (d) => (stdout += d));
  kind.stderr!.on('data', (d) => (stderr += d));
  const code = await new Promise<number>((resolve) => kind.on('close', (c) => resolve(c ?? -1)));
  return { code, stdout, stderr };
}

const soort = inject('databaseSoort');
let map: string;
let env: Record<string, string>;
let sluit: (() => Promise<void>) | undefined;

beforeAll(async () => {
  map = mkdtempSync(path.join(os.tmpdir(), 'regiekamer-cli-'));
  if (soort === 'postgres') {
    // An empty database of its own: the CLI migrates it as it would a new server.
    const db = await openTestDatabase();
    await db.db.execute('drop schema public cascade; drop schema drizzle cascade; create schema public' as never);
    env = { DATABASE_URL: db.url! };
    sluit = db.close;
  } else {
    env = { REGIEKAMER_DATA_DIR: path.join(map, 'data') };
  }
});
afterAll(async () => {
  await sluit?.();
  rmSync(map, { recursive: true, force: true });
});

describe(`de opdrachtregel (${soort})`, { timeout: 120_000 }, () => {
  it('migrates, loads the demo idempotently, adds a user with a password from stdin, and makes a token', async () => {
    expect((await cli(env, ['migrate'])).stdout).toContain('Migraties uitgevoerd.');
    const demo = await cli({ ...env, REGIEKAMER_DEMO_WACHTWOORD: 'demo-wachtwoord-cli-test' }, ['demo']);
    expect(demo.stdout).toContain("Demo geladen: 3 akkoord(en), 2 regio('s), 7 account(s).");
    expect((await cli(env, ['demo'])).stdout).toContain("Demo geladen: 0 akkoord(en), 0 regio('s), 0 account(s).");

    const add = await cli(env, ['user', 'add', '--email', 'nieuw@venray.nl', '--role', 'beleidsadviseur', '--regio', 'Noord- en Midden-Limburg', '--gemeente', 'GM0984'], 'een-lang-wachtwoord\n');
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Account aangemaakt: nieuw@venray.nl');
    expect(add.stdout).not.toContain('Wachtwoord');

    const gegenereerd = await cli(env, ['user', 'add', '--email', 'lezer@weert.nl', '--role', 'lezer', '--regio', 'Noord- en Midden-Limburg']);
    expect(gegenereerd.stdout).toMatch(/Wachtwoord \(wordt maar één keer getoond\): \S{20,}/);

    const token = await cli(env, ['token', 'create', '--email', 'nieuw@venray.nl', '--naam', 'Excel']);
    expect(token.stdout).toMatch(/\nrk_[A-Za-z0-9_-]{40,}\n/);
  });

  it('refuses a bad user with every problem named and exit code 2', async () => {
    const r = await cli(env, ['user', 'add', '--email', 'geen-adres', '--role', 'bestuurder', '--regio', 'Nergens'], 'kort\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('email: Geen geldig e-mailadres');
    expect(r.stderr).toContain('wachtwoord: Een wachtwoord heeft minstens 12 tekens');
  });

  it('imports the CBS municipality file, all or nothing, and twice adds nothing', async () => {
    const bestand = path.resolve('../shared/data/gemeenten-2025.csv');
    expect((await cli(env, ['import', 'gemeenten', bestand])).stdout).toContain('342 regels: 321 toegevoegd, 0 bijgewerkt, 21 ongewijzigd.');
    expect((await cli(env, ['import', 'gemeenten', bestand])).stdout).toContain('342 regels: 0 toegevoegd, 0 bijgewerkt, 342 ongewijzigd.');
    const fout = path.join(map, 'fout.csv');
    writeFileSync(fout, 'gemeentecode,gemeentenaam,inwoners\nGM0001,Goed,1\nGM1,Fout,2\n');
    const r = await cli(env, ['import', 'gemeenten', fout]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('regel 3: gemeentecode');
  });

  it('imports municipal boundaries from GeoJSON: all or nothing, exit 2 on a bad file, twice changes nothing', async () => {
    const kapot = path.join(map, 'kapot.geojson');
    writeFileSync(kapot, '{"type": "FeatureCollection", "features": [');
    const geenJson = await cli(env, ['import', 'grenzen', kapot]);
    expect(geenJson.code).toBe(2);
    expect(geenJson.stderr).toContain('bestand: Het bestand is geen geldige JSON');

    const vreemd = path.join(map, 'vreemd.geojson');
    writeFileSync(vreemd, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { statcode: 'GM9999' }, geometry: { type: 'Polygon', coordinates: [[[5, 51], [6, 51], [6, 52], [5, 51]]] } }] }));
    const niets = await cli(env, ['import', 'grenzen', vreemd]);
    expect(niets.code).toBe(2);
    expect(niets.stderr).toContain('bestand: Geen van de 1 gemeentecodes (zoals GM9999) staat in het gemeenteregister');

    const bestand = path.resolve('../shared/data/gemeenten-2025.geojson');
    const eerste = await cli(env, ['import', 'grenzen', bestand]);
    expect(eerste.code, eerste.stderr).toBe(0);
    // Nothing was written by the refused files: all 342 are new now.
    expect(eerste.stdout).toContain('342 grenzen: 342 toegevoegd, 0 bijgewerkt, 0 ongewijzigd.');
    expect((await cli(env, ['import', 'grenzen', bestand])).stdout).toContain('342 grenzen: 0 toegevoegd, 0 bijgewerkt, 342 ongewijzigd.');
  });

  it('writes a backup and restores it', async () => {
    const backup = path.join(map, 'backup.jsonl.gz');
    expect((await cli(env, ['backup', backup])).stdout).toMatch(/Backup geschreven naar .*: \d+ rijen in \d+ tabellen\./);
    expect((await cli(env, ['restore', backup])).stdout).toMatch(/Backup teruggezet uit .*: \d+ rijen\./);
  });

  // Only the embedded kind has a data folder to guard; only the server kind can receive a move.
  if (soort === 'pglite') {
    it('a second process on the same embedded data folder stops with a clear message', async () => {
      writeFileSync(path.join(env.REGIEKAMER_DATA_DIR!, 'regiekamer.lock'), String(process.pid));
      const r = await cli(env, ['migrate']);
      rmSync(path.join(env.REGIEKAMER_DATA_DIR!, 'regiekamer.lock'));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is in gebruik door een ander Regiekamer-proces');
    });
  } else {
    it('a backup of the embedded database restores into PostgreSQL (moving from a laptop to a server)', async () => {
      const laptop = { REGIEKAMER_DATA_DIR: path.join(map, 'laptop'), REGIEKAMER_DEMO_WACHTWOORD: 'demo-wachtwoord-cli-test' };
      await cli(laptop, ['demo']);
      const backup = path.join(map, 'laptop.jsonl.gz');
      const geschreven = (await cli(laptop, ['backup', backup])).stdout.match(/(\d+) rijen/)![1];
      const hersteld = await cli(env, ['restore', backup]);
      expect(hersteld.code).toBe(0);
      expect(hersteld.stdout.match(/(\d+) rijen/)![1]).toBe(geschreven);
    });
  }
});
