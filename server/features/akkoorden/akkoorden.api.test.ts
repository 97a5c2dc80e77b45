import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('akkoorden', () => {
  it('IZA, GALA and AZWA are present, IZA with the six werkagenda tasks and VNG’s participation history', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    const { items } = (await t.app.inject({ method: 'GET', url: '/api/v1/akkoorden', headers: lezer })).json();
    expect(items.map((a: { code: string }) => a.code)).toEqual(['IZA', 'GALA', 'AZWA']);
    const iza = items[0];
    expect(iza.taken.map((x: { nummer: number }) => x.nummer)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(iza.deelnames.map((d: { status: string; datum: string }) => [d.status, d.datum])).toEqual([
      ['toegetreden', '2022-12-02'],
      ['opgeschort', '2024-11-29'],
      ['hervat', '2025-09-08'],
    ]);
    expect(items[2]).toMatchObject({ ondertekendOp: '2025-09-08', looptijdTot: '2028-12-31' });
  });

  it('a beheerder adds a new accord with its werkagenda as data; the history records it', async () => {
    const beheerder = await t.aanmelden('beheerder@regiekamer.demo');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/akkoorden',
      headers: beheerder,
      payload: {
        code: 'TEST-2027',
        naam: 'Testakkoord',
        ondertekendOp: '2027-01-01',
        taken: [{ nummer: 1, titel: 'Eerste taak' }],
        deelnames: [{ partij: 'VNG', status: 'ondertekend', datum: '2027-01-01' }],
      },
    });
    expect(r.statusCode).toBe(201);
    const id = r.json().id;
    const gewijzigd = await t.app.inject({ method: 'PATCH', url: `/api/v1/akkoorden/${id}`, headers: beheerder, payload: { deelnames: [{ partij: 'VNG', status: 'opgeschort', datum: '2027-06-01' }] } });
    expect(gewijzigd.json().deelnames).toHaveLength(1);
    const h = (await t.app.inject({ method: 'GET', url: `/api/v1/akkoorden/${id}/historie`, headers: beheerder })).json();
    expect(h.items.map((x: { actie: string }) => x.actie)).toEqual(['gewijzigd', 'aangemaakt']);
  });

  it('refuses an end before the signing date, a duplicate task number and a duplicate code', async () => {
    const beheerder = await t.aanmelden('beheerder@regiekamer.demo');
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/akkoorden',
      headers: beheerder,
      payload: { code: 'FOUT', naam: 'Fout', ondertekendOp: '2027-01-01', looptijdTot: '2026-01-01', taken: [{ nummer: 1, titel: 'a' }, { nummer: 1, titel: 'b' }] },
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['looptijdTot', 'taken.1.nummer']);
    const dubbel = await t.app.inject({ method: 'POST', url: '/api/v1/akkoorden', headers: beheerder, payload: { code: 'IZA', naam: 'Nog een IZA' } });
    expect(dubbel.statusCode).toBe(409);
  });

  it('only a beheerder changes accords', async () => {
    const coordinator = await t.aanmelden('coordinator@regiekamer.demo');
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/akkoorden', headers: coordinator, payload: { code: 'X', naam: 'X' } });
    expect(r.statusCode).toBe(403);
  });
});
