import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Record<string, string>;
let tekortId: string;

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  const { items } = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren`)).json();
  tekortId = items.find((i: { code: string }) => i.code === 'personeelstekort').id;
});
afterAll(() => t.close());

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const importeer = (csv: string, query = '', headers = coordinator) =>
  t.app.inject({ method: 'POST', url: `/api/v1/regios/${nml}/regiobeeld/importen${query}`, headers: { ...headers, 'content-type': 'text/csv' }, payload: csv });

describe('het regiobeeld van Noord- en Midden-Limburg (DOMAIN.md §7)', () => {
  it('shows the staff shortage: 2,100 in 2023, 4,500 and 6,700 in 2032 under two scenarios, and 10 % in 2032', async () => {
    const lijst = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren`)).json();
    expect(lijst.versie).toMatchObject({ versie: 1, huidig: true, naam: 'Regiobeeld Noord- en Midden-Limburg' });
    expect(lijst.items.find((i: { code: string }) => i.code === 'personeelstekort')).toMatchObject({ eenheid: 'personen', laatsteWaarneming: { jaar: 2023, waarde: 2100 }, aantalWaarden: 3 });
    const r = await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}`);
    expect(r.statusCode).toBe(200);
    const i = r.json();
    expect(i.bron).toContain('GGD Limburg-Noord');
    expect(i.waarden).toEqual([
      { gemeente: null, jaar: 2023, soort: 'waargenomen', scenario: '', waarde: 2100 },
      { gemeente: null, jaar: 2032, soort: 'prognose', scenario: 'geen groei van personeel en geen vraagverschuiving', waarde: 6700 },
      { gemeente: null, jaar: 2032, soort: 'prognose', scenario: 'huidig beleid', waarde: 4500 },
    ]);
    expect(i.regioplan.map((x: { soort: string; nummer: number }) => `${x.soort} ${x.nummer}`)).toEqual(['opgave 1', 'pijler 4']);
    const aandeel = lijst.items.find((x: { code: string }) => x.code === 'personeelstekort-aandeel');
    const detail = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${aandeel.id}`)).json();
    expect(detail).toMatchObject({ eenheid: '%', waarden: [{ jaar: 2032, waarde: 10, scenario: 'huidig beleid' }] });
  });

  it('every member reads it, the reader too', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    expect((await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}`, lezer)).statusCode).toBe(200);
    expect((await get(`/api/v1/regios/${nml}/regiobeeld/versies`, lezer)).json().totaal).toBe(1);
  });
});

describe('indicatoren', () => {
  it('the coordinator adds one, with an audit row', async () => {
    const voor = await tel('auditregel');
    const r = await send('POST', `/api/v1/regios/${nml}/regiobeeld/indicatoren`, { code: 'inwoners-75plus', naam: 'Inwoners van 75 jaar en ouder', eenheid: 'personen', bron: 'CBS' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ code: 'inwoners-75plus', aantalWaarden: 0, laatsteWaarneming: null });
    expect(await tel('auditregel')).toBe(voor + 1);
  });

  it('names every invalid field, and a code in use, and writes nothing', async () => {
    const voor = await tel('regiobeeld_indicator');
    const r = await send('POST', `/api/v1/regios/${nml}/regiobeeld/indicatoren`, { code: 'met spatie', naam: '', eenheid: '' });
    expect(r.statusCode).toBe(400);
    expect(namen(r).sort()).toEqual(['code', 'eenheid', 'naam']);
    const dubbel = await send('POST', `/api/v1/regios/${nml}/regiobeeld/indicatoren`, { code: 'personeelstekort', naam: 'Nog een', eenheid: 'personen' });
    expect(dubbel.statusCode).toBe(409);
    expect(namen(dubbel)).toEqual(['code']);
    expect(await tel('regiobeeld_indicator')).toBe(voor);
  });

  it('the reader and a municipal policy officer cannot write', async () => {
    for (const email of ['lezer@regiekamer.demo', 'beleidsadviseur.venray@regiekamer.demo']) {
      const h = await t.aanmelden(email);
      expect((await send('POST', `/api/v1/regios/${nml}/regiobeeld/indicatoren`, { code: 'x', naam: 'X', eenheid: 'x' }, h)).statusCode).toBe(403);
      expect((await send('PATCH', `/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}`, { naam: 'X' }, h)).statusCode).toBe(403);
      expect((await importeer('indicator;geografie;jaar;scenario;waarde\npersoneelstekort;;2024;;1', '', h)).statusCode).toBe(403);
      expect((await send('POST', `/api/v1/regios/${nml}/regiobeeld/versies`, { naam: 'X', peildatum: '2025-01-01' }, h)).statusCode).toBe(403);
    }
  });

  it('another region cannot see or change this region’s indicator', async () => {
    expect((await get(`/api/v1/regios/${zk}/regiobeeld/indicatoren/${tekortId}`)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/v1/regios/${zk}/regiobeeld/indicatoren/${tekortId}`, { naam: 'Gekaapt' })).statusCode).toBe(404);
    expect((await send('DELETE', `/api/v1/regios/${zk}/regiobeeld/indicatoren/${tekortId}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${zk}/regiobeeld/indicatoren`)).json()).toMatchObject({ versie: null, totaal: 0 });
  });

  it('an indicator with values stays; one without goes', async () => {
    const r = await send('DELETE', `/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}`);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('3 waarden');
    expect(r.json().detail).toContain('opgave 1 (Personeelstekort)');
    const nieuw = (await send('POST', `/api/v1/regios/${nml}/regiobeeld/indicatoren`, { code: 'weg', naam: 'Weg', eenheid: 'x' })).json();
    expect((await send('DELETE', `/api/v1/regios/${nml}/regiobeeld/indicatoren/${nieuw.id}`)).statusCode).toBe(204);
  });
});

