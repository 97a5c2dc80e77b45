import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let financieel: Record<string, string>;
beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  financieel = await t.aanmelden('financieel@regiekamer.demo');
});
afterAll(() => t.close());

const post = (pad: string, payload: unknown, headers = financieel) => t.app.inject({ method: 'POST', url: `/api/v1/regios/${nml}/${pad}`, headers, payload: payload as object });
const aantalAuditregels = async () => Number(((await t.db.execute(sql`select count(*)::int as n from auditregel`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const namen = (r: { json: () => { invalidParams?: { name: string }[] } }) => (r.json().invalidParams ?? []).map((p) => p.name);

describe('uitkeringen: foute invoer wordt per veld genoemd en schrijft niets', () => {
  it('refuses years the wrong way round, amounts outside the term or twice, an unknown recipient and a duplicate name', async () => {
    const voor = await aantalAuditregels();
    const r = await post('uitkeringen', {
      soort: 'spuk-dos',
      naam: 'SPUK-DOS Venlo',
      ontvangerGemeentecode: 'GM0392',
      eersteJaar: 2026,
      laatsteJaar: 2024,
      bedragen: [
        { jaar: 2027, bedragCenten: 100 },
        { jaar: 2027, bedragCenten: 200 },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['laatsteJaar', 'bedragen.0.jaar', 'bedragen.1.jaar', 'bedragen.1.jaar', 'ontvangerGemeentecode']);
    const dubbel = await post('uitkeringen', { soort: 'spuk-iza', naam: 'SPUK-IZA', eersteJaar: 2024, laatsteJaar: 2026 });
    expect(dubbel.statusCode).toBe(409);
    const soort = await post('uitkeringen', { soort: 'subsidie', naam: 'X', eersteJaar: 2024, laatsteJaar: 2024, bedragen: [{ jaar: 2024, bedragCenten: 1.5 }] });
    expect(namen(soort)).toEqual(['soort', 'bedragen.0.bedragCenten']);
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('refuses fixed shares with an unknown or repeated municipality', async () => {
    const voor = await aantalAuditregels();
    const r = await post('verdeelsleutels', {
      naam: 'Vast',
      lokaleVerdeling: 'vast',
      doelen: [{ doel: 'lokaal', aandeelBasispunten: 10000, lokaal: true }],
      gemeenten: [
        { gemeentecode: 'GM0983', aandeelBasispunten: 5000 },
        { gemeentecode: 'GM0983', aandeelBasispunten: 2500 },
        { gemeentecode: 'GM0392', aandeelBasispunten: 2500 },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['gemeenten.1.gemeentecode', 'gemeenten.2.gemeentecode']);
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('refuses an import layout it does not know and a file without the region’s row', async () => {
    const onbekend = await t.app.inject({ method: 'POST', url: `/api/v1/regios/${nml}/uitkeringen/importen?soort=anders`, headers: { ...financieel, 'content-type': 'text/csv' }, payload: 'a\n1\n' });
    expect(namen(onbekend)).toEqual(['soort']);
    const geenRegel = await t.app.inject({
      method: 'POST',
      url: `/api/v1/regios/${nml}/uitkeringen/importen?soort=spuk-iza`,
      headers: { ...financieel, 'content-type': 'text/csv' },
      payload: 'iza_regio,mandaathouder,mandaatgemeentecode,spuk_iza_2025_eur\nKennemerland,Haarlem,GM0392,2860103\n',
    });
    expect(geenRegel.statusCode).toBe(400);
    expect(geenRegel.json().invalidParams[0].reason).toContain('mandaatgemeente van deze regio');
  });
});

describe('meerjarenraming, SiSa, activiteiten en tokens: foute invoer', () => {
  it('refuses a commitment ending before it starts, a negative cost, and duplicate SiSa codes; only a beheerder sets SiSa codes', async () => {
    const voor = await aantalAuditregels();
    const verplichting = await post('structurele-verplichtingen', { omschrijving: 'x', bedragPerJaarCenten: 100, vanafJaar: 2027, totJaar: 2025 });
    expect(namen(verplichting)).toEqual(['totJaar']);
    const activiteit = await post('activiteiten', { naam: 'x', kostenCenten: -1 });
    expect(namen(activiteit)).toEqual(['kostenCenten']);
    const set = { indicatoren: [{ code: 'A1', label: 'a', controle: 'Ja', grootheid: 'cumulatief' }, { code: 'A1', label: 'b', controle: 'Ja', grootheid: 'besteding-jaar' }] };
    const doorFinancieel = await t.app.inject({ method: 'PUT', url: '/api/v1/sisa-indicatoren?regeling=spuk-iza&jaar=2025', headers: financieel, payload: set });
    expect(doorFinancieel.statusCode).toBe(403);
    const beheerder = await t.aanmelden('beheerder@regiekamer.demo');
    const dubbel = await t.app.inject({ method: 'PUT', url: '/api/v1/sisa-indicatoren?regeling=spuk-iza&jaar=2025', headers: beheerder, payload: set });
    expect(namen(dubbel)).toEqual(['indicatoren.1.code']);
    const token = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: financieel, payload: { naam: '  ' } });
    expect(namen(token)).toEqual(['naam']);
    expect(await aantalAuditregels()).toBe(voor);
  });
});

describe('historie van een uitkering', () => {
  it('answers the history of a grant (every kind a feature writes can be asked for) and names a malformed kind', async () => {
    const r = await post('uitkeringen', { soort: 'spuk-dos', naam: 'SPUK-DOS historie', eersteJaar: 2025, laatsteJaar: 2025, bedragen: [{ jaar: 2025, bedragCenten: 100_000 }] });
    expect(r.statusCode).toBe(201);
    const h = await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/historie?soort=uitkering&itemId=${r.json().id}`, headers: financieel });
    expect(h.statusCode).toBe(200);
    expect(h.json().items.map((x: { actie: string }) => x.actie)).toEqual(['aangemaakt']);
    const fout = await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/historie?soort=Geen%20Soort`, headers: financieel });
    expect(fout.statusCode).toBe(400);
    expect(namen(fout)).toEqual(['soort']);
  });
});
