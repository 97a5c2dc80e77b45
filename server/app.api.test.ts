import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUseError, takeLock } from './db/client';
import { herstelBackup, maakBackup } from './features/beheer/backup.service';
import { laadDemo } from './features/demo/demo.service';
import { startTestApp, type TestApp } from './test/testapp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('API volgens de NLGov API Design Rules', () => {
  it('publishes OpenAPI 3.0.3 at /api/v1/openapi.json without sign-in, with CORS *', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['access-control-allow-origin']).toBe('*');
    expect(r.headers['api-version']).toBe('1.0.0');
    const doc = r.json();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toContain('/api/v1/regios/{regioId}/gemeenten');
  });

  it('every operation but signing in answers 401 without authentication', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const id = '00000000-0000-4000-8000-000000000001';
    let geteld = 0;
    for (const [pad, operaties] of Object.entries(doc.paths)) {
      for (const methode of Object.keys(operaties)) {
        const url = pad.replace(/\{gemeentecode\}/g, 'GM0983').replace(/\{[^}]+\}/g, id);
        const r = await t.app.inject({ method: methode.toUpperCase() as 'GET', url, payload: methode === 'get' || methode === 'delete' ? undefined : {} });
        const verwacht = pad === '/api/v1/sessies' && methode === 'post' ? 400 : 401;
        expect(r.statusCode, `${methode} ${pad}`).toBe(verwacht);
        geteld++;
      }
    }
    expect(geteld).toBeGreaterThan(25);
  });

  it('answers a trailing slash and an unknown path with a 404 problem', async () => {
    const h = await t.aanmelden('lezer@regiekamer.demo');
    for (const url of ['/api/v1/regios/', '/api/v1/bestaat-niet']) {
      const r = await t.app.inject({ method: 'GET', url, headers: h });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
      expect(r.json().title).toBe('Niet gevonden.');
    }
  });

  it('collections are objects with items and a count, never bare arrays', async () => {
    const h = await t.aanmelden('lezer@regiekamer.demo');
    const r = (await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: h })).json();
    expect(Array.isArray(r)).toBe(false);
    expect(r).toHaveProperty('items');
    expect(r).toHaveProperty('totaal');
  });

  it('serves security.txt and hardening headers', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/.well-known/security.txt' });
    expect(r.body).toContain('Contact: mailto:');
    expect(r.body).toMatch(/Expires: \d{4}-/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

describe('demo en beheer', () => {
  it('loading the demo twice adds nothing', async () => {
    const tel = async () =>
      ((await t.db.execute(sql`select (select count(*) from regio)::int as r, (select count(*) from gebruiker)::int as g, (select count(*) from overlegorgaan)::int as o`)) as unknown as { rows: unknown[] }).rows[0];
    const voor = await tel();
    const uitkomst = await laadDemo(t.db);
    expect(uitkomst).toEqual({ akkoorden: 0, regios: 0, accounts: [] });
    expect(await tel()).toEqual(voor);
  });

  it('a backup restores exactly, including the cycle between regions and their insurers', async () => {
    const coordinator = await t.aanmelden('coordinator@regiekamer.demo');
    const nml = await t.regioId('Noord- en Midden-Limburg');
    const regioVoor = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}`, headers: coordinator })).json();
    const map = mkdtempSync(path.join(os.tmpdir(), 'regiekamer-backup-'));
    const bestand = path.join(map, 'backup.jsonl.gz');
    try {
      const geschreven = await maakBackup(t.db, bestand);
      expect(geschreven.gemeente).toBe(21);
      await t.app.inject({ method: 'PATCH', url: `/api/v1/regios/${nml}`, headers: coordinator, payload: { naam: 'Na de backup' } });
      const hersteld = await herstelBackup(t.db, bestand);
      expect(hersteld).toEqual(geschreven);
      const opnieuw = await t.aanmelden('coordinator@regiekamer.demo');
      const regioNa = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}`, headers: opnieuw })).json();
      expect(regioNa).toEqual(regioVoor);
      // Serial ids continue after the restored rows: a new audit row can be written.
      const w = await t.app.inject({ method: 'PATCH', url: `/api/v1/regios/${nml}`, headers: opnieuw, payload: { omschrijving: 'Na herstel' } });
      expect(w.statusCode).toBe(200);
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });

  it('a second process cannot open the same embedded data folder', () => {
    const map = mkdtempSync(path.join(os.tmpdir(), 'regiekamer-lock-'));
    try {
      const vrijgeven = takeLock(map);
      // Pretend another live process holds it: our parent is alive.
      vrijgeven();
      writeFileSync(path.join(map, 'regiekamer.lock'), String(process.ppid));
      expect(() => takeLock(map)).toThrow(DataDirInUseError);
      expect(() => takeLock(map)).toThrow(/in gebruik door een ander Regiekamer-proces/);
      // A lock left by a process that no longer runs is taken over.
      writeFileSync(path.join(map, 'regiekamer.lock'), '999999999');
      const opnieuw = takeLock(map);
      opnieuw();
    } finally {
      rmSync(map, { recursive: true, force: true });
    }
  });
});
