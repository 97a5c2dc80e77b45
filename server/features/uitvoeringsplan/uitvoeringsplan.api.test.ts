import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';
import { stelUitvoeringsplanVastBijBesluit, vindUitvoeringsplan } from './uitvoeringsplan.service';

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Record<string, string>;
let organen: { id: string; naam: string; soort: string }[];
let plan2024: string;
let bijstelling: string;

type Onderdeel = { id: string; code: string; bovenliggendeCode: string | null; status: string; begrotingsregel: { id: string; code: string; jaar: number } | null; overlegorgaan: { naam: string } | null };

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items;
  plan2024 = (await get(`/api/v1/regios/${nml}/uitvoeringsplannen?jaar=2024`)).json().items[0].id;
});
afterAll(() => t.close());

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const orgaan = (soort: string, naam?: string) => organen.find((o) => o.soort === soort && (!naam || o.naam === naam))!.id;
const plan = async (id: string) => (await get(`/api/v1/regios/${nml}/uitvoeringsplannen/${id}`)).json();
const onderdeel = async (id: string, code: string) => ((await plan(id)).onderdelen as Onderdeel[]).find((o) => o.code === code)!;
const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');
const besluit = (overlegorgaanId: string) => ({ besluitId: '11111111-1111-4111-8111-111111111111', datum: '2024-09-18', overlegorgaanId, referentie: 'PHO 18 september 2024, besluit 2024-07' });

describe('het uitvoeringsplan 2024 "Samen sterk voor gezondheid" (DOMAIN.md §10)', () => {
  it('was adopted by the PHO on 20 March 2024, with a component per budget line and the five chain approaches under onderdeel 3', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    const r = await get(`/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}`, lezer);
    expect(r.statusCode).toBe(200);
    const p = r.json();
    expect(p).toMatchObject({ jaar: 2024, versie: 1, naam: 'Samen sterk voor gezondheid', status: 'vastgesteld', vastgesteldOp: '2024-03-20', vastgesteldDoor: { naam: 'Portefeuillehoudersoverleg (PHO) IZA' } });
    const hoofd = (p.onderdelen as Onderdeel[]).filter((o) => o.bovenliggendeCode === null);
    expect(hoofd.map((o) => o.code)).toEqual(['1', '2', '3', '4', '5', '6a', '6b', 'M', 'G']);
    expect(hoofd.every((o) => o.begrotingsregel?.code === o.code && o.begrotingsregel.jaar === 2024)).toBe(true);
    const keten = (p.onderdelen as (Onderdeel & { titel: string })[]).filter((o) => o.bovenliggendeCode === '3');
    expect(keten.map((o) => o.titel)).toEqual([
      'Kansrijke start',
      'Valpreventie bij ouderen',
      'Aanpak overgewicht en obesitas bij kinderen',
      'Gecombineerde leefstijlinterventie (GLI) bij volwassenen',
      'Welzijn op recept',
    ]);
    expect(keten.every((o) => o.overlegorgaan?.naam === 'Werkgroep ketenaanpakken')).toBe(true);
    expect(hoofd.find((o) => o.code === '4')!.overlegorgaan!.naam).toBe('Werkgroep steunpunten');
    expect(p.taken).toHaveLength(6);
    expect(p.plannenVanAanpak).toEqual([expect.objectContaining({ onderdeelCode: '3.2', status: 'goedgekeurd', budgetCenten: 15_000_000, beoordeeldDoor: { id: expect.any(String), naam: 'Kerngroep IZA' } })]);
  });

  it('is what the decision register finds by id, and nothing of another region', async () => {
    expect(await vindUitvoeringsplan(t.db, nml, plan2024)).toEqual({ id: plan2024, jaar: 2024, naam: 'Samen sterk voor gezondheid', status: 'vastgesteld' });
    expect(await vindUitvoeringsplan(t.db, zk, plan2024)).toBeNull();
  });
});

