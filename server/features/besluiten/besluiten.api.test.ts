import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let kennemerland: string;
let coordinator: Record<string, string>;
let pho: string;
let kerngroep: string;
let begroting2024: string;
let uitkeringId: string;
/** The PHO's fourteen municipality seats: lidId and gemeentecode. */
let zetels: { lidId: string; gemeentecode: string; naam: string }[];

const gewoon = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const VENLO = 'GM0983';
const VENRAY = 'GM0984';

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  kennemerland = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  const organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; soort: string }[];
  pho = organen.find((o) => o.soort === 'pho')!.id;
  kerngroep = organen.find((o) => o.soort === 'kerngroep')!.id;
  begroting2024 = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items[0].id;
  uitkeringId = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!.id;
  const leden = (await get(`/api/v1/regios/${nml}/overlegorganen/${pho}`)).json().leden as { id: string; gemeente: { gemeentecode: string; naam: string } | null }[];
  zetels = leden.filter((l) => l.gemeente).map((l) => ({ lidId: l.id, gemeentecode: l.gemeente!.gemeentecode, naam: l.gemeente!.naam }));
});
afterAll(() => t.close());

function get(url: string, headers = coordinator) {
  return t.app.inject({ method: 'GET', url, headers });
}
const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = coordinator) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const telling = async (tabel: string) => Number(((await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const namen = (r: { json: () => { invalidParams?: { name: string }[] } }) => (r.json().invalidParams ?? []).map((p) => p.name);

const vergaderingen = (regio = nml) => `/api/v1/regios/${regio}/vergaderingen`;

async function vergadering(overlegorgaanId: string, datum: string, titel = 'Vergadering') {
  const r = await send('POST', vergaderingen(), { overlegorgaanId, datum, titel });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}
async function agendapunt(vergaderingId: string, titel: string, voorstel: unknown) {
  const r = await send('POST', `${vergaderingen()}/${vergaderingId}/agendapunten`, { titel, voorstel });
  expect(r.statusCode, r.body).toBe(201);
  return (r.json().agendapunten as { id: string; titel: string }[]).find((a) => a.titel === titel)!.id;
}
const allen = () => ({ aanwezigeLidIds: zetels.map((z) => z.lidId) });
const iedereenVoor = (behalve: Record<string, 'tegen' | 'onthouding'> = {}) => ({
  stemmen: zetels.map((z) => ({ gemeentecode: z.gemeentecode, keuze: behalve[z.gemeentecode] ?? 'voor' })),
});
/** Presence (all), open the vote, everybody votes: the usual path to a decision. */
async function stemAlles(vergaderingId: string, agendapuntId: string, behalve: Record<string, 'tegen' | 'onthouding'> = {}) {
  const pad = `${vergaderingen()}/${vergaderingId}`;
  expect((await send('PUT', `${pad}/aanwezigheid`, allen())).statusCode).toBe(200);
  expect((await send('POST', `${pad}/agendapunten/${agendapuntId}/stemming`)).statusCode).toBe(200);
  const r = await send('POST', `${pad}/agendapunten/${agendapuntId}/stemming/stemmen`, iedereenVoor(behalve));
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
const besluitVan = (vergaderingId: string, agendapuntId: string, body: unknown = {}, headers = coordinator) =>
  send('POST', `${vergaderingen()}/${vergaderingId}/agendapunten/${agendapuntId}/besluit`, body, headers);

describe('de demo: het PHO van 20 maart 2024', () => {
  it('held, with the plan and the budget 2024 adopted by consensus and linked to what they changed', async () => {
    const lijst = (await get(vergaderingen())).json();
    expect(lijst.items).toHaveLength(1);
    expect(lijst.items[0]).toMatchObject({ datum: '2024-03-20', status: 'gehouden', aantalAgendapunten: 2, aantalBesluiten: 2, overlegorgaan: { id: pho } });
    const besluiten = (await get(`/api/v1/regios/${nml}/besluiten?jaar=2024&overlegorgaanId=${pho}`)).json();
    expect(besluiten.items.map((b: { nummer: string }) => b.nummer)).toEqual(['PHO 2024-02', 'PHO 2024-01']);
    const begroting = besluiten.items[0];
    expect(begroting).toMatchObject({ uitkomst: 'aangenomen', wijze: 'consensus', aantalVoor: 14, aantalTegen: 0, gevolg: { soort: 'begrotingsversie', versie: 1 } });
    const b = (await get(`/api/v1/regios/${nml}/begrotingen/${begroting2024}`)).json();
    expect(b.versies[0]).toMatchObject({ versie: 1, status: 'vastgesteld', besluitId: begroting.id });

    const plan = ((await t.db.execute(sql`select besluit_id as "besluitId" from uitvoeringsplan where regio_id = ${nml} and jaar = 2024 and status = 'vastgesteld'`)) as unknown as { rows: { besluitId: string }[] }).rows;
    expect(plan).toEqual([{ besluitId: besluiten.items[1].id }]);
    expect(besluiten.items[1]).toMatchObject({ voorstel: { soort: 'uitvoeringsplan-vaststellen' }, gevolg: { soort: 'uitvoeringsplan' } });
    const detail = (await get(`/api/v1/regios/${nml}/besluiten/${besluiten.items[1].id}`)).json();
    expect(detail.zetels).toHaveLength(14);
    expect(detail.standpunten).toEqual([expect.objectContaining({ gemeente: { gemeentecode: VENRAY, naam: 'Venray' }, standpunt: 'akkoord' })]);
    expect(detail.toelichting).toContain('ter illustratie');
  });
});

describe('de hele stemming: het PHO met veertien zetels, één gemeente tegen, de begroting 2024 vastgesteld', () => {
  let vId: string;
  let aId: string;
  let pad: string;

  it('prepares a concept version 2 within the grant and puts its adoption on the agenda', async () => {
    const b = (await get(`/api/v1/regios/${nml}/begrotingen/${begroting2024}`)).json();
    const regels = (b.regels as { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }[]).map((r) => ({
      code: r.code,
      omschrijving: r.omschrijving,
      taakNummer: r.taakNummer,
      bedragCenten: r.bedragCenten + (r.code === 'M' ? 1_000_000 : r.code === 'G' ? -1_000_000 : 0),
    }));
    const concept = await send('POST', `/api/v1/regios/${nml}/begrotingen/${begroting2024}/versies`, { toelichting: 'Bijstelling: € 10.000 van G naar monitoring', regels });
    expect(concept.statusCode, concept.body).toBe(201);
    vId = await vergadering(pho, '2024-09-18', 'PHO IZA 18 september 2024');
    pad = `${vergaderingen()}/${vId}`;
    aId = await agendapunt(vId, 'Bijstelling begroting 2024', { soort: 'begroting-vaststellen', begrotingId: begroting2024, versie: 2, beslispunt: 'Het PHO stelt versie 2 vast.' });
    const v = (await get(pad)).json();
    expect(v).toMatchObject({ status: 'gepland', metStemming: true, aanwezigheidVastgelegd: false });
    expect(v.zetels.filter((z: { stemgerechtigd: boolean }) => z.stemgerechtigd)).toHaveLength(14);
    expect(v.agendapunten[0]).toMatchObject({ status: 'open', voorstel: { soort: 'begroting-vaststellen', versie: 2, omschrijving: 'Versie 2 van Uitvoeringsplan 2024 "Samen sterk voor gezondheid" vaststellen' } });
  });

  it("Venray's officer records Venray's college position, not Venlo's; Venlo's alderman records Venlo's", async () => {
    const venray = await t.aanmelden('beleidsadviseur.venray@regiekamer.demo');
    const standpunt = { standpunt: 'akkoord', collegebesluitOp: '2024-09-03', referentie: 'Collegebesluit Venray 2024-0903' };
    const voor = await telling('auditregel');
    const voorVenlo = await send('PUT', `${pad}/agendapunten/${aId}/standpunten/${VENLO}`, standpunt, venray);
    expect(voorVenlo.statusCode).toBe(403);
    expect(voorVenlo.json().detail).toContain('niet dat van Venlo');
    expect(await telling('auditregel')).toBe(voor);
    const eigen = await send('PUT', `${pad}/agendapunten/${aId}/standpunten/${VENRAY}`, standpunt, venray);
    expect(eigen.statusCode, eigen.body).toBe(200);

    const wethouder = await t.aanmelden('wethouder.venlo@regiekamer.demo');
    const nietAkkoord = await send('PUT', `${pad}/agendapunten/${aId}/standpunten/${VENLO}`, { standpunt: 'niet-akkoord', collegebesluitOp: '2024-09-10', referentie: 'B&W Venlo 10-9-2024' }, wethouder);
    expect(nietAkkoord.statusCode, nietAkkoord.body).toBe(200);
    const punt = nietAkkoord.json().agendapunten[0];
    expect(punt.standpunten.items.map((s: { gemeente: { naam: string }; standpunt: string }) => `${s.gemeente.naam}: ${s.standpunt}`)).toEqual(['Venlo: niet-akkoord', 'Venray: akkoord']);
    expect(punt.standpunten.risico).toBe('Venlo kan worden overstemd: het college is niet akkoord, 1 van de 14 colleges wel (12 nog onbekend). Zonder consensus beslist de meerderheid.');
    expect(await telling('auditregel')).toBe(voor + 2);
  });

  it('refuses a position decided after the meeting, and a position from a reader or partner', async () => {
    const late = await send('PUT', `${pad}/agendapunten/${aId}/standpunten/${VENRAY}`, { standpunt: 'akkoord', collegebesluitOp: '2024-09-19', referentie: 'x' });
    expect(late.statusCode).toBe(400);
    expect(late.json().invalidParams).toEqual([{ name: 'collegebesluitOp', code: 'na-vergadering', reason: 'Het college besluit vóór de vergadering van 18 september 2024' }]);
    for (const email of ['lezer@regiekamer.demo', 'partner.vgz@regiekamer.demo']) {
      const r = await send('PUT', `${pad}/agendapunten/${aId}/standpunten/${VENRAY}`, { standpunt: 'akkoord', collegebesluitOp: '2024-09-03', referentie: 'x' }, await t.aanmelden(email));
      expect(r.statusCode, email).toBe(403);
    }
  });

  it('refuses votes before the vote is opened, and opening before presence is recorded', async () => {
    const vroeg = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, iedereenVoor());
    expect(vroeg.statusCode).toBe(409);
    expect(vroeg.json().detail).toContain('nog niet geopend');
    const zonderAanwezigheid = await send('POST', `${pad}/agendapunten/${aId}/stemming`);
    expect(zonderAanwezigheid.statusCode).toBe(409);
    expect(zonderAanwezigheid.json().detail).toContain('Leg eerst de aanwezigheid vast');
  });

  it('opens the vote with all fourteen present: the rules are locked on the item', async () => {
    expect((await send('PUT', `${pad}/aanwezigheid`, allen())).statusCode).toBe(200);
    const r = await send('POST', `${pad}/agendapunten/${aId}/stemming`);
    expect(r.statusCode, r.body).toBe(200);
    const punt = r.json().agendapunten[0];
    expect(punt.status).toBe('in-stemming');
    expect(punt.stemming.regels).toEqual({ consensusEerst: true, quorumBasispunten: 5000, meerderheidBasispunten: 5000 });
    expect(punt.stemming.zetels).toHaveLength(14);
    expect(punt.stemming.uitslag).toMatchObject({ soort: 'onvolledig' });
    // The body's rule changes after opening: a 95 % majority would reject 13 of 14.
    const strenger = await send('PATCH', `/api/v1/regios/${nml}/overlegorganen/${pho}`, { besluitregels: { meerderheidBasispunten: 9500 } });
    expect(strenger.statusCode).toBe(200);
  });

  it('refuses a vote by a municipality without a seat, names every refused vote, and writes none', async () => {
    const voor = await telling('auditregel');
    const r = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, {
      stemmen: [
        { gemeentecode: VENRAY, keuze: 'voor' },
        { gemeentecode: 'GM0392', keuze: 'voor' },
        { gemeentecode: VENRAY, keuze: 'tegen' },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([
      { name: 'stemmen.1.gemeentecode', code: 'geen-zetel', reason: 'GM0392 heeft geen stemgerechtigde zetel in Portefeuillehoudersoverleg (PHO) IZA' },
      { name: 'stemmen.2.gemeentecode', code: 'dubbel', reason: 'Venray staat er twee keer in: één stem per gemeente' },
    ]);
    expect(await telling('auditregel')).toBe(voor);
    const punt = (await get(pad)).json().agendapunten[0];
    expect(punt.stemming.zetels.every((z: { keuze: string | null }) => z.keuze === null)).toBe(true);
  });

  it('records fourteen votes, Venlo against: adopted by majority with the locked rule, Venlo outvoted', async () => {
    const v = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, iedereenVoor({ [VENLO]: 'tegen' }));
    expect(v.statusCode, v.body).toBe(200);
    const uitslag = v.json().agendapunten[0].stemming.uitslag;
    expect(uitslag).toMatchObject({ soort: 'besloten', uitkomst: 'aangenomen', wijze: 'meerderheid', overstemd: [{ gemeentecode: VENLO, naam: 'Venlo' }] });
    expect(uitslag.voor).toHaveLength(13);
  });

  it('refuses a second vote by the same seat', async () => {
    const voor = await telling('auditregel');
    const r = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, { stemmen: [{ gemeentecode: VENRAY, keuze: 'tegen' }] });
    expect(r.statusCode).toBe(409);
    expect(r.json().invalidParams).toEqual([{ name: 'stemmen.0.gemeentecode', code: 'al-gestemd', reason: 'Venray heeft al gestemd (voor); een stem verandert niet meer' }]);
    expect(await telling('auditregel')).toBe(voor);
  });

  it('closes: decision PHO 2024-03, and the budget version 2 is adopted in the same transaction, linked to it', async () => {
    const r = await besluitVan(vId, aId);
    expect(r.statusCode, r.body).toBe(201);
    const b = r.json();
    expect(b).toMatchObject({
      nummer: 'PHO 2024-03',
      datum: '2024-09-18',
      uitkomst: 'aangenomen',
      wijze: 'meerderheid',
      aantalVoor: 13,
      aantalTegen: 1,
      aantalOnthouding: 0,
      aantalAfwezig: 0,
      referentie: 'PHO 18 september 2024, besluit 2024-03',
      regels: { meerderheidBasispunten: 5000 },
      overstemd: [{ gemeentecode: VENLO, naam: 'Venlo' }],
      gevolg: { soort: 'begrotingsversie', versie: 2, begroting: { id: begroting2024 } },
    });
    expect(b.toelichting).toContain('Overstemd: Venlo.');
    expect(b.zetels.find((z: { gemeente: { gemeentecode: string } }) => z.gemeente.gemeentecode === VENLO).keuze).toBe('tegen');
    const begroting = (await get(`/api/v1/regios/${nml}/begrotingen/${begroting2024}`)).json();
    expect(begroting).toMatchObject({ status: 'bijgesteld', versie: 2, totaalCenten: 474_785_000 });
    expect(begroting.versies.map((x: { status: string }) => x.status)).toEqual(['vervallen', 'vastgesteld']);
    expect(begroting.versies[1]).toMatchObject({ besluitId: b.id, vastgesteldOp: '2024-09-18', besluitReferentie: 'PHO 18 september 2024, besluit 2024-03', vastgesteldDoor: { id: pho } });
    const v = (await get(pad)).json();
    expect(v.status).toBe('gehouden');
    expect(v.agendapunten[0]).toMatchObject({ status: 'besloten', besluit: { id: b.id, nummer: 'PHO 2024-03' } });
    // Written with its audit rows: the decision, the version adopted, the meeting held.
    const audit = ((await t.db.execute(sql`select soort, omschrijving from auditregel where item_id = ${b.id} or (soort = 'begrotingsversie' and omschrijving = 'versie 2 vastgesteld')`)) as unknown as { rows: { soort: string }[] }).rows;
    expect(audit.map((a) => a.soort).sort()).toEqual(['begrotingsversie', 'besluit']);
    await send('PATCH', `/api/v1/regios/${nml}/overlegorganen/${pho}`, { besluitregels: { meerderheidBasispunten: 5000 } });
  });

  it('refuses a vote, a new opening and a second decision after the item closed', async () => {
    const voor = await telling('auditregel');
    const stem = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, { stemmen: [{ gemeentecode: VENLO, keuze: 'voor' }] });
    expect(stem.statusCode).toBe(409);
    expect(stem.json().detail).toBe('De stemming over "Bijstelling begroting 2024" is gesloten (PHO 2024-03); er kan niet meer worden gestemd.');
    expect((await send('POST', `${pad}/agendapunten/${aId}/stemming`)).statusCode).toBe(409);
    expect((await besluitVan(vId, aId)).statusCode).toBe(409);
    expect((await send('PATCH', `${pad}/agendapunten/${aId}`, { titel: 'Anders' })).statusCode).toBe(409);
    expect((await send('DELETE', pad)).statusCode).toBe(409);
    expect(await telling('auditregel')).toBe(voor);
  });

  it('lists the decision in the besluitenlijst and exports it as a real .xlsx with the votes per municipality', async () => {
    const lijst = (await get(`/api/v1/regios/${nml}/besluiten?jaar=2024&overlegorgaanId=${pho}`)).json();
    expect(lijst.items[0]).toMatchObject({ nummer: 'PHO 2024-03', gevolg: { omschrijving: 'Versie 2 van Uitvoeringsplan 2024 "Samen sterk voor gezondheid" vastgesteld' } });
    const x = await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/besluiten/export?jaar=2024`, headers: coordinator });
    expect(x.statusCode).toBe(200);
    expect(x.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    const blad = boek.getWorksheet('Besluitenlijst')!;
    expect(blad.getCell('A1').value).toBe('Nummer');
    expect(blad.getCell('A2').value).toBe('PHO 2024-03');
    expect(blad.getCell('H2').value).toBe(13);
    expect((blad.getCell('B2').value as Date).toISOString()).toBe('2024-09-18T00:00:00.000Z');
    const stemmen = boek.getWorksheet('Stemmen per gemeente')!;
    expect(stemmen.rowCount).toBe(1 + 3 * 14);
    const venlo = stemmen.getRows(2, 14)!.find((r) => r.getCell(3).value === VENLO)!;
    expect(venlo.getCell(5).value).toBe('tegen');
  });
});

describe('aanwezigheid, quorum en intrekken', () => {
  it('an absent municipality cannot vote; without quorum the decision is refused; the vote can be withdrawn', async () => {
    const vId = await vergadering(pho, '2024-10-02', 'PHO IZA 2 oktober 2024');
    const pad = `${vergaderingen()}/${vId}`;
    const aId = await agendapunt(vId, 'Mededeling', { soort: 'overig', beslispunt: 'Het PHO neemt kennis van de voortgang.' });
    // Only six present: no quorum (seven of fourteen needed).
    const zes = zetels.filter((z) => z.gemeentecode !== VENLO).slice(0, 6);
    expect((await send('PUT', `${pad}/aanwezigheid`, { aanwezigeLidIds: zes.map((z) => z.lidId) })).statusCode).toBe(200);
    expect((await send('POST', `${pad}/agendapunten/${aId}/stemming`)).statusCode).toBe(200);
    const afwezig = await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, { stemmen: [{ gemeentecode: VENLO, keuze: 'voor' }] });
    expect(afwezig.statusCode).toBe(400);
    expect(afwezig.json().invalidParams).toEqual([{ name: 'stemmen.0.gemeentecode', code: 'afwezig', reason: 'Venlo was niet aanwezig bij het openen van de stemming en stemt niet mee' }]);
    expect((await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, { stemmen: zes.map((z) => ({ gemeentecode: z.gemeentecode, keuze: 'voor' })) })).statusCode).toBe(200);
    const besluitenVoor = await telling('besluit');
    const geenQuorum = await besluitVan(vId, aId);
    expect(geenQuorum.statusCode).toBe(409);
    expect(geenQuorum.json().detail).toBe(
      'Geen quorum: 6 van de 14 stemgerechtigde zetels aanwezig, minstens 7 nodig (50%). Er kan niet worden besloten. Trek de stemming in en agendeer het voorstel opnieuw.',
    );
    expect(await telling('besluit')).toBe(besluitenVoor);
    const ingetrokken = await send('DELETE', `${pad}/agendapunten/${aId}/stemming`);
    expect(ingetrokken.statusCode).toBe(200);
    expect(ingetrokken.json().agendapunten[0]).toMatchObject({ status: 'open', stemming: null });
    expect((await send('DELETE', pad)).statusCode).toBe(204);
  });

  it('refuses the decision while a present municipality has not voted', async () => {
    const vId = await vergadering(pho, '2024-10-03');
    const aId = await agendapunt(vId, 'Iets', { soort: 'overig', beslispunt: 'x' });
    await stemAlles(vId, aId);
    // Everybody voted in stemAlles; a new item shows the incomplete case.
    const bId = await agendapunt(vId, 'Nog iets', { soort: 'overig', beslispunt: 'y' });
    expect((await send('POST', `${vergaderingen()}/${vId}/agendapunten/${bId}/stemming`)).statusCode).toBe(200);
    await send('POST', `${vergaderingen()}/${vId}/agendapunten/${bId}/stemming/stemmen`, { stemmen: [{ gemeentecode: VENLO, keuze: 'tegen' }] });
    const r = await besluitVan(vId, bId);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toMatch(/^Nog niet gestemd: .* \(13 van 14 aanwezigen\)\. Iedere aanwezige stemt/);
    const besloten = await besluitVan(vId, aId);
    expect(besloten.json()).toMatchObject({ uitkomst: 'aangenomen', wijze: 'consensus', gevolg: { soort: 'geen' } });
  });
});

describe('een besluit dat de begroting boven haar uitkering zou brengen', () => {
  it('is refused with the budget rule and its numbers, and nothing is written: no decision, the version stays concept', async () => {
    const maak = async (naam: string, bedragCenten: number) => {
      const r = await send('POST', `/api/v1/regios/${nml}/begrotingen`, { jaar: 2025, naam, uitkeringIds: [uitkeringId], regels: [{ code: '1', omschrijving: 'Alles', bedragCenten }] });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    // A 2025: adopted at € 3 million, then a concept at € 4,5 million; B 2025 at € 1,5 million fits next to the adopted A.
    const a = await maak('Uitvoeringsplan 2025', 300_000_000);
    expect((await send('POST', `/api/v1/regios/${nml}/begrotingen/${a}/versies/1/vaststelling`, { vastgesteldOp: '2025-03-19', overlegorgaanId: pho, besluitReferentie: 'PHO 19 maart 2025' })).statusCode).toBe(200);
    expect((await send('POST', `/api/v1/regios/${nml}/begrotingen/${a}/versies`, { regels: [{ code: '1', omschrijving: 'Alles', bedragCenten: 450_000_000 }] })).statusCode).toBe(201);
    await maak('Extra 2025', 150_000_000);

    const vId = await vergadering(pho, '2025-06-18', 'PHO IZA 18 juni 2025');
    const aId = await agendapunt(vId, 'Bijstelling 2025', { soort: 'begroting-vaststellen', begrotingId: a, versie: 2 });
    await stemAlles(vId, aId);
    const voor = { audit: await telling('auditregel'), besluit: await telling('besluit') };
    const r = await besluitVan(vId, aId);
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'regels', code: 'boven-plafond' })]);
    expect(gewoon(r.json().detail)).toBe(
      'Het totaal van de begroting (€ 4.500.000) is € 1.252.150 hoger dan de uitkering(en) die haar financieren (€ 3.247.850). Van de uitkering(en) is al € 1.500.000 begroot in Extra 2025.',
    );
    expect(await telling('auditregel')).toBe(voor.audit);
    expect(await telling('besluit')).toBe(voor.besluit);
    const begroting = (await get(`/api/v1/regios/${nml}/begrotingen/${a}`)).json();
    expect(begroting.versies.map((v: { status: string }) => v.status)).toEqual(['vastgesteld', 'concept']);
    const v = (await get(`${vergaderingen()}/${vId}`)).json();
    expect(v).toMatchObject({ status: 'gepland' });
    expect(v.agendapunten[0]).toMatchObject({ status: 'in-stemming', besluit: null });
  });
});

describe('herverdelen bij besluit', () => {
  it('the PHO reallocates beyond the Kerngroep limit: a new adopted version, linked to the decision', async () => {
    const vId = await vergadering(pho, '2024-11-20', 'PHO IZA 20 november 2024');
    const aId = await agendapunt(vId, 'Extra voor e-health', { soort: 'herverdelen', begrotingId: begroting2024, vanRegelCode: '3', naarRegelCode: '5', bedragCenten: 1_000_000 });
    await stemAlles(vId, aId);
    const r = await besluitVan(vId, aId);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ nummer: 'PHO 2024-05', wijze: 'consensus', gevolg: { soort: 'herverdeling', versie: 3 } });
    expect(r.json().gevolg.omschrijving).toContain('versie 3 van Uitvoeringsplan 2024');
    const h = (await get(`/api/v1/regios/${nml}/herverdelingen?begrotingId=${begroting2024}`)).json().items;
    expect(h.at(-1)).toMatchObject({ bedragCenten: 1_000_000, nieuweVersie: 3, besluitId: r.json().id, besluitReferentie: 'PHO 20 november 2024, besluit 2024-05' });
    const b = (await get(`/api/v1/regios/${nml}/begrotingen/${begroting2024}`)).json();
    expect(b.versies[2]).toMatchObject({ status: 'vastgesteld', besluitId: r.json().id });
  });

  it('the Kerngroep decides without a roll-call within its mandate; beyond it the rule refuses and nothing is written', async () => {
    const vId = await vergadering(kerngroep, '2024-12-04', 'Kerngroep 4 december 2024');
    const pad = `${vergaderingen()}/${vId}`;
    expect((await get(pad)).json().metStemming).toBe(false);
    const binnen = await agendapunt(vId, 'Schuif binnen mandaat', { soort: 'herverdelen', begrotingId: begroting2024, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 500_000 });
    const geenStemming = await send('POST', `${pad}/agendapunten/${binnen}/stemming`);
    expect(geenStemming.statusCode).toBe(409);
    expect(geenStemming.json().detail).toContain('besluit zonder hoofdelijke stemming');
    const zonderUitkomst = await besluitVan(vId, binnen);
    expect(zonderUitkomst.statusCode).toBe(400);
    expect(namen(zonderUitkomst)).toEqual(['uitkomst']);
    const r = await besluitVan(vId, binnen, { uitkomst: 'aangenomen' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ nummer: 'Kerngroep IZA 2024-01', wijze: 'zonder-stemming', aantalVoor: 0, zetels: [], gevolg: { soort: 'herverdeling', versie: null } });
    expect(r.json().gevolg.omschrijving).toContain('binnen het mandaat');

    // Onderdeel 5 received € 10.000 from the PHO (a new base); its room is 20 % of € 27.850 = € 5.570.
    const boven = await agendapunt(vId, 'Te veel voor onderdeel 5', { soort: 'herverdelen', begrotingId: begroting2024, vanRegelCode: '3', naarRegelCode: '5', bedragCenten: 600_000 });
    const voor = { audit: await telling('auditregel'), besluit: await telling('besluit'), herverdeling: await telling('herverdeling') };
    const geweigerd = await besluitVan(vId, boven, { uitkomst: 'aangenomen' });
    expect(geweigerd.statusCode).toBe(400);
    expect(geweigerd.json().invalidParams[0]).toMatchObject({ name: 'bedragCenten', code: 'boven-mandaat' });
    expect(gewoon(geweigerd.json().detail)).toContain('Onderdeel 5 — e-health, anonieme zorg e.d. mag dit jaar nog € 5.570 ontvangen');
    expect({ audit: await telling('auditregel'), besluit: await telling('besluit'), herverdeling: await telling('herverdeling') }).toEqual(voor);

    // A rejected proposal changes nothing but is a decision too.
    const verworpen = await besluitVan(vId, boven, { uitkomst: 'verworpen', toelichting: 'Eerst een PHO-besluit.' });
    expect(verworpen.json()).toMatchObject({ nummer: 'Kerngroep IZA 2024-02', uitkomst: 'verworpen', gevolg: { soort: 'geen' } });
    expect(await telling('herverdeling')).toBe(voor.herverdeling);
  });

  it('refuses a body without a mandate to reallocate, at the proposal already', async () => {
    const werkgroep = ((await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; soort: string }[]).find((o) => o.soort === 'werkgroep')!.id;
    const vId = await vergadering(werkgroep, '2024-12-05');
    const r = await send('POST', `${vergaderingen()}/${vId}/agendapunten`, { titel: 'x', voorstel: { soort: 'herverdelen', begrotingId: begroting2024, vanRegelCode: '3', naarRegelCode: '4', bedragCenten: 1 } });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'voorstel.soort', code: 'geen-mandaat' })]);
    // A body that has met keeps its meetings: it is not deleted.
    const weg = await send('DELETE', `/api/v1/regios/${nml}/overlegorganen/${werkgroep}`);
    expect(weg.statusCode).toBe(409);
    expect(weg.json().detail).toContain('vergaderingen');
  });
});

describe('foute invoer bij vergaderingen en voorstellen', () => {
  it('names every invalid field of a meeting, and refuses another region’s body', async () => {
    const voor = await telling('vergadering');
    const leeg = await send('POST', vergaderingen(), { overlegorgaanId: 'x', datum: '20-03-2024', titel: ' ' });
    expect(leeg.statusCode).toBe(400);
    expect(namen(leeg)).toEqual(['overlegorgaanId', 'datum', 'titel']);
    const kennemerlandPho = ((await get(`/api/v1/regios/${kennemerland}/overlegorganen`)).json().items as { id: string; soort: string }[]).find((o) => o.soort === 'pho')!.id;
    const ander = await send('POST', vergaderingen(), { overlegorgaanId: kennemerlandPho, datum: '2024-03-20', titel: 'x' });
    expect(ander.statusCode).toBe(400);
    expect(ander.json().invalidParams).toEqual([{ name: 'overlegorgaanId', code: 'onbekend', reason: 'Geen overlegorgaan van deze regio' }]);
    expect(await telling('vergadering')).toBe(voor);
  });

  it('checks that a proposal’s target exists in the region and fits its kind and body', async () => {
    const vId = await vergadering(pho, '2025-01-15');
    const kvId = await vergadering(kerngroep, '2025-01-16');
    const voor = await telling('agendapunt');
    const probeer = async (v: string, voorstel: unknown) => send('POST', `${vergaderingen()}/${v}/agendapunten`, { titel: 'x', voorstel });
    const vastgesteld = await probeer(vId, { soort: 'begroting-vaststellen', begrotingId: begroting2024, versie: 1 });
    expect(vastgesteld.json().invalidParams).toEqual([{ name: 'voorstel.versie', code: 'niet-concept', reason: expect.stringContaining('Versie 1 van Uitvoeringsplan 2024') }]);
    const onbekend = await probeer(vId, { soort: 'begroting-vaststellen', begrotingId: '00000000-0000-4000-8000-000000000000', versie: 1 });
    expect(namen(onbekend)).toEqual(['voorstel.begrotingId']);
    const doorKerngroep = await probeer(kvId, { soort: 'begroting-vaststellen', begrotingId: begroting2024, versie: 9 });
    expect(namen(doorKerngroep)).toEqual(['voorstel.soort', 'voorstel.versie']);
    const regels = await probeer(vId, { soort: 'herverdelen', begrotingId: begroting2024, vanRegelCode: '98', naarRegelCode: '99', bedragCenten: 1 });
    expect(namen(regels)).toEqual(['voorstel.vanRegelCode', 'voorstel.naarRegelCode']);
    const soort = await probeer(vId, { soort: 'alles', beslispunt: 'x' });
    expect(soort.statusCode).toBe(400);
    expect(namen(soort)).toEqual(['voorstel.soort']);
    const plannen = await probeer(vId, { soort: 'aanvullend-plan', aanvullendPlanId: '00000000-0000-4000-8000-000000000000', goedkeuren: false, toegekendCenten: 100 });
    expect(namen(plannen)).toEqual(['voorstel.aanvullendPlanId', 'voorstel.toegekendCenten']);
    const transformatie = await probeer(vId, { soort: 'standpunt-transformatieplan', transformatieplanId: '00000000-0000-4000-8000-000000000000', standpunt: 'steunt', toelichting: 'x' });
    expect(namen(transformatie)).toEqual(['voorstel.transformatieplanId']);
    const up = await probeer(kvId, { soort: 'uitvoeringsplan-vaststellen', uitvoeringsplanId: '00000000-0000-4000-8000-000000000000' });
    expect(namen(up)).toEqual(['voorstel.soort', 'voorstel.uitvoeringsplanId']);
    expect(await telling('agendapunt')).toBe(voor);
  });

  it('refuses presence of a seat of another body', async () => {
    const vId = await vergadering(kerngroep, '2025-01-20');
    const r = await send('PUT', `${vergaderingen()}/${vId}/aanwezigheid`, { aanwezigeLidIds: [zetels[0]!.lidId] });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([{ name: 'aanwezigeLidIds.0', code: 'geen-zetel', reason: 'Geen zetel van het overlegorgaan van deze vergadering' }]);
  });
});

describe('rechten en regio’s', () => {
  it('a reader reads the register but writes nothing', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    expect((await get(vergaderingen(), lezer)).statusCode).toBe(200);
    expect((await get(`/api/v1/regios/${nml}/besluiten`, lezer)).statusCode).toBe(200);
    const v = (await get(vergaderingen(), lezer)).json().items[0];
    const voor = await telling('auditregel');
    expect((await send('POST', vergaderingen(), { overlegorgaanId: pho, datum: '2025-02-01', titel: 'x' }, lezer)).statusCode).toBe(403);
    expect((await send('PUT', `${vergaderingen()}/${v.id}/aanwezigheid`, allen(), lezer)).statusCode).toBe(403);
    const beleid = await t.aanmelden('beleidsadviseur.venray@regiekamer.demo');
    expect((await send('POST', vergaderingen(), { overlegorgaanId: pho, datum: '2025-02-01', titel: 'x' }, beleid)).statusCode).toBe(403);
    expect(await telling('auditregel')).toBe(voor);
  });

  it("another region's ids answer 404, also for a coordinator of both regions", async () => {
    const v = (await get(vergaderingen())).json().items[0].id as string;
    const b = (await get(`/api/v1/regios/${nml}/besluiten`)).json().items[0].id as string;
    expect((await get(`${vergaderingen(kennemerland)}/${v}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${kennemerland}/besluiten/${b}`)).statusCode).toBe(404);
    const voor = await telling('auditregel');
    expect((await send('POST', `${vergaderingen(kennemerland)}/${v}/agendapunten`, { titel: 'x' })).statusCode).toBe(404);
    expect((await send('PUT', `${vergaderingen(kennemerland)}/${v}/aanwezigheid`, allen())).statusCode).toBe(404);
    expect(await telling('auditregel')).toBe(voor);
    const { maakGebruiker } = await import('../gebruikers/gebruikers.service');
    await maakGebruiker(t.db, null, { email: 'lezer@kennemerland.test', wachtwoord: 'wachtwoord-kennemerland', rol: 'lezer', regio: 'Zuid-Kennemerland en IJmond' });
    const buiten = await t.aanmelden('lezer@kennemerland.test', 'wachtwoord-kennemerland');
    for (const pad of ['vergaderingen', `vergaderingen/${v}`, 'besluiten', `besluiten/${b}`, 'besluiten/export', 'vergaderingen/voorstelkeuzes']) {
      expect((await get(`/api/v1/regios/${nml}/${pad}`, buiten)).statusCode, pad).toBe(404);
    }
  });

  it('offers the choices per kind of proposal: concept versions, adopted budgets with lines, plans', async () => {
    const k = (await get(`${vergaderingen()}/voorstelkeuzes`)).json();
    expect(k.begrotingen.find((b: { id: string }) => b.id === begroting2024).regels).toHaveLength(9);
    expect(k.conceptversies.every((c: { versie: number }) => c.versie >= 1)).toBe(true);
    expect(Array.isArray(k.uitvoeringsplannen) && Array.isArray(k.aanvullendePlannen) && Array.isArray(k.transformatieplannen)).toBe(true);
  });
});

describe('besluiten die plannen veranderen', () => {
  const rij = async <T>(q: ReturnType<typeof sql>) => ((await t.db.execute(q)) as unknown as { rows: T[] }).rows[0]!;

  it('the PHO adopts a half-yearly adjustment of the implementation plan: the concept becomes vastgesteld, linked to the decision', async () => {
    const { id: plan } = await rij<{ id: string }>(sql`select id from uitvoeringsplan where regio_id = ${nml} and jaar = 2024 and status = 'vastgesteld'`);
    const bijstelling = await send('POST', `/api/v1/regios/${nml}/uitvoeringsplannen/${plan}/bijstelling`, { toelichting: 'Halfjaarlijkse bijstelling 2024' });
    expect(bijstelling.statusCode, bijstelling.body).toBe(201);
    const concept = bijstelling.json().id as string;
    const vId = await vergadering(pho, '2024-12-11', 'PHO IZA 11 december 2024');
    const aId = await agendapunt(vId, 'Bijstelling uitvoeringsplan 2024', { soort: 'uitvoeringsplan-vaststellen', uitvoeringsplanId: concept });
    await stemAlles(vId, aId, { [VENLO]: 'onthouding' });
    const r = await besluitVan(vId, aId);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ uitkomst: 'aangenomen', wijze: 'meerderheid', aantalOnthouding: 1, overstemd: [], gevolg: { soort: 'uitvoeringsplan', doelId: concept, jaar: 2024, versie: 2 } });
    expect(await rij(sql`select status, besluit_id as "besluitId" from uitvoeringsplan where id = ${concept}`)).toEqual({ status: 'vastgesteld', besluitId: r.json().id });
    expect(await rij(sql`select status from uitvoeringsplan where id = ${plan}`)).toEqual({ status: 'vervallen' });
  });

  it("the PHO takes the municipalities' position on a transformation plan", async () => {
    const { id: plan } = await rij<{ id: string }>(sql`select id from transformatieplan where regio_id = ${nml} and titel = 'Mooi Maasvallei'`);
    const vId = await vergadering(pho, '2024-12-12');
    const aId = await agendapunt(vId, 'Standpunt Mooi Maasvallei', { soort: 'standpunt-transformatieplan', transformatieplanId: plan, standpunt: 'steunt', toelichting: 'De gemeenten steunen het plan en de inzet van het addendum.' });
    await stemAlles(vId, aId);
    const r = await besluitVan(vId, aId);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().gevolg.omschrijving).toBe('Standpunt van de gemeenten over Mooi Maasvallei: steunt');
    expect(await rij(sql`select standpunt, standpunt_besluit_id as "besluitId" from transformatieplan where id = ${plan}`)).toEqual({ standpunt: 'steunt', besluitId: r.json().id });
  });

  it('the Kerngroep approves a scored initiative without a roll-call; an initiative not yet scored is refused and nothing is written', async () => {
    const plan = async (titel: string) => (await rij<{ id: string }>(sql`select id from aanvullend_plan where regio_id = ${nml} and titel = ${titel}`)).id;
    const valpreventie = await plan('Valpreventie thuis (illustratief)');
    const ontmoeting = await plan('Ontmoetingsplek mantelzorgers Venray (illustratief)');
    const vId = await vergadering(kerngroep, '2024-12-18', 'Kerngroep 18 december 2024');
    const goed = await agendapunt(vId, 'Valpreventie thuis', { soort: 'aanvullend-plan', aanvullendPlanId: valpreventie, goedkeuren: true });
    const r = await besluitVan(vId, goed, { uitkomst: 'aangenomen' });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ wijze: 'zonder-stemming', gevolg: { soort: 'aanvullend-plan', omschrijving: 'Valpreventie thuis (illustratief) goedgekeurd' } });
    expect(await rij(sql`select status, toegekend_centen::int as "toegekendCenten", besluit_id as "besluitId" from aanvullend_plan where id = ${valpreventie}`)).toEqual({
      status: 'goedgekeurd',
      toegekendCenten: 12_000_000,
      besluitId: r.json().id,
    });

    const te = await agendapunt(vId, 'Ontmoetingsplek', { soort: 'aanvullend-plan', aanvullendPlanId: ontmoeting, goedkeuren: true });
    const voor = { audit: await telling('auditregel'), besluit: await telling('besluit') };
    const vroeg = await besluitVan(vId, te, { uitkomst: 'aangenomen' });
    expect(vroeg.statusCode).toBe(409);
    expect(vroeg.json().detail).toContain('nog niet beoordeeld');
    expect({ audit: await telling('auditregel'), besluit: await telling('besluit') }).toEqual(voor);
    expect(await rij(sql`select status from aanvullend_plan where id = ${ontmoeting}`)).toEqual({ status: 'ingediend' });
  });

  it('shows the history of a meeting and a decision', async () => {
    const b = (await get(`/api/v1/regios/${nml}/besluiten?overlegorgaanId=${kerngroep}`)).json().items[0];
    const h = await get(`/api/v1/regios/${nml}/historie?soort=besluit&itemId=${b.id}`);
    expect(h.statusCode).toBe(200);
    expect(h.json().items[0]).toMatchObject({ actie: 'aangemaakt', soort: 'besluit', gebruikerNaam: 'Cor Coördinator' });
    expect((await get(`/api/v1/regios/${nml}/historie?soort=vergadering&itemId=${b.vergadering.id}`)).json().totaal).toBeGreaterThan(0);
  });
});

describe('wat bij een stemming vastligt', () => {
  const rij = async <T>(q: ReturnType<typeof sql>) => ((await t.db.execute(q)) as unknown as { rows: T[] }).rows[0]!;
  const stand = async () => ({ audit: await telling('auditregel'), stem: await telling('stem'), besluit: await telling('besluit'), agendapunt: await telling('agendapunt') });

  it('withdraws a vote nobody voted in yet, but not once a vote is cast with quorum: the locked rules and the votes stay', async () => {
    const vId = await vergadering(pho, '2025-02-19', 'PHO IZA 19 februari 2025');
    const pad = `${vergaderingen()}/${vId}/agendapunten`;
    const aId = await agendapunt(vId, 'Werkwijze 2025', { soort: 'overig', beslispunt: 'Het PHO stemt in met de werkwijze 2025.' });
    expect((await send('PUT', `${vergaderingen()}/${vId}/aanwezigheid`, allen())).statusCode).toBe(200);
    // Opened by mistake before anybody voted: it can be withdrawn.
    expect((await send('POST', `${pad}/${aId}/stemming`)).statusCode).toBe(200);
    const vergissing = await send('DELETE', `${pad}/${aId}/stemming`);
    expect(vergissing.statusCode, vergissing.body).toBe(200);
    expect(vergissing.json().agendapunten[0]).toMatchObject({ status: 'open', stemming: null });

    expect((await send('POST', `${pad}/${aId}/stemming`)).statusCode).toBe(200);
    expect((await send('POST', `${pad}/${aId}/stemming/stemmen`, { stemmen: [{ gemeentecode: VENLO, keuze: 'tegen' }] })).statusCode).toBe(200);
    const voor = await stand();
    const r = await send('DELETE', `${pad}/${aId}/stemming`);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toBe(
      'Over "Werkwijze 2025" is al 1 stem uitgebracht en het quorum is gehaald; de stemming wordt niet meer ingetrokken. De besluitregels en de stemmen liggen vast: laat de overige aanwezigen stemmen en leg het besluit vast.',
    );
    expect(await stand()).toEqual(voor);
    const punt = (await get(`${vergaderingen()}/${vId}`)).json().agendapunten[0];
    expect(punt).toMatchObject({ status: 'in-stemming', stemming: { regels: { consensusEerst: true, quorumBasispunten: 5000, meerderheidBasispunten: 5000 } } });
    expect(punt.stemming.zetels.find((z: { gemeente: { gemeentecode: string } }) => z.gemeente.gemeentecode === VENLO).keuze).toBe('tegen');
  });

  it('decides an opened vote by its votes, even when the body has no voting seats any more', async () => {
    const maak = await send('POST', `/api/v1/regios/${nml}/overlegorganen`, {
      naam: 'Regionaal overleg (RO) proef',
      soort: 'regionaal-overleg',
      besluitregels: { consensusEerst: false, quorumBasispunten: 5000, meerderheidBasispunten: 5000 },
    });
    expect(maak.statusCode, maak.body).toBe(201);
    const orgaan = maak.json().id as string;
    const drie = zetels.slice(0, 3);
    let leden: { id: string }[] = [];
    for (const z of drie) {
      const lid = await send('POST', `/api/v1/regios/${nml}/overlegorganen/${orgaan}/leden`, { naam: `Wethouder ${z.naam}`, gemeentecode: z.gemeentecode, stemgerechtigd: true });
      expect(lid.statusCode, lid.body).toBe(201);
      leden = lid.json().leden;
    }
    const vId = await vergadering(orgaan, '2025-03-05', 'RO 5 maart 2025');
    const pad = `${vergaderingen()}/${vId}`;
    const aId = await agendapunt(vId, 'Gezamenlijke inkoop', { soort: 'overig', beslispunt: 'Het overleg kiest voor gezamenlijke inkoop.' });
    expect((await send('PUT', `${pad}/aanwezigheid`, { aanwezigeLidIds: leden.map((l) => l.id) })).statusCode).toBe(200);
    expect((await send('POST', `${pad}/agendapunten/${aId}/stemming`)).statusCode).toBe(200);
    const stemmen = [
      { gemeentecode: drie[0]!.gemeentecode, keuze: 'voor' },
      { gemeentecode: drie[1]!.gemeentecode, keuze: 'tegen' },
      { gemeentecode: drie[2]!.gemeentecode, keuze: 'tegen' },
    ];
    expect((await send('POST', `${pad}/agendapunten/${aId}/stemming/stemmen`, { stemmen })).statusCode).toBe(200);
    // After the vote opened, the body's seats lose their vote: it stays decided by the votes cast.
    for (const l of leden) expect((await send('PATCH', `/api/v1/regios/${nml}/overlegorganen/${orgaan}/leden/${l.id}`, { stemgerechtigd: false })).statusCode).toBe(200);
    expect((await get(pad)).json().metStemming).toBe(false);

    const voor = await stand();
    const zonderStemming = await besluitVan(vId, aId, { uitkomst: 'aangenomen' });
    expect(zonderStemming.statusCode).toBe(400);
    expect(zonderStemming.json().invalidParams).toEqual([
      { name: 'uitkomst', code: 'volgt-uit-stemming', reason: 'Over "Gezamenlijke inkoop" is de stemming geopend; de uitkomst volgt uit de stemmen' },
    ]);
    expect(await stand()).toEqual(voor);

    const r = await besluitVan(vId, aId);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ uitkomst: 'verworpen', wijze: 'meerderheid', aantalVoor: 1, aantalTegen: 2, nummer: 'RO 2025-01' });
    expect(r.json().zetels).toHaveLength(3);
  });

  it('refuses a proposal on a supplementary initiative or a transformation plan to a body that cannot decide it, when created or changed', async () => {
    const { id: aanvullend } = await rij<{ id: string }>(sql`select id from aanvullend_plan where regio_id = ${nml} and titel = 'Ontmoetingsplek mantelzorgers Venray (illustratief)'`);
    const { id: transformatie } = await rij<{ id: string }>(sql`select id from transformatieplan where regio_id = ${nml} and titel = 'Mooi Maasvallei'`);
    const werkgroep = ((await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; soort: string }[]).find((o) => o.soort === 'werkgroep')!.id;
    const wgId = await vergadering(werkgroep, '2025-03-12', 'Werkgroep 12 maart 2025');
    const kgId = await vergadering(kerngroep, '2025-03-13', 'Kerngroep 13 maart 2025');
    const bestaand = await agendapunt(wgId, 'Mededelingen', { soort: 'overig', beslispunt: 'Kennisnemen.' });
    const voor = await stand();

    const plan = await send('POST', `${vergaderingen()}/${wgId}/agendapunten`, { titel: 'Ontmoetingsplek', voorstel: { soort: 'aanvullend-plan', aanvullendPlanId: aanvullend, goedkeuren: true } });
    expect(plan.statusCode).toBe(400);
    expect(plan.json().invalidParams).toEqual([
      { name: 'voorstel.soort', code: 'geen-kerngroep', reason: 'Over een aanvullend plan besluit de Kerngroep (of het PHO); Werkgroep aanvullende plannen kan dat niet besluiten' },
    ]);
    const standpunt = { soort: 'standpunt-transformatieplan', transformatieplanId: transformatie, standpunt: 'steunt', toelichting: 'x' };
    const doorKerngroep = await send('POST', `${vergaderingen()}/${kgId}/agendapunten`, { titel: 'Mooi Maasvallei', voorstel: standpunt });
    expect(doorKerngroep.statusCode).toBe(400);
    expect(doorKerngroep.json().invalidParams).toEqual([
      { name: 'voorstel.soort', code: 'geen-pho', reason: 'Het standpunt van de gemeenten over een transformatieplan neemt het PHO in; Kerngroep IZA kan dat niet besluiten' },
    ]);
    const gewijzigd = await send('PATCH', `${vergaderingen()}/${wgId}/agendapunten/${bestaand}`, { voorstel: standpunt });
    expect(gewijzigd.statusCode).toBe(400);
    expect(namen(gewijzigd)).toEqual(['voorstel.soort']);
    expect(await stand()).toEqual(voor);
    expect((await get(`${vergaderingen()}/${wgId}`)).json().agendapunten[0].voorstel).toMatchObject({ soort: 'overig' });
  });

  /**
   * Another write on the meeting in progress: it holds the meeting's row, as every write does, does
   * its work, and commits a moment after the request under test was sent.
   */
  async function terwijlBezig<T>(vergaderingId: string, werk: (tx: typeof t.db) => Promise<unknown>, verzoek: () => Promise<T>): Promise<T> {
    let antwoord!: Promise<T>;
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`select id from vergadering where id = ${vergaderingId} for update`);
      await werk(tx as unknown as typeof t.db);
      antwoord = verzoek();
      await new Promise((klaar) => setTimeout(klaar, 300));
    });
    return antwoord;
  }

  it('saves the presence while another save of it is in progress: it waits its turn, no server error, one row per seat', async () => {
    const vId = await vergadering(pho, '2025-04-02', 'PHO IZA 2 april 2025');
    expect((await send('PUT', `${vergaderingen()}/${vId}/aanwezigheid`, allen())).statusCode).toBe(200);
    const r = await terwijlBezig(
      vId,
      async (tx) => {
        // What a save does: replace the rows of the meeting.
        await tx.execute(sql`delete from aanwezigheid where vergadering_id = ${vId}`);
        await tx.execute(sql`insert into aanwezigheid (regio_id, vergadering_id, overlegorgaan_lid_id, aanwezig) select regio_id, ${vId}, id, false from overlegorgaan_lid where overlegorgaan_id = ${pho}`);
      },
      () => send('PUT', `${vergaderingen()}/${vId}/aanwezigheid`, { aanwezigeLidIds: zetels.slice(0, 7).map((z) => z.lidId) }),
    );
    expect(r.statusCode, r.body).toBe(200);
    const leden = (await get(`/api/v1/regios/${nml}/overlegorganen/${pho}`)).json().leden.length as number;
    expect(await rij(sql`select count(*)::int as n, count(distinct overlegorgaan_lid_id)::int as zetels, count(*) filter (where aanwezig)::int as aanwezig from aanwezigheid where vergadering_id = ${vId}`)).toEqual({
      n: leden,
      zetels: leden,
      aanwezig: 7,
    });
  });

  it('does not delete a meeting while a vote is being opened in it: it waits, then refuses', async () => {
    const vId = await vergadering(pho, '2025-04-09', 'PHO IZA 9 april 2025');
    const aId = await agendapunt(vId, 'Planning 2025', { soort: 'overig', beslispunt: 'Het PHO stelt de planning vast.' });
    const r = await terwijlBezig(
      vId,
      (tx) => tx.execute(sql`update agendapunt set status = 'in-stemming', consensus_eerst = true, quorum_basispunten = 5000, meerderheid_basispunten = 5000, stemming_geopend_op = now() where id = ${aId}`),
      () => send('DELETE', `${vergaderingen()}/${vId}`),
    );
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toBe('In deze vergadering is gestemd of besloten; zij blijft daarom bewaard.');
    expect((await get(`${vergaderingen()}/${vId}`)).json().agendapunten[0]).toMatchObject({ id: aId, status: 'in-stemming' });
  });
});
