import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KetenaanpakkenMatrix } from '../../../common/contracts/ketenaanpakken';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';

type Kop = Record<string, string>;

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Kop;
let venray: Kop;
let vgz: Kop;
let lezer: Kop;
let organisaties: { id: string; naam: string }[];
let zkOrganisaties: { id: string; naam: string }[];

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const stand = () => Promise.all(['ketenaanpak', 'ketenaanpak_gemeente', 'auditregel'].map(tel));
const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
const pad = (regio = nml) => `/api/v1/regios/${regio}/ketenaanpakken`;
const matrix = async (regio = nml) => (await get(pad(regio))).json() as KetenaanpakkenMatrix;
const aanpak = async (code: string) => (await matrix()).ketenaanpakken.find((a) => a.code === code)!.id;
const cel = (m: KetenaanpakkenMatrix, gemeentecode: string, code: string) => {
  const id = m.ketenaanpakken.find((a) => a.code === code)!.id;
  return m.gemeenten.find((g) => g.gemeentecode === gemeentecode)!.cellen.find((c) => c.ketenaanpakId === id)!;
};
const celPad = (ketenaanpakId: string, gemeentecode: string, regio = nml) => `${pad(regio)}/${ketenaanpakId}/gemeenten/${gemeentecode}`;

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, venray, vgz, lezer] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
    t.aanmelden('partner.vgz@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
  ]);
  organisaties = (await get(`/api/v1/regios/${nml}/organisaties`)).json().items;
  zkOrganisaties = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items;
});
afterAll(() => t.close());

describe('de matrix', () => {
  it('geeft de vijf aanpakken en alle veertien gemeenten, met de stand van 2024', async () => {
    const r = await get(pad(), lezer);
    expect(r.statusCode).toBe(200);
    const m = r.json() as KetenaanpakkenMatrix;
    expect(m.ketenaanpakken.map((a) => a.naam)).toEqual([
      'Kansrijke start',
      'Valpreventie bij ouderen',
      'Aanpak overgewicht en obesitas bij kinderen',
      'Gecombineerde leefstijlinterventie (GLI) bij volwassenen',
      'Welzijn op recept',
    ]);
    expect(m.gemeenten).toHaveLength(14);
    expect(m.gemeenten.every((g) => g.cellen.length === 5)).toBe(true);
    // Kansrijke start: regional under the GGD everywhere.
    for (const g of m.gemeenten) {
      expect(cel(m, g.gemeentecode, 'kansrijke-start')).toMatchObject({ niveau: 'regionaal', coordinator: { naam: 'GGD Limburg-Noord' } });
    }
    expect(cel(m, 'GM0984', 'valpreventie').niveau).toBe('regionaal'); // Venray, Noord-Limburg
    expect(['lokaal', 'in-voorbereiding']).toContain(cel(m, 'GM1640', 'valpreventie').niveau); // Leudal, Midden-Limburg
    expect(cel(m, 'GM0983', 'welzijn-op-recept').niveau).toBe('regionaal');
    expect(cel(m, 'GM0957', 'welzijn-op-recept').niveau).toBe('lokaal');
    expect(cel(m, 'GM0983', 'gli').interventie).toBe('Healthy Life');
    expect(cel(m, 'GM0983', 'overgewicht-kinderen').interventie).toBe('Keigezond Limburg');
    // Not stored: shown as "niet gestart".
    expect(cel(m, 'GM0984', 'overgewicht-kinderen')).toMatchObject({ niveau: 'niet-gestart', opgeslagen: false, id: null });
  });

  it('is van een andere regio niet te zien', async () => {
    const r = await get(pad(zk), venray);
    expect(r.statusCode).toBe(404);
  });
});