describe('import van waarden (CSV in lange vorm)', () => {
  const kop = 'indicator;geografie;jaar;scenario;waarde';
  const goed = [kop, 'personeelstekort;regio;2023;;2100', 'inwoners-75plus;;2024;;27.400', 'inwoners-75plus;GM0984;2024;;4600', 'inwoners-75plus;GM0983;2024;;10321,5', 'personeelstekort;;2028;huidig beleid;3500'].join('\n');

  it('refuses a file with bad rows, naming each line and reason, and writes nothing', async () => {
    const [waarden, audit] = [await tel('regiobeeld_waarde'), await tel('auditregel')];
    const r = await importeer(
      [
        kop,
        'personeelstekort;;2024;;2200',
        'onbekend;;2024;;1',
        'personeelstekort;GM0392;2024;;1',
        'personeelstekort;;vorig jaar;;1',
        'personeelstekort;;2025;;veel',
        'personeelstekort;regio;2024;;2300',
      ].join('\n'),
    );
    expect(r.statusCode).toBe(400);
    expect(r.json().detail).toBe('5 fouten; er is niets geïmporteerd.');
    expect(namen(r)).toEqual(['regel 3: indicator', 'regel 4: geografie', 'regel 5: jaar', 'regel 6: waarde', 'regel 7: indicator']);
    const redenen = r.json().invalidParams.map((p: { reason: string }) => p.reason);
    expect(redenen[1]).toBe('Gemeente GM0392 hoort niet bij deze regio');
    expect(redenen[4]).toContain('Dubbele regel');
    expect([await tel('regiobeeld_waarde'), await tel('auditregel')]).toEqual([waarden, audit]);
  });

  it('a check run (proef) reports what would happen and writes nothing', async () => {
    const voor = await tel('regiobeeld_waarde');
    const r = await importeer(goed, '?proef=true');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ proef: true, aantalRegels: 5, toegevoegd: 4, gewijzigd: 0, ongewijzigd: 1 });
    expect(await tel('regiobeeld_waarde')).toBe(voor);
  });

  it('imports all rows into the current version and reports added, changed and unchanged', async () => {
    const voor = await tel('auditregel');
    const r = await importeer(goed);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ versie: { versie: 1 }, proef: false, aantalRegels: 5, toegevoegd: 4, gewijzigd: 0, ongewijzigd: 1 });
    expect(await tel('auditregel')).toBe(voor + 1);
    const { items } = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren`)).json();
    const ouderen = items.find((i: { code: string }) => i.code === 'inwoners-75plus');
    const detail = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${ouderen.id}`)).json();
    expect(detail.waarden.map((w: { gemeente: { gemeentecode: string } | null; waarde: number }) => [w.gemeente?.gemeentecode ?? 'regio', w.waarde])).toEqual([
      ['regio', 27.4],
      ['GM0983', 10321.5],
      ['GM0984', 4600],
    ]);
  });

  it('the same file again changes nothing and writes no audit row', async () => {
    const [waarden, audit] = [await tel('regiobeeld_waarde'), await tel('auditregel')];
    const r = await importeer(goed);
    expect(r.json()).toMatchObject({ toegevoegd: 0, gewijzigd: 0, ongewijzigd: 5 });
    expect([await tel('regiobeeld_waarde'), await tel('auditregel')]).toEqual([waarden, audit]);
  });

  it('a changed value is updated in place (comma or point alike)', async () => {
    const r = await importeer([kop, 'personeelstekort;;2028;huidig beleid;3600,0', 'inwoners-75plus;;2024;;27,4'].join('\n'));
    expect(r.json()).toMatchObject({ toegevoegd: 0, gewijzigd: 1, ongewijzigd: 1 });
  });

  it('an empty or unreadable file, and a missing column, are refused', async () => {
    expect(namen(await importeer(''))).toEqual(['regel 1: bestand']);
    expect(namen(await importeer('indicator;jaar;waarde\npersoneelstekort;2024;1'))).toEqual(['regel 1: kolommen']);
  });
});

