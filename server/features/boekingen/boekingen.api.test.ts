import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let financieel: Record<string, string>;
const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  financieel = await t.aanmelden('financieel@regiekamer.demo');
});
afterAll(() => t.close());

const mapping = 'jaar=2024&kolomDatum=Boekdatum&kolomBedrag=Bedrag&kolomBegrotingsregel=Onderdeel&kolomUitkering=Uitkering&kolomSoort=Soort&kolomGemeente=Gemeente&kolomDocumentreferentie=Factuurnummer&kolomOmschrijving=Omschrijving';
const importeer = (inhoud: string | Buffer, bestandsnaam: string, extra = '', type = 'text/csv', headers = financieel) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/regios/${nml}/boekingen/importen?bestandsnaam=${encodeURIComponent(bestandsnaam)}&${mapping}${extra}`,
    headers: { ...headers, 'content-type': type },
    payload: inhoud,
  });
const overzicht = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/financieel-overzicht?jaar=2024`, headers: financieel })).json();
const aantalBoekingen = async () => Number(((await t.db.execute(sql`select count(*)::int as n from boeking`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

const kop = 'Boekdatum;Bedrag;Onderdeel;Uitkering;Soort;Gemeente;Factuurnummer;Omschrijving';
const goedeRegels = [
  '15-04-2024;12.500,00;3;SPUK-IZA;uitgave;GM0984;F-2024-001;Valpreventie Venray',
  '02-05-2024;7.250,50;3;SPUK-IZA;verplichting;Venlo;O-2024-017;Opdracht Kansrijke start',
  '20-06-2024;1.000;4;SPUK-IZA;uitgave;GM0988;F-2024-044;"Steunpunt Weert; huur"',
];

describe('boekingen importeren', () => {
  it('a file with one bad row is refused whole, naming the line and why; after the fix it imports and the overview changes', async () => {
    const voor = await overzicht();
    const boekingenVoor = await aantalBoekingen();
    const fout = [kop, ...goedeRegels.slice(0, 2), '21-06-2024;300,00;99;SPUK-IZA;uitgave;GM0984;F-2024-045;Onbekend onderdeel', goedeRegels[2]].join('\n');
    const r = await importeer('\uFEFF' + fout, 'grootboek-2024-k2.csv');
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toBe('1 van de 4 regels afgekeurd; er is niets geïmporteerd.');
    expect(r.json().invalidParams).toEqual([{ name: 'regel 4: Onderdeel', code: 'ongeldige-regel', reason: 'onbekende begrotingsregel "99"' }]);
    expect(await aantalBoekingen()).toBe(boekingenVoor);

    const goed = await importeer('\uFEFF' + [kop, ...goedeRegels].join('\n'), 'grootboek-2024-k2.csv');
    expect(goed.statusCode).toBe(201);
    expect(goed.json()).toMatchObject({ aantalRegels: 3, totaalCenten: 2_075_050, proef: false });
    const na = await overzicht();
    const regel3Voor = voor.regels.find((x: { code: string }) => x.code === '3');
    const regel3 = na.regels.find((x: { code: string }) => x.code === '3');
    expect(regel3.uitgegevenCenten - regel3Voor.uitgegevenCenten).toBe(1_250_000);
    expect(regel3.verplichtCenten - regel3Voor.verplichtCenten).toBe(725_050);
    expect(regel3Voor.resterendCenten - regel3.resterendCenten).toBe(1_975_050);
    expect(na.totaal.uitgegevenCenten - voor.totaal.uitgegevenCenten).toBe(1_350_000);
  });

  it('the same file a second time is refused and adds nothing', async () => {
    const aantal = await aantalBoekingen();
    const r = await importeer('\uFEFF' + [kop, ...goedeRegels].join('\n'), 'nogmaals.csv');
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('al geïmporteerd als "grootboek-2024-k2.csv"');
    expect(await aantalBoekingen()).toBe(aantal);
  });

  it('a check run (proef) reports but writes nothing', async () => {
    const aantal = await aantalBoekingen();
    const r = await importeer([kop, '01-07-2024;10,00;5;SPUK-IZA;uitgave;;X-1;Licentie'].join('\n'), 'proef.csv', '&proef=true');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ id: null, proef: true, aantalRegels: 1, voorbeeld: [{ regel: 2, datum: '2024-07-01', bedragCenten: 1000 }] });
    expect(await aantalBoekingen()).toBe(aantal);
  });

  it('refuses a date outside the grant’s years, an amount with fractional cents and an unknown municipality, all at once', async () => {
    const r = await importeer([kop, '01-01-2023;10,00;5;SPUK-IZA;uitgave;GM0984;X-2;a', '01-07-2024;10,005;5;SPUK-IZA;uitgave;Haarlem;X-3;b'].join('\n'), 'fout.csv');
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['regel 2: Boekdatum', 'regel 3: Bedrag', 'regel 3: Gemeente']);
  });

  it('reads an XLSX export, and refuses a formula where a number belongs', async () => {
    const boek = new ExcelJS.Workbook();
    const blad = boek.addWorksheet('Grootboek');
    blad.addRow(['Boekdatum', 'Bedrag', 'Onderdeel', 'Uitkering', 'Soort', 'Gemeente', 'Factuurnummer', 'Omschrijving']);
    blad.addRow([new Date(Date.UTC(2024, 8, 1)), 2500.25, '2', 'SPUK-IZA', 'uitgave', 'GM0957', 'F-2024-100', 'Netwerkbijeenkomst']);
    blad.addRow([new Date(Date.UTC(2024, 8, 2)), { formula: 'B2*2', result: 5000.5 }, '2', 'SPUK-IZA', 'uitgave', 'GM0957', 'F-2024-101', 'Formule']);
    const metFormule = Buffer.from(await boek.xlsx.writeBuffer());
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const fout = await importeer(metFormule, 'grootboek.xlsx', '', xlsx);
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams).toEqual([{ name: 'regel 3: Bedrag', code: 'ongeldige-regel', reason: 'een formule (B2*2) waar een getal hoort' }]);
    blad.spliceRows(3, 1);
    const goed = await importeer(Buffer.from(await boek.xlsx.writeBuffer()), 'grootboek.xlsx', '', xlsx);
    expect(goed.statusCode).toBe(201);
    expect(goed.json()).toMatchObject({ aantalRegels: 1, totaalCenten: 250_025, voorbeeld: [{ datum: '2024-09-01' }] });
  });

  it('refuses a file over 100 MB with a clear problem', async () => {
    const r = await importeer('a'.repeat(100 * 1024 * 1024 + 1), 'te-groot.csv');
    expect(r.statusCode).toBe(413);
    expect(r.json().detail).toContain('hoogstens 100 MB');
  });

  it('is refused to a lezer', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    expect((await importeer([kop, ...goedeRegels].join('\n'), 'x.csv', '', 'text/csv', lezer)).statusCode).toBe(403);
  });
});

