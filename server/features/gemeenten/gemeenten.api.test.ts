import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

const cbsCsv = readFileSync(new URL('../../../../shared/data/gemeenten-2025.csv', import.meta.url), 'utf8');

let t: TestApp;
let beheerder: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  beheerder = await t.aanmelden('beheerder@regiekamer.demo');
});
afterAll(() => t.close());

const importeer = (csv: string, headers = beheerder) =>
  t.app.inject({ method: 'POST', url: '/api/v1/gemeenten/importen', headers: { ...headers, 'content-type': 'text/csv' }, payload: csv });
const register = async (zoek = '') =>
  (await t.app.inject({ method: 'GET', url: `/api/v1/gemeenten?paginaGrootte=500${zoek ? `&zoek=${encodeURIComponent(zoek)}` : ''}`, headers: beheerder })).json();

describe('gemeenten importeren uit een CSV in CBS-indeling', () => {
  it('imports the 342 municipalities of 2025, then the same file again adds nothing', async () => {
    const eerste = await importeer(cbsCsv);
    expect(eerste.statusCode).toBe(200);
    // The demo already holds the 21 demo municipalities with the same CBS figures.
    expect(eerste.json()).toEqual({ aantalRegels: 342, toegevoegd: 321, bijgewerkt: 0, ongewijzigd: 21 });
    expect((await register()).totaal).toBe(342);
    const tweede = await importeer(cbsCsv);
    expect(tweede.json()).toEqual({ aantalRegels: 342, toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 342 });
    const h = await t.app.inject({ method: 'GET', url: '/api/v1/gemeenten?zoek=Venl', headers: beheerder });
    expect(h.json().items).toEqual([{ gemeentecode: 'GM0983', naam: 'Venlo', inwoners: 104195 }]);
  });

  it('updates a changed population and reports it', async () => {
    const r = await importeer('gemeentecode;gemeentenaam;inwoners_2027\nGM0983;Venlo;104500\n');
    expect(r.json()).toMatchObject({ toegevoegd: 0, bijgewerkt: 1 });
    expect((await register('Venlo')).items[0].inwoners).toBe(104500);
  });

  it('rejects the whole file when one row is bad, names every bad row by line number, and writes nothing', async () => {
    const voor = (await register()).totaal;
    const r = await importeer('gemeentecode,gemeentenaam,inwoners\nGM9001,Nieuwgemeente,1000\nGM98,Kort,5\nGM9002,,veel\n');
    expect(r.statusCode).toBe(400);
    const body = r.json();
    expect(body.detail).toContain('2 regel(s) afgekeurd; er is niets geïmporteerd');
    expect(body.invalidParams.map((p: { name: string }) => p.name)).toEqual(['regel 3: gemeentecode', 'regel 4: gemeentenaam', 'regel 4: inwoners']);
    expect((await register()).totaal).toBe(voor);
    expect((await register('Nieuwgemeente')).totaal).toBe(0);
  });

  it('names a missing column', async () => {
    const r = await importeer('gemeentecode,naam\nGM0983,Venlo\n');
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'regel 1: kolommen' });
  });

  it('is for a beheerder only', async () => {
    const coordinator = await t.aanmelden('coordinator@regiekamer.demo');
    expect((await importeer(cbsCsv, coordinator)).statusCode).toBe(403);
  });
});