describe('een vastgestelde versie verandert niet, behalve de voortgang', () => {
  it('adopting through this API is impossible: no such field, no such route', async () => {
    const audit = await tel('auditregel');
    const r = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}`, { status: 'vastgesteld' });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['status']);
    expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/vaststelling`, { vastgesteldOp: '2024-03-20' })).statusCode).toBe(404);
    const concept = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2026, naam: 'Concept 2026', status: 'vastgesteld' });
    expect(namen(concept)).toEqual(['status']);
    expect(await tel('auditregel')).toBe(audit);
  });

  it('refuses a change of its content, and says how', async () => {
    const r = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}`, { naam: 'Anders' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('Maak een bijstelling');
    const o = await onderdeel(plan2024, '3.2');
    expect((await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`, { titel: 'Anders', status: 'vertraagd' })).statusCode).toBe(409);
    expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen`, { code: '9', titel: 'Nieuw' })).statusCode).toBe(409);
    expect((await send('DELETE', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`)).statusCode).toBe(409);
    expect((await send('DELETE', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}`)).statusCode).toBe(409);
    expect((await onderdeel(plan2024, '3.2')).status).toBe('in-uitvoering');
  });

  it('the status of a component changes, audited', async () => {
    const o = await onderdeel(plan2024, '3.2');
    const audit = await tel('auditregel');
    const r = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`, { status: 'vertraagd' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ code: '3.2', status: 'vertraagd' });
    expect(await tel('auditregel')).toBe(audit + 1);
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=uitvoeringsplan-onderdeel&itemId=${o.id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'gewijzigd', voor: { status: 'in-uitvoering' }, na: { status: 'vertraagd' } });
  });

  it('refuses a status outside the list, naming the field', async () => {
    const o = await onderdeel(plan2024, '3.2');
    const r = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`, { status: 'klaar' });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['status']);
    expect(r.json().invalidParams[0].reason).toContain('niet-gestart, in-uitvoering, gerealiseerd, vertraagd, niet-van-toepassing');
  });
});

describe('bijstelling', () => {
  it('makes a new concept version from the adopted one, components copied; the adopted version stays in force', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/bijstelling`, { toelichting: 'Bijstelling na de halfjaarrapportage' });
    expect(r.statusCode).toBe(201);
    bijstelling = r.json().id;
    expect(r.json()).toMatchObject({ jaar: 2024, versie: 2, status: 'concept', gebaseerdOpVersie: 1, toelichting: 'Bijstelling na de halfjaarrapportage', naam: 'Samen sterk voor gezondheid' });
    const oud = await plan(plan2024);
    const nieuw = r.json();
    expect(nieuw.onderdelen.map((o: Onderdeel) => [o.code, o.bovenliggendeCode, o.status, o.begrotingsregel?.code])).toEqual(
      oud.onderdelen.map((o: Onderdeel) => [o.code, o.bovenliggendeCode, o.status, o.begrotingsregel?.code]),
    );
    expect(nieuw.versies.map((v: { versie: number; status: string }) => [v.versie, v.status])).toEqual([
      [1, 'vastgesteld'],
      [2, 'concept'],
    ]);
  });

  it('a second bijstelling while one is open is refused, as is a bijstelling of a concept', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/bijstelling`, { toelichting: 'Nog een' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('al een bijstelling in concept (versie 2)');
    expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/bijstelling`, { toelichting: 'Van concept' })).statusCode).toBe(409);
    expect(namen(await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/bijstelling`, {}))).toEqual(['toelichting']);
  });

  it('a status change in the version in force reaches the same component in the bijstelling', async () => {
    const o = await onderdeel(plan2024, '3.5');
    await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`, { status: 'gerealiseerd' });
    expect((await onderdeel(bijstelling, '3.5')).status).toBe('gerealiseerd');
  });

  it('the concept takes changes of content; every bad field is named at once and nothing is written', async () => {
    const vreemdOrgaan = (await get(`/api/v1/regios/${zk}/overlegorganen`)).json().items[0].id;
    const begroting2024 = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items[0];
    const regel6a = begroting2024.regels.find((r: { code: string }) => r.code === '6a').id;
    const voor = [await tel('uitvoeringsplan_onderdeel'), await tel('auditregel')];
    const fout = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, {
      code: '3.1',
      bovenliggendeCode: '3.2',
      taakNummer: 9,
      titel: 'Dubbel',
      overlegorgaanId: vreemdOrgaan,
      begrotingsregelId: '00000000-0000-4000-8000-000000000000',
    });
    expect(fout.statusCode).toBe(400);
    expect(namen(fout)).toEqual(['code', 'taakNummer', 'overlegorgaanId', 'begrotingsregelId', 'bovenliggendeCode']);
    expect(namen(await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, { code: 'met spatie', titel: '', status: 'klaar', taakNummer: 0 })).sort()).toEqual([
      'code',
      'status',
      'taakNummer',
      'titel',
    ]);
    expect([await tel('uitvoeringsplan_onderdeel'), await tel('auditregel')]).toEqual(voor);
    const goed = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, {
      code: '6c',
      taakNummer: 6,
      titel: 'Regionale arbeidsmarktagenda',
      aanpak: 'Met pijler 4',
      overlegorgaanId: orgaan('pijler', 'Pijler 4 — Toekomstbestendige arbeidsmarkt'),
      voorzitter: 'Wethouder Venray',
      begrotingsregelId: regel6a,
    });
    expect(goed.statusCode).toBe(201);
    expect(goed.json()).toMatchObject({ code: '6c', status: 'niet-gestart', begrotingsregel: { code: '6a', jaar: 2024 }, voorzitter: 'Wethouder Venray' });
    const sub = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, { code: '6c.1', bovenliggendeCode: '6c', taakNummer: 6, titel: 'Stages' });
    expect(sub.json()).toMatchObject({ bovenliggendeCode: '6c' });
    const gewijzigd = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen/${goed.json().id}`, { titel: 'Arbeidsmarktagenda', status: 'in-uitvoering' });
    expect(gewijzigd.json()).toMatchObject({ titel: 'Arbeidsmarktagenda', status: 'in-uitvoering' });
    expect((await send('DELETE', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen/${goed.json().id}`)).statusCode).toBe(204);
    expect((await plan(bijstelling)).onderdelen.some((o: Onderdeel) => o.code.startsWith('6c'))).toBe(false);
  });

  it('refuses a budget line of another year and of another region', async () => {
    const spuk = (await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items[0].id;
    const b2025 = await send('POST', `/api/v1/regios/${nml}/begrotingen`, { jaar: 2025, naam: 'Begroting 2025', uitkeringIds: [spuk], regels: [{ code: '1', omschrijving: 'Projectbureau', bedragCenten: 100 }] });
    expect(b2025.statusCode).toBe(201);
    const r2025 = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, { code: '8', titel: 'X', begrotingsregelId: b2025.json().regels[0].id });
    expect(r2025.statusCode).toBe(400);
    expect(r2025.json().invalidParams).toEqual([
      { name: 'begrotingsregelId', code: 'ander-jaar', reason: 'Regel 1 hoort bij de begroting 2025 ("Begroting 2025"); dit uitvoeringsplan is van 2024' },
    ]);
    const u = await send('POST', `/api/v1/regios/${zk}/uitkeringen`, { soort: 'spuk-iza', naam: 'SPUK-IZA Kennemerland', eersteJaar: 2024, laatsteJaar: 2024, bedragen: [{ jaar: 2024, bedragCenten: 286_010_300 }] });
    const bzk = await send('POST', `/api/v1/regios/${zk}/begrotingen`, { jaar: 2024, naam: 'Begroting 2024', uitkeringIds: [u.json().id], regels: [{ code: '1', omschrijving: 'X', bedragCenten: 100 }] });
    const rzk = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen`, { code: '8', titel: 'X', begrotingsregelId: bzk.json().regels[0].id });
    expect(rzk.json().invalidParams).toEqual([{ name: 'begrotingsregelId', code: 'onbekend', reason: 'Geen begrotingsregel van deze regio' }]);
  });
});

describe('vaststellen bij besluit van het PHO (stelUitvoeringsplanVastBijBesluit)', () => {
  it('refuses a body other than the PHO and changes nothing', async () => {
    const poging = t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, bijstelling, besluit(orgaan('kerngroep'))));
    await expect(poging).rejects.toMatchObject({ code: 'ongeldige-invoer', invalidParams: [{ name: 'overlegorgaanId', code: 'geen-pho', reason: expect.stringContaining('Kerngroep IZA stelt geen uitvoeringsplan vast') }] });
    expect((await plan(bijstelling)).status).toBe('concept');
  });

  it('refuses a version that is not a concept', async () => {
    const poging = t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, plan2024, besluit(orgaan('pho'))));
    await expect(poging).rejects.toMatchObject({ code: 'conflict', detail: 'Versie 1 is al vastgesteld; alleen een concept kan worden vastgesteld.' });
  });

  it('refuses a plan of another region, and a body of another region', async () => {
    await expect(t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, zk, bijstelling, besluit(orgaan('pho'))))).rejects.toMatchObject({ code: 'niet-gevonden' });
    const zkPho = (await get(`/api/v1/regios/${zk}/overlegorganen`)).json().items[0].id;
    await expect(t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, bijstelling, besluit(zkPho)))).rejects.toMatchObject({ invalidParams: [{ name: 'overlegorgaanId', code: 'onbekend' }] });
  });

  it('adopts the concept with the decision; the version before it lapses and is kept', async () => {
    const audit = await tel('auditregel');
    await t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, bijstelling, besluit(orgaan('pho'))));
    const p = await plan(bijstelling);
    expect(p).toMatchObject({
      status: 'vastgesteld',
      vastgesteldOp: '2024-09-18',
      vastgesteldDoor: { naam: 'Portefeuillehoudersoverleg (PHO) IZA' },
      besluitId: '11111111-1111-4111-8111-111111111111',
      besluitReferentie: 'PHO 18 september 2024, besluit 2024-07',
    });
    expect(p.versies.map((v: { versie: number; status: string }) => [v.versie, v.status])).toEqual([
      [1, 'vervallen'],
      [2, 'vastgesteld'],
    ]);
    expect(await tel('auditregel')).toBe(audit + 2);
  });

  it('a lapsed version no longer changes, not even the status of a component', async () => {
    const o = await onderdeel(plan2024, '3.1');
    const r = await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan2024}/onderdelen/${o.id}`, { status: 'gerealiseerd' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('versie 2 is in werking');
  });
});

