import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let financieel: Record<string, string>;
let spuk: string;

const get = (url: string, headers = financieel) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = financieel) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  financieel = await t.aanmelden('financieel@regiekamer.demo');
  spuk = ((await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items as { id: string; naam: string }[]).find((u) => u.naam === 'SPUK-IZA')!.id;
  const b = await send('POST', `/api/v1/regios/${nml}/uitkeringen`, {
    soort: 'brede-spuk',
    naam: 'Brede SPUK Venlo',
    ontvangerGemeentecode: 'GM0983',
    eersteJaar: 2024,
    laatsteJaar: 2026,
    bedragen: [{ jaar: 2024, bedragCenten: 100_000_000 }],
  });
  expect(b.statusCode).toBe(201);
  // One invoice charged in full to two grants: a double charge. Another split correctly.
  const csv = [
    'Datum;Bedrag;Onderdeel;Uitkering;Gemeente;Factuur;Factuurbedrag;Activiteit',
    '10-05-2024;10.000,00;3;SPUK-IZA;GM0984;F-DUBBEL;10.000,00;Valpreventie',
    '11-05-2024;10.000,00;3;Brede SPUK Venlo;GM0984;F-DUBBEL;10.000,00;Valpreventie',
    '12-05-2024;6.000,00;4;SPUK-IZA;GM0983;F-GESPLITST;10.000,00;',
    '12-05-2024;4.000,00;4;Brede SPUK Venlo;GM0983;F-GESPLITST;10.000,00;',
  ].join('\n');
  const r = await t.app.inject({
    method: 'POST',
    url: `/api/v1/regios/${nml}/boekingen/importen?bestandsnaam=mei.csv&jaar=2024&kolomDatum=Datum&kolomBedrag=Bedrag&kolomBegrotingsregel=Onderdeel&kolomUitkering=Uitkering&soort=uitgave&kolomGemeente=Gemeente&kolomDocumentreferentie=Factuur&kolomDocumentbedrag=Factuurbedrag&kolomActiviteit=Activiteit`,
    headers: { ...financieel, 'content-type': 'text/csv' },
    payload: csv,
  });
  expect(r.statusCode).toBe(201);
});
afterAll(() => t.close());

describe('dubbele financiering', () => {
  it('flags the invoice charged in full to two grants, with the trace per grant, and not the split one', async () => {
    const { items } = (await get(`/api/v1/regios/${nml}/dubbele-financiering?jaar=2024`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ soort: 'document', sleutel: 'F-DUBBEL', grensCenten: 1_000_000, aangerekendCenten: 2_000_000, teveelCenten: 1_000_000, zekerheid: 'dubbel' });
    expect(items[0].spoor.map((s: { uitkeringNaam: string; bedragCenten: number }) => [s.uitkeringNaam, s.bedragCenten])).toEqual([
      ['Brede SPUK Venlo', 1_000_000],
      ['SPUK-IZA', 1_000_000],
    ]);
  });

  it('flags an activity charged beyond its cost once the cost is known', async () => {
    expect((await send('POST', `/api/v1/regios/${nml}/activiteiten`, { naam: 'Valpreventie', kostenCenten: 1_500_000 })).statusCode).toBe(200);
    const { items } = (await get(`/api/v1/regios/${nml}/dubbele-financiering?jaar=2024`)).json();
    expect(items.map((s: { soort: string; sleutel: string; teveelCenten: number }) => [s.soort, s.sleutel, s.teveelCenten])).toEqual([
      ['activiteit', 'Valpreventie', 500_000],
      ['document', 'F-DUBBEL', 1_000_000],
    ]);
  });
});

describe('doorbetalingen', () => {
  it('records a transfer to Venray and tracks Venray’s spending against it', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/doorbetalingen`, { uitkeringId: spuk, ontvangerGemeentecode: 'GM0984', datum: '2024-04-01', bedragCenten: 5_000_000, kenmerk: 'DB-2024-01' });
    expect(r.statusCode).toBe(201);
    const stand = (await get(`/api/v1/regios/${nml}/doorbetalingen/stand?jaar=2024`)).json().items;
    expect(stand).toEqual([
      { ontvanger: { gemeentecode: 'GM0984', naam: 'Venray' }, uitkering: { id: spuk, naam: 'SPUK-IZA' }, doorbetaaldCenten: 5_000_000, uitgegevenCenten: 1_000_000, saldoCenten: 4_000_000 },
    ]);
  });

  it('refuses a transfer to the mandaatgemeente itself and one outside the grant’s years', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/doorbetalingen`, { uitkeringId: spuk, ontvangerGemeentecode: 'GM0983', datum: '2023-04-01', bedragCenten: 1 });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['ontvangerGemeentecode', 'datum']);
  });
});

