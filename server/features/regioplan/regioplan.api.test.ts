import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Record<string, string>;
let organen: { id: string; naam: string; soort: string }[];

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items;
});
afterAll(() => t.close());

const { get, send, tel } = verzoeken(() => t, () => coordinator);

describe('het regioplan van Noord- en Midden-Limburg (DOMAIN.md §7)', () => {
  it('has the two priority tasks and the five pillars, each pillar led through its body', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    const r = await get(`/api/v1/regios/${nml}/regioplan`, lezer);
    expect(r.statusCode).toBe(200);
    const plan = r.json();
    expect(plan.opgaven.map((o: { naam: string }) => o.naam)).toEqual(['Personeelstekort', 'Toegankelijkheid van zorg']);
    expect(plan.pijlers.map((p: { nummer: number; naam: string }) => `${p.nummer} ${p.naam}`)).toEqual([
      '1 Gezond vooruit',
      '2 Regionale digitale organisatie van zorg en welzijn',
      '3 Langer en beter thuis vooruit',
      '4 Toekomstbestendige arbeidsmarkt',
      '5 Duurzaam regionaal gezondheidsinformatiestelsel',
    ]);
    expect(plan.pijlers[0].kartrekker).toMatchObject({ overlegorgaan: { naam: 'Pijler 1 — Gezond vooruit' }, toelichting: expect.stringContaining('gemeenten trekken') });
    expect(plan.pijlers[4].kartrekker.organisatie).toMatchObject({ naam: 'GGD Limburg-Noord' });
    expect(plan.pijlers[3].indicatoren.map((i: { code: string }) => i.code)).toEqual(['personeelstekort', 'personeelstekort-aandeel']);
    expect(plan.opgaven[0].indicatoren).toHaveLength(2);
  });
});

describe('opgaven en pijlers bewerken', () => {
  let id: string;
  let indicatorId: string;

  it('the coordinator adds a pillar with lead party, goals and indicators, audited', async () => {
    indicatorId = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren`)).json().items[0].id;
    const audit = await tel('auditregel');
    const r = await send('POST', `/api/v1/regios/${nml}/regioplan/pijlers`, {
      nummer: 6,
      naam: 'Mentale gezondheid',
      omschrijving: 'Een testpijler',
      kartrekkerGemeentecode: 'GM0984',
      kartrekkerOverlegorgaanId: organen.find((o) => o.soort === 'kerngroep')!.id,
      kartrekkerToelichting: 'Venray trekt',
      doelen: ['Steunpunten in elke gemeente', 'Wachttijden GGZ korter'],
      indicatorIds: [indicatorId],
    });
    expect(r.statusCode).toBe(201);
    id = r.json().id;
    expect(r.json()).toMatchObject({
      soort: 'pijler',
      kartrekker: { gemeente: { gemeentecode: 'GM0984', naam: 'Venray' }, overlegorgaan: { naam: 'Kerngroep IZA' }, organisatie: null },
      doelen: ['Steunpunten in elke gemeente', 'Wachttijden GGZ korter'],
      indicatoren: [{ id: indicatorId }],
    });
    expect(await tel('auditregel')).toBe(audit + 1);
  });

  it('changes only what is sent; lists replace the previous list', async () => {
    const r = await send('PATCH', `/api/v1/regios/${nml}/regioplan/pijlers/${id}`, { doelen: ['Eén doel'], indicatorIds: [], kartrekkerGemeentecode: null });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ naam: 'Mentale gezondheid', doelen: ['Eén doel'], indicatoren: [], kartrekker: { gemeente: null, overlegorgaan: { naam: 'Kerngroep IZA' } } });
  });

  it('names every bad field at once (ids of another region, a municipality outside it, a double indicator) and writes nothing', async () => {
    const vreemdOrgaan = (await get(`/api/v1/regios/${zk}/overlegorganen`)).json().items[0].id;
    const voor = [await tel('regioplan_thema'), await tel('regioplan_thema_indicator')];
    const r = await send('POST', `/api/v1/regios/${nml}/regioplan/opgaven`, {
      nummer: 3,
      naam: 'Test',
      kartrekkerGemeentecode: 'GM0392',
      kartrekkerOverlegorgaanId: vreemdOrgaan,
      kartrekkerOrganisatieId: '00000000-0000-4000-8000-000000000000',
      indicatorIds: [indicatorId, indicatorId, '00000000-0000-4000-8000-000000000001'],
    });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['kartrekkerOrganisatieId', 'kartrekkerOverlegorgaanId', 'kartrekkerGemeentecode', 'indicatorIds.1', 'indicatorIds.2']);
    const zod = await send('POST', `/api/v1/regios/${nml}/regioplan/opgaven`, { nummer: 0, naam: '', doelen: [''], kartrekkerGemeentecode: 'Venlo' });
    expect(zod.statusCode).toBe(400);
    expect(namen(zod).sort()).toEqual(['doelen.0', 'kartrekkerGemeentecode', 'naam', 'nummer']);
    expect([await tel('regioplan_thema'), await tel('regioplan_thema_indicator')]).toEqual(voor);
  });

  it('a number in use for the same kind is a conflict naming the field', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/regioplan/pijlers`, { nummer: 1, naam: 'Nog een pijler 1' });
    expect(r.statusCode).toBe(409);
    expect(namen(r)).toEqual(['nummer']);
    expect((await send('POST', `/api/v1/regios/${nml}/regioplan/opgaven`, { nummer: 6, naam: 'Opgave 6 mag: andere soort' })).statusCode).toBe(201);
  });

  it('the reader and a municipal policy officer cannot write', async () => {
    for (const email of ['lezer@regiekamer.demo', 'beleidsadviseur.venray@regiekamer.demo']) {
      const h = await t.aanmelden(email);
      expect((await send('POST', `/api/v1/regios/${nml}/regioplan/opgaven`, { nummer: 9, naam: 'X' }, h)).statusCode).toBe(403);
      expect((await send('PATCH', `/api/v1/regios/${nml}/regioplan/pijlers/${id}`, { naam: 'X' }, h)).statusCode).toBe(403);
      expect((await send('DELETE', `/api/v1/regios/${nml}/regioplan/pijlers/${id}`, undefined, h)).statusCode).toBe(403);
    }
  });

  it('another region cannot see or change it; a pillar is not found as an opgave', async () => {
    expect((await get(`/api/v1/regios/${zk}/regioplan/pijlers/${id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/v1/regios/${zk}/regioplan/pijlers/${id}`, { naam: 'X' })).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${nml}/regioplan/opgaven/${id}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${zk}/regioplan`)).json()).toEqual({ opgaven: [], pijlers: [] });
  });

  it('the coordinator removes it', async () => {
    expect((await send('DELETE', `/api/v1/regios/${nml}/regioplan/pijlers/${id}`)).statusCode).toBe(204);
    expect((await get(`/api/v1/regios/${nml}/regioplan/pijlers/${id}`)).statusCode).toBe(404);
  });
});