describe('plannen van aanpak', () => {
  let pva: string;

  it('refuses a budget above what the component’s budget line still has, with the numbers, and writes nothing', async () => {
    const voor = await tel('plan_van_aanpak');
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, {
      onderdeelCode: '3.1',
      titel: 'Kansrijke start 2024-2025',
      overlegorgaanId: orgaan('werkgroep', 'Werkgroep ketenaanpakken'),
      budgetCenten: 185_000_001,
    });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['budgetCenten']);
    expect(gewoon(r.json().detail)).toBe(
      'Begrotingsregel 3 (Onderdeel 3 — ketenaanpakken) heeft € 2.000.000; andere plannen van aanpak op deze regel houden al € 150.000. Er is nog € 1.850.000; dit plan van aanpak vraagt € 1.850.000,01, € 0,01 te veel.',
    );
    expect(await tel('plan_van_aanpak')).toBe(voor);
  });

  it('names an unknown component and a body of another region', async () => {
    const vreemdOrgaan = (await get(`/api/v1/regios/${zk}/overlegorganen`)).json().items[0].id;
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, { onderdeelCode: '99', titel: 'X', overlegorgaanId: vreemdOrgaan, budgetCenten: 1 });
    expect(namen(r)).toEqual(['onderdeelCode', 'overlegorgaanId']);
    expect(namen(await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, { onderdeelCode: '3.1', titel: '', budgetCenten: -1 })).sort()).toEqual(['budgetCenten', 'titel']);
  });

  it('a working group’s plan within budget is recorded as a concept, and goes through submission to the Kerngroep', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, {
      onderdeelCode: '3.1',
      titel: 'Kansrijke start 2024-2025',
      overlegorgaanId: orgaan('werkgroep', 'Werkgroep ketenaanpakken'),
      budgetCenten: 185_000_000,
    });
    expect(r.statusCode).toBe(201);
    pva = r.json().id;
    expect(r.json()).toMatchObject({ status: 'concept', jaar: 2024, overlegorgaan: { naam: 'Werkgroep ketenaanpakken' } });
    const pad = `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak/${pva}`;
    const overslaan = await send('POST', `${pad}/beoordeling`, { uitkomst: 'goedgekeurd', beoordeeldOp: '2024-10-01', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: 'Kerngroep 1 oktober 2024' });
    expect(overslaan.statusCode).toBe(409);
    expect(overslaan.json().detail).toContain('dien het eerst in bij de Kerngroep');
    expect((await send('POST', `${pad}/indiening`, { ingediendOp: '2024-09-20' })).json()).toMatchObject({ status: 'ingediend', ingediendOp: '2024-09-20' });
    expect((await send('PATCH', pad, { budgetCenten: 1 })).statusCode).toBe(409);
    expect((await send('POST', `${pad}/indiening`, { ingediendOp: '2024-09-21' })).statusCode).toBe(409);
    const pho = await send('POST', `${pad}/beoordeling`, { uitkomst: 'goedgekeurd', beoordeeldOp: '2024-09-01', overlegorgaanId: orgaan('pho'), besluitReferentie: 'PHO' });
    expect(pho.statusCode).toBe(400);
    expect(namen(pho)).toEqual(['overlegorgaanId', 'beoordeeldOp']);
    const goed = await send('POST', `${pad}/beoordeling`, { uitkomst: 'goedgekeurd', beoordeeldOp: '2024-10-01', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: 'Kerngroep 1 oktober 2024' });
    expect(goed.json()).toMatchObject({ status: 'goedgekeurd', beoordeeldOp: '2024-10-01', beoordeeldDoor: { naam: 'Kerngroep IZA' }, besluitReferentie: 'Kerngroep 1 oktober 2024' });
    expect((await send('POST', `${pad}/beoordeling`, { uitkomst: 'afgewezen', beoordeeldOp: '2024-10-02', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: 'X' })).statusCode).toBe(409);
    expect((await send('DELETE', pad)).statusCode).toBe(409);
  });

  it('the line is now full: one more cent is refused', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, { onderdeelCode: '3.3', titel: 'Keigezond', budgetCenten: 1 });
    expect(r.statusCode).toBe(400);
    expect(gewoon(r.json().detail)).toContain('Er is nog € 0');
  });
});