describe('SiSa', () => {
  it('computes per municipality and grant the spending of the year and cumulative, and keeps what the officer enters', async () => {
    const regels = (await get(`/api/v1/regios/${nml}/sisa?jaar=2024`)).json().items as { gemeente: { gemeentecode: string }; uitkering: { naam: string }; bestedingJaarCenten: number; cumulatiefCenten: number }[];
    const venraySpuk = regels.find((r) => r.gemeente.gemeentecode === 'GM0984' && r.uitkering.naam === 'SPUK-IZA')!;
    expect(venraySpuk).toMatchObject({ bestedingJaarCenten: 1_000_000, cumulatiefCenten: 1_000_000 });
    const gezet = await send('PUT', `/api/v1/regios/${nml}/sisa/${spuk}/GM0984?jaar=2024`, { overigeBestedingCenten: 250_000, toelichtingAfwijking: 'Start later dan gepland' });
    expect(gezet.statusCode).toBe(200);
    expect(gezet.json()).toMatchObject({ overigeBestedingCenten: 250_000, toelichtingAfwijking: 'Start later dan gepland', eindverantwoording: false });
  });

  it('exports with the indicator codes of the year as data, to XLSX with real numbers and to CSV', async () => {
    const beheerder = await t.aanmelden('beheerder@regiekamer.demo');
    const set = await send(
      'PUT',
      '/api/v1/sisa-indicatoren?regeling=spuk-iza&jaar=2024',
      {
        indicatoren: [
          { code: 'X01', label: 'Besteding (jaar T)', controle: 'Ja', grootheid: 'besteding-jaar' },
          { code: 'X02', label: 'Cumulatief', controle: 'Ja', grootheid: 'cumulatief' },
          { code: 'X03', label: 'Eindverantwoording', controle: 'Nee', grootheid: 'eindverantwoording' },
        ],
      },
      beheerder,
    );
    expect(set.statusCode).toBe(200);
    const xlsx = await get(`/api/v1/regios/${nml}/sisa/export?jaar=2024&formaat=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const blad = boek.worksheets[0]!;
    const kop = (blad.getRow(1).values as unknown[]).slice(1);
    expect(kop.slice(0, 4)).toEqual(['Gemeente', 'CBS-code', 'Uitkering', 'Jaar']);
    // SPUK-IZA has its codes for 2024; the Brede SPUK without a set gets Regiekamer's own column names.
    const kolom = (naam: string) => kop.indexOf(naam);
    expect(kolom('X01 Besteding (jaar T)')).toBeGreaterThan(3);
    expect(kolom('Besteding ten laste van de uitkering in het jaar')).toBeGreaterThan(3);
    let venray: unknown[] | undefined;
    blad.eachRow((rij) => {
      const v = (rij.values as unknown[]).slice(1);
      if (v[1] === 'GM0984' && v[2] === 'SPUK-IZA') venray = v;
    });
    expect(['X01 Besteding (jaar T)', 'X02 Cumulatief', 'X03 Eindverantwoording'].map((k) => venray![kolom(k)])).toEqual([10000, 10000, 'Nee']);
    // A grant's row leaves the columns of another regulation's set empty.
    expect(venray![kolom('Overige besteding')]).toBeUndefined();
    const csv = await get(`/api/v1/regios/${nml}/sisa/export?jaar=2024&formaat=csv`);
    const csvKop = csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(';');
    const csvVenray = csv.body.split('\r\n').find((r) => r.startsWith('Venray;GM0984;SPUK-IZA'))!.split(';');
    expect(csvVenray[csvKop.indexOf('X01 Besteding (jaar T)')]).toBe('10000,00');
  });
});

describe('meerjarenraming', () => {
  it('shows the cliff after 2026, and a scenario that continues SPUK-IZA with a 10 % cut closes part of the gap', async () => {
    expect((await send('POST', `/api/v1/regios/${nml}/structurele-verplichtingen`, { omschrijving: 'Steunpunten en ketenregie', bedragPerJaarCenten: 300_000_000, vanafJaar: 2025 })).statusCode).toBe(201);
    const zonder = (await get(`/api/v1/regios/${nml}/meerjarenraming?van=2025&tot=2028`)).json();
    const spukPerJaar = (j: { uitkeringen: { naam: string; bedragCenten: number }[] }) => j.uitkeringen.find((u) => u.naam === 'SPUK-IZA')!.bedragCenten;
    expect(zonder.jaren.map(spukPerJaar)).toEqual([474_785_000, 509_066_600, 0, 0]);
    // 2027: no SPUK-IZA any more, but the structural commitments remain (the demo's and this one).
    expect(zonder.jaren[2].inkomstenCenten).toBe(0);
    expect(zonder.jaren[2].saldoCenten).toBe(-zonder.jaren[2].verplichtingenCenten);
    expect(zonder.jaren[2].verplichtingenCenten - zonder.jaren[1].verplichtingenCenten).toBe(-50_000_000);
    const s = await send('POST', `/api/v1/regios/${nml}/scenarios`, {
      naam: 'Voortzetting met korting',
      aannames: [
        { uitkeringId: spuk, soort: 'voortzetting', vanafJaar: 2027 },
        { uitkeringId: spuk, soort: 'korting', vanafJaar: 2027, basispunten: 1000 },
      ],
    });
    expect(s.statusCode).toBe(201);
    const met = (await get(`/api/v1/regios/${nml}/meerjarenraming?van=2025&tot=2028&scenarioId=${s.json().id}`)).json();
    expect(met.scenario.naam).toBe('Voortzetting met korting');
    expect(met.jaren.map(spukPerJaar)).toEqual([474_785_000, 509_066_600, 458_159_940, 458_159_940]);
  });

  it('refuses a cut without a percentage and a grant of another region', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/scenarios`, {
      naam: 'Fout',
      aannames: [
        { uitkeringId: spuk, soort: 'korting', vanafJaar: 2027 },
        { uitkeringId: '00000000-0000-4000-8000-000000000000', soort: 'voortzetting', vanafJaar: 2027 },
      ],
    });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['aannames.0.basispunten', 'aannames.1.uitkeringId']);
  });
});

