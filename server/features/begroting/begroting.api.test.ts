import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

const spukIzaCsv = readFileSync(new URL('../../../../shared/data/spuk-iza-regios-2025-2026.csv', import.meta.url), 'utf8');
const bredeSpukCsv = readFileSync(new URL('../../../../shared/data/spuk-brede-per-gemeente-2025-2026.csv', import.meta.url), 'utf8');

let t: TestApp;
let nml: string;
let financieel: Record<string, string>;
/** Records decisions taken outside Regiekamer on the direct routes (adoption, PHO reallocation). */
let coordinator: Record<string, string>;
let begrotingId: string;
let kerngroep: string;
let pho: string;
const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  financieel = await t.aanmelden('financieel@regiekamer.demo');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  const organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; soort: string }[];
  kerngroep = organen.find((o) => o.soort === 'kerngroep')!.id;
  pho = organen.find((o) => o.soort === 'pho')!.id;
  begrotingId = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items[0].id;
});
afterAll(() => t.close());

function get(url: string, headers = financieel) {
  return t.app.inject({ method: 'GET', url, headers });
}
const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = financieel) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const aantalAuditregels = async () => Number(((await t.db.execute(sql`select count(*)::int as n from auditregel`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

describe('de begroting 2024 van Noord- en Midden-Limburg zoals het PHO haar op 20 maart 2024 vaststelde', () => {
  it('has nine lines totalling € 4.747.850, funded by SPUK-IZA 2024 of the same amount', async () => {
    const { items } = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json();
    expect(items).toHaveLength(1);
    const b = items[0];
    expect(b).toMatchObject({ jaar: 2024, status: 'vastgesteld', versie: 1, totaalCenten: 474_785_000, plafondCenten: 474_785_000 });
    expect(b.regels).toHaveLength(9);
    expect(b.regels.map((r: { bedragCenten: number }) => r.bedragCenten / 100)).toEqual([500000, 500000, 2000000, 480000, 17850, 200000, 500000, 100000, 450000]);
    expect(b.uitkeringen).toEqual([{ id: expect.any(String), naam: 'SPUK-IZA', bedragCenten: 474_785_000 }]);
    const detail = (await get(`/api/v1/regios/${nml}/begrotingen/${b.id}`)).json();
    expect(detail.versies[0]).toMatchObject({ versie: 1, status: 'vastgesteld', vastgesteldOp: '2024-03-20', vastgesteldDoor: { naam: 'Portefeuillehoudersoverleg (PHO) IZA' } });
  });
});

describe('herverdelingen', () => {
  it('the Kerngroep moves € 3.570 into Onderdeel 5: exactly its 20 % room', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, {
      begrotingId,
      vanRegelCode: '3',
      naarRegelCode: '5',
      bedragCenten: 357_000,
      overlegorgaanId: kerngroep,
      besluitdatum: '2024-06-12',
      besluitReferentie: 'Kerngroep 12 juni 2024',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ van: { code: '3' }, naar: { code: '5' }, bedragCenten: 357_000, nieuweVersie: null, overlegorgaan: { naam: 'Kerngroep IZA' } });
    const b = (await get(`/api/v1/regios/${nml}/begrotingen/${begrotingId}`)).json();
    expect(b.versie).toBe(1);
    expect(b.regels.find((x: { code: string }) => x.code === '5').bedragCenten).toBe(2_142_000);
    expect(b.totaalCenten).toBe(474_785_000);
  });

  it('refuses one cent more for Onderdeel 5, says which line and how much is still possible, and writes nothing', async () => {
    const voor = await aantalAuditregels();
    const r = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, {
      begrotingId,
      vanRegelCode: '3',
      naarRegelCode: '5',
      bedragCenten: 1,
      overlegorgaanId: kerngroep,
      besluitdatum: '2024-06-13',
    });
    expect(r.statusCode).toBe(400);
    expect(gewoon(r.json().detail)).toContain('Onderdeel 5 — e-health, anonieme zorg e.d. mag dit jaar nog € 0 ontvangen');
    expect(r.json().detail).toContain('voor meer is een besluit van het PHO nodig');
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'bedragCenten', code: 'boven-mandaat' });
    expect(gewoon(r.json().invalidParams[0].reason)).toBe('Onderdeel 5 — e-health, anonieme zorg e.d. mag nog € 0 ontvangen; dit is € 0,01 te veel');
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('tells per line how much room the Kerngroep has left, by the same rule', async () => {
    const { items } = (await get(`/api/v1/regios/${nml}/herverdelingen/ruimte?begrotingId=${begrotingId}&overlegorgaanId=${kerngroep}`)).json();
    expect(items.find((r: { code: string }) => r.code === '5')).toEqual({
      code: '5',
      omschrijving: 'Onderdeel 5 — e-health, anonieme zorg e.d.',
      vastgesteldCenten: 1_785_000,
      huidigCenten: 2_142_000,
      maximumCenten: 357_000,
      benutCenten: 357_000,
      nogCenten: 0,
    });
    expect(items.find((r: { code: string }) => r.code === '3')).toMatchObject({ maximumCenten: 40_000_000, benutCenten: 357_000, nogCenten: 39_643_000 });
  });

  it('the PHO may go beyond the mandate: a new adopted version with the move, the old one lapses', async () => {
    // Recorded by the coordinator: a PHO decision taken outside Regiekamer's decision register.
    const r = await send(
      'POST',
      `/api/v1/regios/${nml}/herverdelingen`,
      { begrotingId, vanRegelCode: '3', naarRegelCode: '5', bedragCenten: 1_000_000, overlegorgaanId: pho, besluitdatum: '2024-09-18', besluitReferentie: 'PHO 18 september 2024' },
      coordinator,
    );
    expect(r.statusCode).toBe(201);
    expect(r.json().nieuweVersie).toBe(2);
    const b = (await get(`/api/v1/regios/${nml}/begrotingen/${begrotingId}`)).json();
    expect(b).toMatchObject({ status: 'bijgesteld', versie: 2, totaalCenten: 474_785_000 });
    expect(b.versies.map((v: { status: string }) => v.status)).toEqual(['vervallen', 'vastgesteld']);
    expect(b.regels.find((x: { code: string }) => x.code === '5').bedragCenten).toBe(3_142_000);
    // The adopted version 1 is still readable exactly as adopted.
    expect(b.versies[0].regels.find((x: { code: string }) => x.code === '5').bedragCenten).toBe(1_785_000);
  });

  it('refuses a body without a mandate, an unknown line and a line moving to itself', async () => {
    const werkgroep = ((await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; soort: string }[]).find((o) => o.soort === 'werkgroep')!.id;
    const geenMandaat = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, { begrotingId, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 100, overlegorgaanId: werkgroep, besluitdatum: '2024-10-01' });
    expect(geenMandaat.statusCode).toBe(403);
    expect(geenMandaat.json().detail).toContain('heeft geen mandaat');
    const fout = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, { begrotingId, vanRegelCode: '99', naarRegelCode: '99', bedragCenten: 100, overlegorgaanId: kerngroep, besluitdatum: '2024-10-01' });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['vanRegelCode', 'naarRegelCode']);
  });

  it('is refused to a lezer', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    const r = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, { begrotingId, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 100, overlegorgaanId: kerngroep, besluitdatum: '2024-10-01' }, lezer);
    expect(r.statusCode).toBe(403);
  });
});