describe('rechten en regio’s', () => {
  it('the reader and a municipal policy officer cannot write', async () => {
    const o = await onderdeel(bijstelling, '3.2');
    for (const email of ['lezer@regiekamer.demo', 'beleidsadviseur.venray@regiekamer.demo']) {
      const h = await t.aanmelden(email);
      expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2027, naam: 'X' }, h)).statusCode).toBe(403);
      expect((await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/onderdelen/${o.id}`, { status: 'gerealiseerd' }, h)).statusCode).toBe(403);
      expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/bijstelling`, { toelichting: 'X' }, h)).statusCode).toBe(403);
      expect((await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${bijstelling}/plannen-van-aanpak`, { onderdeelCode: '3.2', titel: 'X', budgetCenten: 1 }, h)).statusCode).toBe(403);
    }
  });

  it('another region cannot see or change this region’s plan', async () => {
    const o = await onderdeel(bijstelling, '3.2');
    expect((await get(`/api/v1/regios/${zk}/uitvoeringsplannen/${bijstelling}`)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/v1/regios/${zk}/uitvoeringsplannen/${bijstelling}/onderdelen/${o.id}`, { status: 'gerealiseerd' })).statusCode).toBe(404);
    expect((await send('POST', `/api/v1/regios/${zk}/uitvoeringsplannen/${bijstelling}/bijstelling`, { toelichting: 'X' })).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${zk}/uitvoeringsplannen`)).json()).toEqual({ items: [], totaal: 0 });
  });
});

describe('een nieuw jaar', () => {
  it('starts as version 1, concept; a second plan for the same year is refused', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2025, naam: 'Uitvoeringsplan 2025' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ jaar: 2025, versie: 1, status: 'concept', onderdelen: [] });
    const dubbel = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2024, naam: 'Nog een' });
    expect(dubbel.statusCode).toBe(409);
    expect(namen(dubbel)).toEqual(['jaar']);
    expect(namen(await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 1999, naam: '' })).sort()).toEqual(['jaar', 'naam']);
    expect((await send('PATCH', `/api/v1/regios/${nml}/uitvoeringsplannen/${r.json().id}`, { naam: 'Samen verder' })).json()).toMatchObject({ naam: 'Samen verder' });
    expect((await send('DELETE', `/api/v1/regios/${nml}/uitvoeringsplannen/${r.json().id}`)).statusCode).toBe(204);
    expect((await get(`/api/v1/regios/${nml}/uitvoeringsplannen?jaar=2025`)).json().totaal).toBe(0);
  });
});

describe('een concept dat ter vaststelling op de agenda staat, verandert niet tot erover is besloten', () => {
  let id: string;
  let onderdeelId: string;
  let vergaderingPad: string;
  let agendapuntId: string;
  const upPad = () => `/api/v1/regios/${nml}/uitvoeringsplannen/${id}`;
  const stand = async () => [await tel('uitvoeringsplan'), await tel('uitvoeringsplan_onderdeel'), await tel('auditregel')];

  beforeAll(async () => {
    id = (await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2027, naam: 'Uitvoeringsplan 2027' })).json().id;
    onderdeelId = (await send('POST', `${upPad()}/onderdelen`, { code: '1', titel: 'Projectbureau' })).json().id;
    const v = await send('POST', `/api/v1/regios/${nml}/vergaderingen`, { overlegorgaanId: orgaan('pho'), datum: '2027-03-17', titel: 'PHO IZA 17 maart 2027' });
    expect(v.statusCode, v.body).toBe(201);
    vergaderingPad = `/api/v1/regios/${nml}/vergaderingen/${v.json().id}`;
    const a = await send('POST', `${vergaderingPad}/agendapunten`, { titel: 'Uitvoeringsplan 2027 vaststellen', voorstel: { soort: 'uitvoeringsplan-vaststellen', uitvoeringsplanId: id } });
    expect(a.statusCode, a.body).toBe(201);
    agendapuntId = (a.json().agendapunten as { id: string; titel: string }[]).find((x) => x.titel === 'Uitvoeringsplan 2027 vaststellen')!.id;
  });

  const melding = (extra = '') =>
    `Versie 1 van het uitvoeringsplan 2027 staat ter vaststelling op de agenda van «PHO IZA 17 maart 2027» (17 maart 2027), agendapunt 1 «Uitvoeringsplan 2027 vaststellen»${extra}. ` +
    'Zolang daarover niet is besloten, blijven de inhoud en de versie zoals ze zijn: anders stelt het besluit iets vast waarover niet is gestemd. ' +
    'Wacht het besluit af, of haal het voorstel eerst van de agenda.';

  it('refuses a change of text, a component added, changed or removed, and deletion, naming the meeting and the item; nothing is written', async () => {
    const voor = await stand();
    const tekst = await send('PATCH', upPad(), { naam: 'Anders' });
    expect(tekst.statusCode).toBe(409);
    expect(tekst.json().detail).toBe(melding());
    for (const r of [
      await send('POST', `${upPad()}/onderdelen`, { code: '2', titel: 'Netwerk' }),
      await send('PATCH', `${upPad()}/onderdelen/${onderdeelId}`, { titel: 'Anders' }),
      await send('DELETE', `${upPad()}/onderdelen/${onderdeelId}`),
      await send('DELETE', upPad()),
    ]) {
      expect(r.statusCode).toBe(409);
      expect(r.json().detail).toBe(melding());
    }
    expect(await stand()).toEqual(voor);
    expect(await plan(id)).toMatchObject({ naam: 'Uitvoeringsplan 2027', onderdelen: [expect.objectContaining({ code: '1', titel: 'Projectbureau' })] });
    // Progress is no content: the status of a component still changes.
    expect((await send('PATCH', `${upPad()}/onderdelen/${onderdeelId}`, { status: 'in-uitvoering' })).statusCode).toBe(200);
  });

  it('also while the vote is open', async () => {
    const leden = (await get(`/api/v1/regios/${nml}/overlegorganen/${orgaan('pho')}`)).json().leden as { id: string; gemeente: unknown }[];
    expect((await send('PUT', `${vergaderingPad}/aanwezigheid`, { aanwezigeLidIds: leden.filter((l) => l.gemeente).map((l) => l.id) })).statusCode).toBe(200);
    expect((await send('POST', `${vergaderingPad}/agendapunten/${agendapuntId}/stemming`)).statusCode).toBe(200);
    const voor = await stand();
    const r = await send('PATCH', upPad(), { toelichting: 'Nog even iets anders' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toBe(melding(', waarover nu wordt gestemd'));
    expect(await stand()).toEqual(voor);
  });

  it('once the proposal is off the agenda, the concept changes again', async () => {
    expect((await send('DELETE', `${vergaderingPad}/agendapunten/${agendapuntId}/stemming`)).statusCode).toBe(200);
    expect((await send('DELETE', `${vergaderingPad}/agendapunten/${agendapuntId}`)).statusCode).toBe(200);
    expect((await send('PATCH', upPad(), { naam: 'Uitvoeringsplan 2027, herzien' })).json()).toMatchObject({ naam: 'Uitvoeringsplan 2027, herzien' });
    expect((await send('DELETE', `${upPad()}/onderdelen/${onderdeelId}`)).statusCode).toBe(204);
  });
});

describe('een plan van aanpak waarvan het onderdeel uit de geldende versie is verdwenen', () => {
  let v1: string;
  let v2: string;
  let concept: string;
  let ingediend: string;
  const pvaPad = (versie: string, pva: string) => `/api/v1/regios/${nml}/uitvoeringsplannen/${versie}/plannen-van-aanpak/${pva}`;

  beforeAll(async () => {
    const spuk = (await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items[0].id;
    const b = await send('POST', `/api/v1/regios/${nml}/begrotingen`, { jaar: 2026, naam: 'Begroting 2026', uitkeringIds: [spuk], regels: [{ code: '3', omschrijving: 'Ketenaanpakken', bedragCenten: 10_000_000 }] });
    expect(b.statusCode, b.body).toBe(201);
    v1 = (await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen`, { jaar: 2026, naam: 'Uitvoeringsplan 2026' })).json().id;
    for (const code of ['3', '3.1']) {
      const o = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${v1}/onderdelen`, { code, titel: `Onderdeel ${code}`, begrotingsregelId: b.json().regels[0].id, ...(code === '3.1' ? { bovenliggendeCode: '3' } : {}) });
      expect(o.statusCode, o.body).toBe(201);
    }
    await t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, v1, { ...besluit(orgaan('pho')), datum: '2026-03-18' }));
    const maak = async (titel: string) => (await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${v1}/plannen-van-aanpak`, { onderdeelCode: '3.1', titel, budgetCenten: 1_000_000 })).json().id as string;
    concept = await maak('Kansrijke start 2026');
    ingediend = await maak('Valpreventie 2026');
    expect((await send('POST', `${pvaPad(v1, ingediend)}/indiening`, { ingediendOp: '2026-04-01' })).statusCode).toBe(200);
    // A bijstelling drops 3.1 (it stays in version 1, so that is allowed) and is adopted.
    v2 = (await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${v1}/bijstelling`, { toelichting: 'Zonder 3.1' })).json().id;
    const weg = (await plan(v2)).onderdelen.find((o: Onderdeel) => o.code === '3.1');
    expect((await send('DELETE', `/api/v1/regios/${nml}/uitvoeringsplannen/${v2}/onderdelen/${weg.id}`)).statusCode).toBe(204);
    await t.db.transaction((tx) => stelUitvoeringsplanVastBijBesluit(tx, null, nml, v2, { ...besluit(orgaan('pho')), datum: '2026-09-16' }));
  });

  it('submitting, changing the budget of, or approving it names the component instead of failing; nothing is written', async () => {
    const voor = [await tel('plan_van_aanpak'), await tel('auditregel')];
    const reden = 'Onderdeel 3.1 staat niet in versie 2 van het uitvoeringsplan 2026, de versie die geldt; er is dus geen begrotingsregel om het budget aan te toetsen. Kies een onderdeel van die versie';
    const indienen = await send('POST', `${pvaPad(v2, concept)}/indiening`, { ingediendOp: '2026-10-01' });
    expect(indienen.statusCode).toBe(400);
    expect(indienen.json().invalidParams).toEqual([{ name: 'onderdeelCode', code: 'niet-in-versie', reason: reden }]);
    const budget = await send('PATCH', pvaPad(v2, concept), { budgetCenten: 2_000_000 });
    expect(budget.statusCode).toBe(400);
    expect(namen(budget)).toEqual(['onderdeelCode']);
    const goedkeuren = await send('POST', `${pvaPad(v2, ingediend)}/beoordeling`, { uitkomst: 'goedgekeurd', beoordeeldOp: '2026-10-07', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: 'Kerngroep 7 oktober 2026' });
    expect(goedkeuren.statusCode).toBe(400);
    expect(namen(goedkeuren)).toEqual(['onderdeelCode']);
    // Through the lapsed version: that version is no longer the one to use.
    expect((await send('POST', `${pvaPad(v1, concept)}/indiening`, { ingediendOp: '2026-10-01' })).statusCode).toBe(409);
    expect([await tel('plan_van_aanpak'), await tel('auditregel')]).toEqual(voor);
    const [a, b] = await Promise.all([get(pvaPad(v2, concept)), get(pvaPad(v2, ingediend))]);
    expect([a.json().status, a.json().budgetCenten, b.json().status]).toEqual(['concept', 1_000_000, 'ingediend']);
    // Rejecting needs no budget, and the concept can still go.
    expect((await send('POST', `${pvaPad(v2, ingediend)}/beoordeling`, { uitkomst: 'afgewezen', beoordeeldOp: '2026-10-07', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: 'Kerngroep 7 oktober 2026' })).statusCode).toBe(200);
    expect((await send('DELETE', pvaPad(v2, concept))).statusCode).toBe(204);
  });
});

describe('twee gelijktijdige besluiten over één plan van aanpak', () => {
  it('the plan is locked before its status is read: one decision is recorded, the other refused', async () => {
    const versie = (await get(`/api/v1/regios/${nml}/uitvoeringsplannen?jaar=2024`)).json().items.find((v: { status: string }) => v.status === 'vastgesteld').id;
    const pva = (await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${versie}/plannen-van-aanpak`, { onderdeelCode: '2', titel: 'Netwerkdagen', budgetCenten: 1 })).json().id;
    const pad = `/api/v1/regios/${nml}/uitvoeringsplannen/${versie}/plannen-van-aanpak/${pva}`;
    expect((await send('POST', `${pad}/indiening`, { ingediendOp: '2024-11-01' })).statusCode).toBe(200);
    const audit = await tel('auditregel');
    const besluitOver = (uitkomst: string) => send('POST', `${pad}/beoordeling`, { uitkomst, beoordeeldOp: '2024-11-06', overlegorgaanId: orgaan('kerngroep'), besluitReferentie: `Kerngroep 6 november 2024: ${uitkomst}` });
    // Another transaction holds the versions of the year, so both decisions are under way at once
    // and wait at the same point; then it lets go. (PGlite runs one transaction at a time anyway.)
    let loslaten!: () => void;
    let vastgezet!: () => void;
    const vrij = new Promise<void>((r) => (loslaten = r));
    const vast = new Promise<void>((r) => (vastgezet = r));
    const houder = t.db.transaction(async (tx) => {
      await tx.execute(sql`select id from uitvoeringsplan where regio_id = ${nml} and jaar = 2024 for update`);
      vastgezet();
      await vrij;
    });
    await vast;
    const beide = Promise.all([besluitOver('goedgekeurd'), besluitOver('afgewezen')]);
    await new Promise((r) => setTimeout(r, 500));
    loslaten();
    await houder;
    const [goed, af] = await beide;
    expect([goed.statusCode, af.statusCode].sort()).toEqual([200, 409]);
    const winnaar = goed.statusCode === 200 ? 'goedgekeurd' : 'afgewezen';
    expect((await get(pad)).json()).toMatchObject({ status: winnaar, besluitReferentie: `Kerngroep 6 november 2024: ${winnaar}` });
    expect(await tel('auditregel')).toBe(audit + 1);
  });
});