describe('versies: herijken zonder het oude beeld te verliezen', () => {
  let versie1: string;
  let versie2: string;

  it('a new version starts as a copy of the current one and becomes current', async () => {
    versie1 = (await get(`/api/v1/regios/${nml}/regiobeeld/versies`)).json().items[0].id;
    const r = await send('POST', `/api/v1/regios/${nml}/regiobeeld/versies`, { naam: 'Herijking 2025', peildatum: '2025-06-30', toelichting: 'Nieuwe prognoses' });
    expect(r.statusCode).toBe(201);
    versie2 = r.json().id;
    const { items } = (await get(`/api/v1/regios/${nml}/regiobeeld/versies`)).json();
    expect(items.map((v: { versie: number; huidig: boolean; aantalWaarden: number }) => [v.versie, v.huidig, v.aantalWaarden])).toEqual([
      [2, true, items[1].aantalWaarden],
      [1, false, items[1].aantalWaarden],
    ]);
  });

  it('changes go into the new version; the earlier one stays exactly as it was', async () => {
    const r = await importeer('indicator;geografie;jaar;scenario;waarde\npersoneelstekort;;2032;huidig beleid;4800');
    expect(r.json()).toMatchObject({ versie: { versie: 2 }, gewijzigd: 1 });
    const nu = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}`)).json();
    const toen = (await get(`/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}?versieId=${versie1}`)).json();
    const in2032 = (i: { waarden: { jaar: number; scenario: string; waarde: number }[] }) => i.waarden.find((w) => w.jaar === 2032 && w.scenario === 'huidig beleid')!.waarde;
    expect([in2032(nu), in2032(toen)]).toEqual([4800, 4500]);
    expect(nu.versie.id).toBe(versie2);
  });

  it('an earlier version is refused as import target, with the reason', async () => {
    const r = await importeer('indicator;geografie;jaar;scenario;waarde\npersoneelstekort;;2023;;1', `?versieId=${versie1}`);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('is vervangen door versie 2');
    const put = await send('PUT', `/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}/waarden`, { versieId: versie1, waarden: [] });
    expect(put.statusCode).toBe(409);
  });

  it('a version of another region is unknown', async () => {
    expect((await get(`/api/v1/regios/${zk}/regiobeeld/indicatoren?versieId=${versie2}`)).statusCode).toBe(404);
    const r = await t.app.inject({ method: 'POST', url: `/api/v1/regios/${zk}/regiobeeld/importen?versieId=${versie2}`, headers: { ...coordinator, 'content-type': 'text/csv' }, payload: 'a\n1' });
    expect(r.statusCode).toBe(409);
  });
});

describe('waarden van één indicator vervangen (het formulier)', () => {
  it('replaces all values of the indicator in the current version', async () => {
    const versieId = (await get(`/api/v1/regios/${nml}/regiobeeld/versies`)).json().items[0].id;
    const r = await send('PUT', `/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}/waarden`, {
      versieId,
      waarden: [
        { geografie: 'regio', jaar: 2023, scenario: '', waarde: 2100 },
        { geografie: '', jaar: 2032, scenario: 'huidig beleid', waarde: 4500 },
        { geografie: 'GM0984', jaar: 2023, scenario: '', waarde: 180.5 },
      ],
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().waarden.map((w: { waarde: number }) => w.waarde)).toEqual([2100, 4500, 180.5]);
  });

  it('names each bad value by its row and field, and writes nothing', async () => {
    const versieId = (await get(`/api/v1/regios/${nml}/regiobeeld/versies`)).json().items[0].id;
    const voor = await tel('regiobeeld_waarde');
    const pad = `/api/v1/regios/${nml}/regiobeeld/indicatoren/${tekortId}/waarden`;
    // Semantic problems (membership, scenario, doubles) are named after the contract accepts the shape.
    const inhoudelijk = [
      { geografie: 'GM0392', jaar: 2023, scenario: '', waarde: 1 },
      { geografie: '', jaar: 2023, soort: 'waargenomen', scenario: 'huidig beleid', waarde: 1 },
      { geografie: '', jaar: 2024, scenario: '', waarde: 1 },
      { geografie: 'regio', jaar: 2024, scenario: '', waarde: 2 },
    ];
    const r = await send('PUT', pad, { versieId, waarden: [...inhoudelijk, { geografie: 'Venlo', jaar: 1800, soort: 'gok', scenario: '', waarde: 'veel' }] });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['waarden.4.geografie', 'waarden.4.jaar', 'waarden.4.soort', 'waarden.4.waarde']);
    const r2 = await send('PUT', pad, { versieId, waarden: inhoudelijk });
    expect(r2.statusCode).toBe(400);
    expect(namen(r2)).toEqual(['waarden.0.geografie', 'waarden.1.scenario', 'waarden.3.jaar']);
    expect(await tel('regiobeeld_waarde')).toBe(voor);
  });
});
