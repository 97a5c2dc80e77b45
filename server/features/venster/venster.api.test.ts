import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Record<string, string>;
let lezer: Record<string, string>;
let venray: Record<string, string>;
let vgz: Record<string, string>;
let ggd: Record<string, string>;
let organisaties: { id: string; naam: string }[];
let vragen2024: { id: string; vraag: string; schaalMin: number; schaalMax: number }[];

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, lezer, venray, vgz] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
    t.aanmelden('partner.vgz@regiekamer.demo'),
  ]);
  const { maakGebruiker } = await import('../gebruikers/gebruikers.service');
  await maakGebruiker(t.db, null, { email: 'partner.ggd@regiekamer.test', wachtwoord: 'wachtwoord-ggd-nl', rol: 'partner', regio: 'Noord- en Midden-Limburg', organisatie: 'GGD Limburg-Noord' });
  ggd = await t.aanmelden('partner.ggd@regiekamer.test', 'wachtwoord-ggd-nl');
  organisaties = (await get(`/api/v1/regios/${nml}/organisaties`)).json().items;
  vragen2024 = (await get(`${pad()}/vragen?jaar=2024`)).json().items;
});
afterAll(() => t.close());

const pad = (regio = nml) => `/api/v1/regios/${regio}/venster`;
const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
const get = (url: string, headers = coordinator) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = coordinator) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const tel = async (tabel: string) => Number(((await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const tellingen = async () => [await tel('venster_antwoord'), await tel('venster_score'), await tel('auditregel')];
const namen = (r: { json(): { invalidParams: { name: string }[] } }) => r.json().invalidParams.map((p) => p.name).sort();
const scores = (...waarden: number[]) => Object.fromEntries(vragen2024.map((v, i) => [v.id, waarden[i]!]));
type Resultaat = { jaar: number; vraagId: string; gemiddelde: number | null; aantal: number; min: number | null; max: number | null };
const resultaat = async (vraagId: string) => ((await get(pad(), lezer)).json().resultaten as Resultaat[]).find((r) => r.vraagId === vraagId)!;

describe('het Venster van de demoregio', () => {
  it('has questions for 2023 and 2024 and per question per year the average (one decimal), count, min and max', async () => {
    const { jaren, resultaten } = (await get(pad(), lezer)).json() as { jaren: number[]; resultaten: Resultaat[] };
    expect(jaren).toEqual([2023, 2024]);
    expect(resultaten).toHaveLength(6);
    expect(vragen2024.map((v) => [v.schaalMin, v.schaalMax])).toEqual([
      [1, 10],
      [1, 5],
      [1, 5],
    ]);
    // 2024, question 1: 8, 7, 7, 8, 6 → 7.2; 2023, question 2: 3, 3, 2, 3 → 2.75 → 2.8 (rounded by the database).
    expect(await resultaat(vragen2024[0]!.id)).toMatchObject({ jaar: 2024, gemiddelde: 7.2, aantal: 5, min: 6, max: 8 });
    expect(resultaten.filter((r) => r.jaar === 2023)[1]).toMatchObject({ gemiddelde: 2.8, aantal: 4, min: 2, max: 3 });
  });

  it('lists the municipalities and insurers of the region, and who has responded', async () => {
    const { items } = (await get(`${pad()}/respondenten?jaar=2024`, lezer)).json();
    expect(items).toHaveLength(16);
    expect(items.filter((r: { antwoordId: string | null }) => r.antwoordId).map((r: { naam: string }) => r.naam).sort()).toEqual(['CZ', 'Roermond', 'VGZ', 'Venlo', 'Weert']);
    expect(items.find((r: { naam: string }) => r.naam === 'GGD Limburg-Noord')).toBeUndefined();
  });
});

describe('het Venster invullen', () => {
  it("Venray's officer fills it in for Venray; the results change; sending again replaces it; audited", async () => {
    const r = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0984', scores: scores(10, 5, 4), opmerking: 'Goede samenwerking.' }, venray);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ jaar: 2024, respondent: { naam: 'Venray', gemeentecode: 'GM0984' }, opmerking: 'Goede samenwerking.' });
    // 8, 7, 7, 8, 6, 10 → 46 / 6 = 7.67 → 7.7
    expect(await resultaat(vragen2024[0]!.id)).toMatchObject({ gemiddelde: 7.7, aantal: 6, min: 6, max: 10 });
    const opnieuw = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0984', scores: scores(9, 5, 4) }, venray);
    expect(opnieuw.statusCode).toBe(200);
    expect(opnieuw.json().id).toBe(r.json().id);
    expect(await resultaat(vragen2024[0]!.id)).toMatchObject({ gemiddelde: 7.5, aantal: 6, max: 9 });
    const audit = (await t.db.execute(sql`select actie, na from auditregel where soort = 'vensterantwoord' and item_id = ${r.json().id} order by id`)) as unknown as {
      rows: { actie: string; na: { respondent: string; scores: Record<string, number> } }[];
    };
    expect(audit.rows.map((a) => a.actie)).toEqual(['aangemaakt', 'gewijzigd']);
    expect(audit.rows[1]!.na.respondent).toBe('Venray');
    expect(audit.rows[1]!.na.scores[vragen2024[0]!.vraag]).toBe(9);
  });

  it('names each score outside its scale by its question, and writes nothing', async () => {
    const voor = await tellingen();
    const r = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0983', scores: scores(11, 0, 3) });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual([`scores.${vragen2024[0]!.id}`, `scores.${vragen2024[1]!.id}`].sort());
    expect(r.json().invalidParams[0].reason).toContain('buiten de schaal van 1 tot en met');
    const ontbreekt = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0983', scores: { [vragen2024[0]!.id]: 5 } });
    expect(namen(ontbreekt)).toEqual([`scores.${vragen2024[1]!.id}`, `scores.${vragen2024[2]!.id}`].sort());
    const vorigJaar = (await get(`${pad()}/vragen?jaar=2023`)).json().items[0].id;
    const anderJaar = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0983', scores: { ...scores(5, 3, 3), [vorigJaar]: 5 } });
    expect(namen(anderJaar)).toEqual([`scores.${vorigJaar}`]);
    expect(namen(await send('POST', `${pad()}/antwoorden`, { jaar: 2031, gemeentecode: 'GM0983', scores: {} }))).toEqual(['jaar']);
    expect(await tellingen()).toEqual(voor);
  });

  it("refuses Venray's officer for another municipality, a partner for another insurer, and a partner that is no insurer", async () => {
    const voor = await tellingen();
    const venlo = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0983', scores: scores(5, 3, 3) }, venray);
    expect(venlo.statusCode).toBe(403);
    expect(venlo.json().detail).toContain('Venlo');
    expect((await send('POST', `${pad()}/antwoorden`, { jaar: 2024, organisatieId: org('CZ'), scores: scores(5, 3, 3) }, vgz)).statusCode).toBe(403);
    const geenVerzekeraar = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, organisatieId: org('GGD Limburg-Noord'), scores: scores(5, 3, 3) }, ggd);
    expect(geenVerzekeraar.statusCode).toBe(400);
    expect(namen(geenVerzekeraar)).toEqual(['organisatieId']);
    expect(geenVerzekeraar.json().invalidParams[0].reason).toContain('geen zorgverzekeraar');
    expect((await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0984', scores: scores(5, 3, 3) }, lezer)).statusCode).toBe(403);
    expect(namen(await send('POST', `${pad()}/antwoorden`, { jaar: 2024, scores: scores(5, 3, 3) }))).toEqual(['gemeentecode', 'organisatieId']);
    expect(await tellingen()).toEqual(voor);
  });

  it('lets the partner of an insurer answer for its own organisation', async () => {
    const r = await send('POST', `${pad()}/antwoorden`, { jaar: 2024, organisatieId: org('VGZ'), scores: scores(9, 4, 4) }, vgz);
    expect(r.statusCode).toBe(200);
    expect(r.json().respondent).toMatchObject({ soort: 'zorgverzekeraar', naam: 'VGZ' });
  });
});

describe('de vragen beheren', () => {
  it('the coordinator adds, rewords and removes a question of a year, audited; a reader cannot', async () => {
    expect((await send('POST', `${pad()}/vragen`, { jaar: 2025, vraag: 'x', schaalMin: 1, schaalMax: 5 }, lezer)).statusCode).toBe(403);
    expect((await send('POST', `${pad()}/vragen`, { jaar: 2025, vraag: 'x', schaalMin: 1, schaalMax: 5 }, venray)).statusCode).toBe(403);
    const r = await send('POST', `${pad()}/vragen`, { jaar: 2025, vraag: 'Hoe tevreden bent u?', volgorde: 1, schaalMin: 1, schaalMax: 10 });
    expect(r.statusCode).toBe(201);
    const id = r.json().id;
    expect((await send('POST', `${pad()}/vragen`, { jaar: 2025, vraag: 'Hoe tevreden bent u?', schaalMin: 1, schaalMax: 10 })).statusCode).toBe(409);
    expect((await send('PATCH', `${pad()}/vragen/${id}`, { vraag: 'Hoe tevreden bent u over de regio?' })).json().vraag).toBe('Hoe tevreden bent u over de regio?');
    expect((await send('DELETE', `${pad()}/vragen/${id}`)).statusCode).toBe(204);
    const audit = (await t.db.execute(sql`select actie from auditregel where soort = 'venstervraag' and item_id = ${id} order by id`)) as unknown as { rows: { actie: string }[] };
    expect(audit.rows.map((a) => a.actie)).toEqual(['aangemaakt', 'gewijzigd', 'verwijderd']);
  });

  it('names a bad scale and keeps answered questions and their scale intact', async () => {
    const voor = await tel('venster_vraag');
    const r = await send('POST', `${pad()}/vragen`, { jaar: 1999, vraag: '', schaalMin: 5, schaalMax: 5 });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['jaar', 'schaalMax', 'vraag']);
    expect(await tel('venster_vraag')).toBe(voor);
    const beantwoord = vragen2024[0]!.id;
    expect((await send('PATCH', `${pad()}/vragen/${beantwoord}`, { schaalMax: 5 })).statusCode).toBe(409);
    expect(namen(await send('PATCH', `${pad()}/vragen/${beantwoord}`, { schaalMin: 10 }))).toEqual(['schaalMax']);
    expect((await send('DELETE', `${pad()}/vragen/${beantwoord}`)).statusCode).toBe(409);
    expect((await get(`${pad()}/vragen?jaar=2024`)).json().items[0]).toMatchObject({ schaalMin: 1, schaalMax: 10 });
  });

  it("another region's ids are unknown: 404 for a question, invalid for a respondent", async () => {
    const id = vragen2024[0]!.id;
    expect((await get(`${pad()}/vragen/${id}`, lezer)).json().vraag).toBe(vragen2024[0]!.vraag);
    expect((await get(`${pad(zk)}/vragen/${id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `${pad(zk)}/vragen/${id}`, { vraag: 'x' })).statusCode).toBe(404);
    expect((await send('DELETE', `${pad(zk)}/vragen/${id}`)).statusCode).toBe(404);
    expect((await get(pad(zk))).json()).toEqual({ jaren: [], resultaten: [] });
    const zkOrg = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items[0].id;
    expect(namen(await send('POST', `${pad()}/antwoorden`, { jaar: 2024, organisatieId: zkOrg, scores: scores(5, 3, 3) }))).toEqual(['organisatieId']);
    expect(namen(await send('POST', `${pad()}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0392', scores: scores(5, 3, 3) }))).toEqual(['gemeentecode']);
    // Questions of NML scored through Zuid-Kennemerland's Venster are not its questions.
    expect((await send('POST', `${pad(zk)}/antwoorden`, { jaar: 2024, gemeentecode: 'GM0392', scores: scores(5, 3, 3) })).statusCode).toBe(400);
  });
});