describe('begrotingen opstellen en vaststellen', () => {
  let uitkeringId: string;
  beforeAll(async () => {
    uitkeringId = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!.id;
  });

  it('refuses a budget above its grant, a negative or fractional-cent line, and writes nothing', async () => {
    const voor = await aantalAuditregels();
    const boven = await send('POST', `/api/v1/regios/${nml}/begrotingen`, {
      jaar: 2025,
      naam: 'Uitvoeringsplan 2025',
      uitkeringIds: [uitkeringId],
      regels: [{ code: '1', omschrijving: 'Alles', bedragCenten: 474_785_001 }],
    });
    expect(boven.statusCode).toBe(400);
    expect(gewoon(boven.json().detail)).toBe('Het totaal van de begroting (€ 4.747.850,01) is € 0,01 hoger dan de uitkering(en) die haar financieren (€ 4.747.850).');
    const fracties = await send('POST', `/api/v1/regios/${nml}/begrotingen`, {
      jaar: 2025,
      naam: 'Uitvoeringsplan 2025',
      uitkeringIds: [uitkeringId],
      regels: [
        { code: '1', omschrijving: 'Negatief', bedragCenten: -5 },
        { code: '2', omschrijving: 'Fractie', bedragCenten: 10.5 },
      ],
    });
    expect(fracties.statusCode).toBe(400);
    expect(fracties.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['regels.0.bedragCenten', 'regels.1.bedragCenten']);
    expect(await aantalAuditregels()).toBe(voor);
    expect((await get(`/api/v1/regios/${nml}/begrotingen?jaar=2025`)).json().totaal).toBe(0);
  });

  it('drafts a 2025 budget, adopts it by the PHO only, and keeps adopted versions unchangeable', async () => {
    const gemaakt = await send('POST', `/api/v1/regios/${nml}/begrotingen`, {
      jaar: 2025,
      naam: 'Uitvoeringsplan 2025',
      uitkeringIds: [uitkeringId],
      regels: [
        { code: '1', omschrijving: 'Projectbureau', taakNummer: 1, bedragCenten: 60_000_000 },
        { code: '3', omschrijving: 'Ketenaanpakken', taakNummer: 3, bedragCenten: 200_000_000 },
      ],
    });
    expect(gemaakt.statusCode).toBe(201);
    const id = gemaakt.json().id;
    expect(gemaakt.json()).toMatchObject({ status: 'concept', versie: 1, totaalCenten: 260_000_000 });
    const doorKerngroep = await send('POST', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1/vaststelling`, { vastgesteldOp: '2025-03-19', overlegorgaanId: kerngroep, besluitReferentie: 'x' }, coordinator);
    expect(doorKerngroep.statusCode).toBe(400);
    expect(doorKerngroep.json().invalidParams[0].reason).toContain('is een besluit van het PHO');
    const vastgesteld = await send('POST', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1/vaststelling`, { vastgesteldOp: '2025-03-19', overlegorgaanId: pho, besluitReferentie: 'PHO 19 maart 2025' }, coordinator);
    expect(vastgesteld.json()).toMatchObject({ status: 'vastgesteld', versie: 1 });
    const wijzigen = await send('PUT', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1`, { regels: [{ code: '1', omschrijving: 'x', bedragCenten: 1 }] });
    expect(wijzigen.statusCode).toBe(409);
    const nieuw = await send('POST', `/api/v1/regios/${nml}/begrotingen/${id}/versies`, {
      toelichting: 'Halfjaarlijkse bijstelling',
      regels: [
        { code: '1', omschrijving: 'Projectbureau', taakNummer: 1, bedragCenten: 50_000_000 },
        { code: '3', omschrijving: 'Ketenaanpakken', taakNummer: 3, bedragCenten: 210_000_000 },
      ],
    });
    expect(nieuw.statusCode).toBe(201);
    expect(nieuw.json()).toMatchObject({ status: 'vastgesteld', versie: 1 });
    expect(nieuw.json().versies.map((v: { status: string }) => v.status)).toEqual(['vastgesteld', 'concept']);
  });

  it('sets a prognosis and flags over- and under-spending in the finance overview', async () => {
    const p = await send('PUT', `/api/v1/regios/${nml}/begrotingen/${begrotingId}/prognoses`, {
      regels: [
        { code: '4', prognoseCenten: 30_000_000 },
        { code: '1', prognoseCenten: 55_000_000 },
      ],
    });
    expect(p.statusCode).toBe(200);
    const o = (await get(`/api/v1/regios/${nml}/financieel-overzicht?jaar=2024`)).json();
    expect(o.begroting).toMatchObject({ versie: 2, status: 'bijgesteld' });
    expect(o.regels).toHaveLength(9);
    expect(o.regels.find((r: { code: string }) => r.code === '4')).toMatchObject({ begrootCenten: 48_000_000, prognoseCenten: 30_000_000, signaal: 'onderbesteding' });
    expect(o.regels.find((r: { code: string }) => r.code === '1')).toMatchObject({ signaal: 'overschrijding' });
    expect(o.totaal.begrootCenten).toBe(474_785_000);
  });
});

describe('uitkeringen en verdeelsleutels', () => {
  it('imports the published SPUK-IZA amounts for this region only (Venlo), then twice changes nothing', async () => {
    const importeer = (csv: string, soort: string) =>
      t.app.inject({ method: 'POST', url: `/api/v1/regios/${nml}/uitkeringen/importen?soort=${soort}`, headers: { ...financieel, 'content-type': 'text/csv' }, payload: csv });
    const r = await importeer(spukIzaCsv, 'spuk-iza');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ soort: 'spuk-iza', aantalRegels: 1, toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 1 });
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { naam: string; bedragen: unknown }[]).find((u) => u.naam === 'SPUK-IZA')!;
    expect(spuk.bedragen).toEqual([
      { jaar: 2024, bedragCenten: 474_785_000 },
      { jaar: 2025, bedragCenten: 474_785_000 },
      { jaar: 2026, bedragCenten: 509_066_600 },
    ]);
    const brede = await importeer(bredeSpukCsv, 'brede-spuk');
    expect(brede.json()).toMatchObject({ aantalRegels: 14, toegevoegd: 14 });
    expect((await importeer(bredeSpukCsv, 'brede-spuk')).json()).toMatchObject({ toegevoegd: 0, bijgewerkt: 0, ongewijzigd: 14 });
  });

  it('splits SPUK-IZA 2026 60 % local by population / 40 % regional, to the cent', async () => {
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!;
    const sleutel = await send('POST', `/api/v1/regios/${nml}/verdeelsleutels`, {
      naam: '60/40 naar inwoners',
      lokaleVerdeling: 'inwoners',
      doelen: [
        { doel: 'lokale preventie-infrastructuur', aandeelBasispunten: 6000, lokaal: true },
        { doel: 'regionale samenwerking', aandeelBasispunten: 4000 },
      ],
    });
    expect(sleutel.statusCode).toBe(201);
    const toepassing = (await get(`/api/v1/regios/${nml}/verdeelsleutels/${sleutel.json().id}/toepassing?uitkeringId=${spuk.id}&jaar=2026`)).json();
    expect(toepassing.totaalCenten).toBe(509_066_600);
    expect(toepassing.doelen.map((d: { centen: number }) => d.centen)).toEqual([305_439_960, 203_626_640]);
    const lokaal = toepassing.doelen[0].gemeenten as { gemeentecode: string; centen: number }[];
    expect(lokaal).toHaveLength(14);
    expect(lokaal.reduce((s, g) => s + g.centen, 0)).toBe(305_439_960);
  });

  it('refuses a key whose shares do not total 100 %', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/verdeelsleutels`, {
      naam: 'Fout',
      lokaleVerdeling: 'geen',
      doelen: [
        { doel: 'a', aandeelBasispunten: 5000 },
        { doel: 'b', aandeelBasispunten: 4000 },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'doelen', reason: 'De aandelen tellen op tot 90% in plaats van 100%' });
  });
});

describe('scheiding tussen regio’s voor het geld', () => {
  it('a user of another region reads nor changes any of Noord- en Midden-Limburg’s money, not even via its own region', async () => {
    const { maakGebruiker } = await import('../gebruikers/gebruikers.service');
    await maakGebruiker(t.db, null, { email: 'financieel@kennemerland.test', wachtwoord: 'wachtwoord-kennemerland', rol: 'financieel-adviseur', regio: 'Zuid-Kennemerland en IJmond' });
    const buiten = await t.aanmelden('financieel@kennemerland.test', 'wachtwoord-kennemerland');
    const eigen = (await get('/api/v1/regios', buiten)).json().items[0].id as string;
    for (const pad of ['begrotingen', `begrotingen/${begrotingId}`, 'uitkeringen', 'verdeelsleutels', 'boekingen', 'financieel-overzicht?jaar=2024', 'sisa?jaar=2024', 'meerjarenraming', 'dubbele-financiering?jaar=2024', 'doorbetalingen']) {
      expect((await get(`/api/v1/regios/${nml}/${pad}`, buiten)).statusCode, pad).toBe(404);
    }
    const voor = await aantalAuditregels();
    expect((await get(`/api/v1/regios/${eigen}/begrotingen/${begrotingId}`, buiten)).statusCode).toBe(404);
    const herverdeling = await send('POST', `/api/v1/regios/${eigen}/herverdelingen`, { begrotingId, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 100, overlegorgaanId: pho, besluitdatum: '2024-10-01' }, buiten);
    expect(herverdeling.statusCode).toBe(400);
    expect(herverdeling.json().invalidParams[0]).toMatchObject({ name: 'begrotingId', reason: 'Geen begroting van deze regio' });
    const import_ = await t.app.inject({
      method: 'POST',
      url: `/api/v1/regios/${nml}/boekingen/importen?bestandsnaam=x.csv&jaar=2024&kolomDatum=a&kolomBedrag=b&kolomBegrotingsregel=c&soort=uitgave`,
      headers: { ...buiten, 'content-type': 'text/csv' },
      payload: 'a,b,c\n01-01-2024,1,3\n',
    });
    expect(import_.statusCode).toBe(404);
    expect(await aantalAuditregels()).toBe(voor);
  });
});

describe('wat vastligt, blijft kloppen', () => {
  it('refuses to lower a grant below a budget it funds, and to delete the body that adopted a budget', async () => {
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!;
    const voor = await aantalAuditregels();
    const lager = await send('PATCH', `/api/v1/regios/${nml}/uitkeringen/${spuk.id}`, {
      bedragen: [
        { jaar: 2024, bedragCenten: 400_000_000 },
        { jaar: 2025, bedragCenten: 474_785_000 },
        { jaar: 2026, bedragCenten: 509_066_600 },
      ],
    });
    expect(lager.statusCode).toBe(409);
    expect(lager.json().detail).toContain('Uitvoeringsplan 2024');
    const coordinator = await t.aanmelden('coordinator@regiekamer.demo');
    const weg = await send('DELETE', `/api/v1/regios/${nml}/overlegorganen/${pho}`, undefined, coordinator);
    expect(weg.statusCode).toBe(409);
    expect(weg.json().detail).toContain('blijft daarom bewaard');
    const venlo = await send('DELETE', `/api/v1/regios/${nml}/gemeenten/GM0983`, undefined, coordinator);
    expect(venlo.statusCode).toBe(409);
    expect(venlo.json().detail).toContain('uitkeringen (als ontvanger)');
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('an SiSa entry for a year outside the grant is refused, and an empty change changes nothing', async () => {
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!;
    const r = await send('PUT', `/api/v1/regios/${nml}/sisa/${spuk.id}/GM0983?jaar=2099`, {});
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0].name).toBe('jaar');
    const coordinator = await t.aanmelden('coordinator@regiekamer.demo');
    for (const url of [`/api/v1/regios/${nml}`, `/api/v1/regios/${nml}/gemeenten/GM0984`, `/api/v1/regios/${nml}/overlegorganen/${kerngroep}`]) {
      expect((await send('PATCH', url, {}, coordinator)).statusCode, url).toBe(200);
    }
  });

  it('a published list with a region row without any amount is refused by line', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/v1/regios/${nml}/uitkeringen/importen?soort=spuk-iza`,
      headers: { ...financieel, 'content-type': 'text/csv' },
      payload: 'iza_regio,mandaathouder,mandaatgemeentecode,spuk_iza_2025_eur,spuk_iza_2026_eur\nNoord en Midden Limburg,Venlo,GM0983,,\n',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'regel 2: bedragen' });
  });
});

describe('begroting: nog meer foute invoer', () => {
  it('refuses a prognosis for an unknown line, adoption by an unknown body, and asks which budget when a year has two', async () => {
    const prognose = await send('PUT', `/api/v1/regios/${nml}/begrotingen/${begrotingId}/prognoses`, { regels: [{ code: 'X', prognoseCenten: 1 }] });
    expect(prognose.statusCode).toBe(400);
    expect(prognose.json().invalidParams[0].name).toBe('regels.0.code');
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!;
    // SPUK-IZA 2024 is fully budgeted: a second 2024 budget on it cannot take one cent more.
    const teveel = await send('POST', `/api/v1/regios/${nml}/begrotingen`, { jaar: 2024, naam: 'Extra 2024', uitkeringIds: [spuk.id], regels: [{ code: '1', omschrijving: 'x', bedragCenten: 1 }] });
    expect(teveel.statusCode).toBe(400);
    expect(gewoon(teveel.json().detail)).toContain('al € 4.747.850 begroot in Uitvoeringsplan 2024');
    const tweede = await send('POST', `/api/v1/regios/${nml}/begrotingen`, { jaar: 2025, naam: 'Extra 2025', uitkeringIds: [spuk.id], regels: [{ code: '1', omschrijving: 'x', bedragCenten: 100 }] });
    expect(tweede.statusCode).toBe(201);
    const onbekend = await send(
      'POST',
      `/api/v1/regios/${nml}/begrotingen/${tweede.json().id}/versies/1/vaststelling`,
      { vastgesteldOp: '2024-05-01', overlegorgaanId: '00000000-0000-4000-8000-000000000000', besluitReferentie: 'x' },
      coordinator,
    );
    expect(onbekend.json().invalidParams[0]).toMatchObject({ name: 'overlegorgaanId', reason: 'Geen overlegorgaan van deze regio' });
    const zonderKeuze = await get(`/api/v1/regios/${nml}/financieel-overzicht?jaar=2025`);
    expect(zonderKeuze.statusCode).toBe(400);
    expect(zonderKeuze.json().invalidParams[0].name).toBe('begrotingId');
    const metKeuze = await get(`/api/v1/regios/${nml}/financieel-overzicht?jaar=2025&begrotingId=${tweede.json().id}`);
    expect(metKeuze.json().begroting.naam).toBe('Extra 2025');
  });
});

describe('besluiten buiten het besluitenregister', () => {
  it('the financial adviser neither adopts a version nor records a PHO reallocation on the direct routes; nothing is written', async () => {
    const b2025 = ((await get(`/api/v1/regios/${nml}/begrotingen?jaar=2025`)).json().items as { id: string; naam: string }[]).find((b) => b.naam === 'Uitvoeringsplan 2025')!.id;
    const voor = { audit: await aantalAuditregels(), begroting: (await get(`/api/v1/regios/${nml}/begrotingen/${b2025}`)).json(), herverdelingen: (await get(`/api/v1/regios/${nml}/herverdelingen?begrotingId=${begrotingId}`)).json().totaal };
    expect(voor.begroting.versies.map((v: { status: string }) => v.status)).toEqual(['vastgesteld', 'concept']);

    const vaststellen = await send('POST', `/api/v1/regios/${nml}/begrotingen/${b2025}/versies/2/vaststelling`, { vastgesteldOp: '2025-06-18', overlegorgaanId: pho, besluitReferentie: 'PHO 18 juni 2025' });
    expect(vaststellen.statusCode).toBe(403);
    expect(vaststellen.json().detail).toBe(
      'Een begrotingsversie vaststellen is een besluit van het PHO: leg het vast als besluit in een vergadering van het PHO (Besluiten, Vergaderingen). Een besluit dat buiten Regiekamer is genomen, legt alleen de regiocoördinator hier vast.',
    );
    const herverdelen = await send('POST', `/api/v1/regios/${nml}/herverdelingen`, { begrotingId, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 100, overlegorgaanId: pho, besluitdatum: '2024-10-01', besluitReferentie: 'PHO 1 oktober 2024' });
    expect(herverdelen.statusCode).toBe(403);
    expect(herverdelen.json().detail).toContain('Herverdelen door het PHO is een besluit van het PHO');

    expect(await aantalAuditregels()).toBe(voor.audit);
    expect((await get(`/api/v1/regios/${nml}/begrotingen/${b2025}`)).json()).toEqual(voor.begroting);
    expect((await get(`/api/v1/regios/${nml}/herverdelingen?begrotingId=${begrotingId}`)).json().totaal).toBe(voor.herverdelingen);
  });
});

describe('reserveringen van aanvullende plannen', () => {
  // Line 6b of 2024 (€ 500.000) carries the approved "Beweegcoaches in de wijk" of the demo: € 150.000 reserved.
  const herverdeling = (vanRegelCode: string, naarRegelCode: string, bedragCenten: number, overlegorgaanId: string, headers = financieel) =>
    send('POST', `/api/v1/regios/${nml}/herverdelingen`, { begrotingId, vanRegelCode, naarRegelCode, bedragCenten, overlegorgaanId, besluitdatum: '2024-11-06', besluitReferentie: 'Besluit 6 november 2024' }, headers);
  const stand = async () => ({
    audit: await aantalAuditregels(),
    begroting: (await get(`/api/v1/regios/${nml}/begrotingen/${begrotingId}`)).json(),
    herverdelingen: (await get(`/api/v1/regios/${nml}/herverdelingen?begrotingId=${begrotingId}`)).json().totaal,
  });
  const regel = (b: { regels: { code: string; bedragCenten: number }[] }, code: string) => b.regels.find((r) => r.code === code)!.bedragCenten;

  it('refuses a PHO reallocation that leaves line 6b below its reservations; down to them is allowed', async () => {
    const voor = await stand();
    expect(regel(voor.begroting, '6b')).toBe(50_000_000);
    const r = await herverdeling('6b', '6a', 40_000_000, pho, coordinator);
    expect(r.statusCode).toBe(400);
    expect(gewoon(r.json().detail)).toBe('Regel 6b houdt € 100.000 en er is € 150.000 gereserveerd voor aanvullende plannen. Een regel houdt minstens wat goedgekeurde aanvullende plannen erop reserveren.');
    expect(r.json().invalidParams).toEqual([{ name: 'bedragCenten', code: 'onder-reservering', reason: r.json().detail }]);
    expect(await stand()).toEqual(voor);

    const tot = await herverdeling('6b', '6a', 35_000_000, pho, coordinator);
    expect(tot.statusCode, tot.body).toBe(201);
    expect(regel((await get(`/api/v1/regios/${nml}/begrotingen/${begrotingId}`)).json(), '6b')).toBe(15_000_000);
  });

  it('refuses a Kerngroep reallocation within its mandate that takes one cent of the reservations', async () => {
    const voor = await stand();
    const r = await herverdeling('6b', '6a', 1, kerngroep);
    expect(r.statusCode).toBe(400);
    expect(gewoon(r.json().detail)).toContain('Regel 6b houdt € 149.999,99 en er is € 150.000 gereserveerd voor aanvullende plannen');
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'bedragCenten', code: 'onder-reservering' });
    expect(await stand()).toEqual(voor);
  });

  it('refuses to adopt a version in which line 6b is below its reservations; the version stays concept', async () => {
    const huidig = (await get(`/api/v1/regios/${nml}/begrotingen/${begrotingId}`)).json();
    const regels = (huidig.regels as { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }[]).map((r) => ({
      code: r.code,
      omschrijving: r.omschrijving,
      taakNummer: r.taakNummer,
      bedragCenten: r.bedragCenten + (r.code === '6b' ? -5_000_000 : r.code === '6a' ? 5_000_000 : 0),
    }));
    const concept = await send('POST', `/api/v1/regios/${nml}/begrotingen/${begrotingId}/versies`, { toelichting: 'Minder voor aanvullende plannen', regels });
    expect(concept.statusCode, concept.body).toBe(201);
    const versie = concept.json().versies.at(-1).versie as number;
    const voor = await stand();
    const r = await send('POST', `/api/v1/regios/${nml}/begrotingen/${begrotingId}/versies/${versie}/vaststelling`, { vastgesteldOp: '2024-11-20', overlegorgaanId: pho, besluitReferentie: 'PHO 20 november 2024' }, coordinator);
    expect(r.statusCode).toBe(400);
    expect(gewoon(r.json().detail)).toBe('Regel 6b houdt € 100.000 en er is € 150.000 gereserveerd voor aanvullende plannen. Een regel houdt minstens wat goedgekeurde aanvullende plannen erop reserveren.');
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'regels', code: 'onder-reservering' });
    expect(await stand()).toEqual(voor);
    expect(voor.begroting.versies.at(-1)).toMatchObject({ versie, status: 'concept' });
  });

});

describe('een conceptversie die op de agenda staat', () => {
  it('refuses changing it while an agenda item proposes its adoption, naming the meeting and the item; nothing is written', async () => {
    const spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!;
    const gemaakt = await send('POST', `/api/v1/regios/${nml}/begrotingen`, {
      jaar: 2026,
      naam: 'Uitvoeringsplan 2026',
      uitkeringIds: [spuk.id],
      regels: [
        { code: '1', omschrijving: 'Projectbureau', taakNummer: 1, bedragCenten: 50_000_000 },
        { code: '3', omschrijving: 'Ketenaanpakken', taakNummer: 3, bedragCenten: 210_000_000 },
      ],
    });
    expect(gemaakt.statusCode, gemaakt.body).toBe(201);
    const id = gemaakt.json().id as string;
    const concept = gemaakt.json().versies[0] as { versie: number; status: string; regels: { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }[] };
    expect(concept).toMatchObject({ versie: 1, status: 'concept' });
    const v = await send('POST', `/api/v1/regios/${nml}/vergaderingen`, { overlegorgaanId: pho, datum: '2026-03-18', titel: 'PHO IZA 18 maart 2026' }, coordinator);
    expect(v.statusCode, v.body).toBe(201);
    const punten = `/api/v1/regios/${nml}/vergaderingen/${v.json().id}/agendapunten`;
    const a = await send('POST', punten, { titel: 'Begroting 2026', voorstel: { soort: 'begroting-vaststellen', begrotingId: id, versie: 1 } }, coordinator);
    expect(a.statusCode, a.body).toBe(201);
    const aId = a.json().agendapunten[0].id as string;

    const regels = concept.regels.map((r) => ({ code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer, bedragCenten: r.bedragCenten + (r.code === '1' ? 1_000_000 : -1_000_000) }));
    const voor = { audit: await aantalAuditregels(), begroting: (await get(`/api/v1/regios/${nml}/begrotingen/${id}`)).json() };
    const r = await send('PUT', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1`, { regels });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toBe(
      'Versie 1 staat ter vaststelling op de agenda van de vergadering "PHO IZA 18 maart 2026" van Portefeuillehoudersoverleg (PHO) IZA op 18 maart 2026, ' +
        'agendapunt "Begroting 2026" (de stemming is nog niet geopend). Zolang daarover niet is besloten, verandert deze versie niet: wacht het besluit af, of haal het voorstel eerst van de agenda.',
    );
    // Nor is it adopted beside the meeting, by the direct route.
    const naast = await send('POST', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1/vaststelling`, { vastgesteldOp: '2026-03-11', overlegorgaanId: pho, besluitReferentie: 'PHO 11 maart 2026' }, coordinator);
    expect(naast.statusCode).toBe(409);
    expect(naast.json().detail).toBe(r.json().detail);
    expect({ audit: await aantalAuditregels(), begroting: (await get(`/api/v1/regios/${nml}/begrotingen/${id}`)).json() }).toEqual(voor);

    // Off the agenda, the concept can change again.
    expect((await send('DELETE', `${punten}/${aId}`, undefined, coordinator)).statusCode).toBe(200);
    const nu = await send('PUT', `/api/v1/regios/${nml}/begrotingen/${id}/versies/1`, { regels });
    expect(nu.statusCode, nu.body).toBe(200);
    expect(nu.json().versies[0].regels.find((x: { code: string }) => x.code === '1').bedragCenten).toBe(51_000_000);
  });
});