describe('een cel vastleggen', () => {
  it('de beleidsadviseur van Venray legt Venray vast, met historie', async () => {
    const id = await aanpak('overgewicht-kinderen');
    const [, rijen, audit] = await stand();
    const r = await send(
      'PUT',
      celPad(id, 'GM0984'),
      { niveau: 'in-voorbereiding', coordinatorOrganisatieId: org('GGD Limburg-Noord'), coordinatorNaam: 'jeugdarts GGD', interventie: 'Keigezond Limburg', verwijsroutes: 'Jeugdarts verwijst', notities: 'Start 2025' },
      venray,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ niveau: 'in-voorbereiding', opgeslagen: true, coordinator: { naam: 'GGD Limburg-Noord' }, interventie: 'Keigezond Limburg' });
    const [, rijenNa, auditNa] = await stand();
    expect([rijenNa! - rijen!, auditNa! - audit!]).toEqual([1, 1]);
    expect(cel(await matrix(), 'GM0984', 'overgewicht-kinderen')).toMatchObject({ niveau: 'in-voorbereiding', opgeslagen: true });

    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=ketenaanpak-gemeente&itemId=${r.json().id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'aangemaakt', gebruikerNaam: expect.any(String), na: { niveau: 'in voorbereiding', gemeente: 'Venray' } });

    const opnieuw = await send('PUT', celPad(id, 'GM0984'), { niveau: 'lokaal', interventie: 'Keigezond Limburg' }, venray);
    expect(opnieuw.statusCode).toBe(200);
    expect(opnieuw.json()).toMatchObject({ id: r.json().id, niveau: 'lokaal', coordinator: null, notities: '' });
    const h2 = (await get(`/api/v1/regios/${nml}/historie?soort=ketenaanpak-gemeente&itemId=${r.json().id}`)).json();
    expect(h2.items[0]).toMatchObject({ actie: 'gewijzigd', voor: { niveau: 'in voorbereiding' }, na: { niveau: 'lokaal' } });
  });

  it('de beleidsadviseur van Venray kan Venlo niet vastleggen, en er wordt niets geschreven', async () => {
    const id = await aanpak('overgewicht-kinderen');
    const voor = await stand();
    const r = await send('PUT', celPad(id, 'GM0983'), { niveau: 'regionaal' }, venray);
    expect(r.statusCode).toBe(403);
    expect(r.json().detail).toContain('Venlo');
    expect(await stand()).toEqual(voor);
  });

  it('een lezer kan niets vastleggen', async () => {
    const r = await send('PUT', celPad(await aanpak('gli'), 'GM0984'), { niveau: 'regionaal' }, lezer);
    expect(r.statusCode).toBe(403);
  });

  it('een partner alleen wat hij coördineert, en hij draagt het niet over', async () => {
    const id = await aanpak('valpreventie');
    const voor = await stand();
    // VGZ does not coordinate Kansrijke start (the GGD does), nor an unset row.
    expect((await send('PUT', celPad(await aanpak('kansrijke-start'), 'GM0889'), { niveau: 'lokaal', coordinatorOrganisatieId: org('VGZ') }, vgz)).statusCode).toBe(403);
    expect((await send('PUT', celPad(await aanpak('overgewicht-kinderen'), 'GM0889'), { niveau: 'lokaal', coordinatorOrganisatieId: org('VGZ') }, vgz)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);

    // The coordinator makes VGZ the coordinator of valpreventie in Weert; then VGZ may edit it.
    expect((await send('PUT', celPad(id, 'GM0988'), { niveau: 'lokaal', coordinatorOrganisatieId: org('VGZ') })).statusCode).toBe(200);
    const eigen = await send('PUT', celPad(id, 'GM0988'), { niveau: 'subregionaal', coordinatorOrganisatieId: org('VGZ'), verwijsroutes: 'Via de huisarts' }, vgz);
    expect(eigen.statusCode, eigen.body).toBe(200);
    expect(eigen.json()).toMatchObject({ niveau: 'subregionaal', coordinator: { naam: 'VGZ' } });
    const na = await stand();
    const overdragen = await send('PUT', celPad(id, 'GM0988'), { niveau: 'subregionaal', coordinatorOrganisatieId: org('GGD Limburg-Noord') }, vgz);
    expect(overdragen.statusCode).toBe(403);
    expect(await stand()).toEqual(na);
  });

  it('weigert een onbekend niveau en te lange teksten, met de velden genoemd, zonder iets te schrijven', async () => {
    const voor = await stand();
    const r = await send('PUT', celPad(await aanpak('gli'), 'GM0984'), { niveau: 'landelijk', notities: 'x'.repeat(4001), interventie: 'y'.repeat(201) }, venray);
    expect(r.statusCode).toBe(400);
    expect(namen(r).sort()).toEqual(['interventie', 'niveau', 'notities']);
    expect(await stand()).toEqual(voor);
  });

  it('weigert een coördinerende organisatie van een andere regio, zonder iets te schrijven', async () => {
    const voor = await stand();
    const r = await send('PUT', celPad(await aanpak('gli'), 'GM0984'), { niveau: 'lokaal', coordinatorOrganisatieId: zkOrganisaties[0]!.id });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['coordinatorOrganisatieId']);
    expect(await stand()).toEqual(voor);
  });

  it('een gemeente buiten de regio, een onbekende aanpak of een andere regio: 404 of een precieze melding, niets geschreven', async () => {
    const id = await aanpak('gli');
    const voor = await stand();
    const haarlem = await send('PUT', celPad(id, 'GM0392'), { niveau: 'lokaal' });
    expect(haarlem.statusCode).toBe(404);
    expect(haarlem.json().detail).toContain('GM0392');
    expect((await send('PUT', celPad('11111111-1111-4111-8111-111111111111', 'GM0984'), { niveau: 'lokaal' })).statusCode).toBe(404);
    const fout = await send('PUT', celPad(id, 'Venray'), { niveau: 'lokaal' });
    expect(fout.statusCode).toBe(400);
    expect(namen(fout)).toEqual(['gemeentecode']);
    // Venray's officer has no membership in Zuid-Kennemerland: the region does not exist for it.
    expect((await send('PUT', celPad(id, 'GM0392', zk), { niveau: 'lokaal' }, venray)).statusCode).toBe(404);
    expect(await stand()).toEqual(voor);
  });
});