describe('boekingen lezen en een import ongedaan maken', () => {
  it('lists entries with filters and pages', async () => {
    const alle = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/boekingen?jaar=2024&paginaGrootte=2`, headers: financieel })).json();
    // The demo's eleven example entries plus the four imported here.
    expect(alle).toMatchObject({ totaal: 15, pagina: 1, paginaGrootte: 2, totaalPaginas: 8 });
    expect(alle.items[0]).toMatchObject({ datum: '2024-09-01', gemeente: { naam: 'Roermond' }, begrotingsregel: { code: '2' } });
    const venray = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/boekingen?gemeentecode=GM0984&soort=uitgave`, headers: financieel })).json();
    expect(venray.items.map((b: { documentreferentie: string }) => b.documentreferentie)).toEqual(['F-2024-001']);
    const zoek = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/boekingen?zoek=weert`, headers: financieel })).json();
    expect(zoek.items.map((b: { omschrijving: string }) => b.omschrijving)).toEqual(['Steunpunt Weert; huur']);
  });

  it('undoing an import removes its entries and the overview follows', async () => {
    const voor = await overzicht();
    const aantal = await aantalBoekingen();
    const { items } = (await t.app.inject({ method: 'GET', url: `/api/v1/regios/${nml}/boekingen/importen`, headers: financieel })).json();
    const csv = items.find((i: { bestandsnaam: string }) => i.bestandsnaam === 'grootboek-2024-k2.csv');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/regios/${nml}/boekingen/importen/${csv.id}`, headers: financieel })).statusCode).toBe(204);
    expect(await aantalBoekingen()).toBe(aantal - 3);
    const o = await overzicht();
    expect(voor.regels.find((x: { code: string }) => x.code === '3').uitgegevenCenten - o.regels.find((x: { code: string }) => x.code === '3').uitgegevenCenten).toBe(1_250_000);
    expect(gewoon(JSON.stringify(o))).not.toContain('F-2024-001');
  });
});

describe('importprofielen', () => {
  it('saves a column mapping under a name, updates it by name, and refuses an unknown field', async () => {
    const url = `/api/v1/regios/${nml}/boekingen/importprofielen`;
    const toewijzing = { kolomDatum: 'Boekdatum', kolomBedrag: 'Bedrag', kolomBegrotingsregel: 'Onderdeel', kolomUitkering: 'Uitkering', kolomSoort: 'Soort' };
    const eerste = await t.app.inject({ method: 'POST', url, headers: financieel, payload: { naam: 'Export Venlo (Key2Financiën)', toewijzing } });
    expect(eerste.statusCode).toBe(200);
    const tweede = await t.app.inject({ method: 'POST', url, headers: financieel, payload: { naam: 'Export Venlo (Key2Financiën)', toewijzing: { ...toewijzing, kolomGemeente: 'Gemeente' } } });
    expect(tweede.json().id).toBe(eerste.json().id);
    const { items } = (await t.app.inject({ method: 'GET', url, headers: financieel })).json();
    expect(items).toHaveLength(1);
    expect(items[0].toewijzing.kolomGemeente).toBe('Gemeente');
    const fout = await t.app.inject({ method: 'POST', url, headers: financieel, payload: { naam: 'x', toewijzing: { kolomDatum: 'D', kolomBedrag: 'B', kolomBegrotingsregel: 'R', kolomOnzin: 'x' } } });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams[0].name).toBe('toewijzing.kolomOnzin');
  });
});
