import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dekking, Gemeentegrenzen, Steunpunt } from '../../../common/contracts/steunpunten';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';

type Kop = Record<string, string>;

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Kop;
let venray: Kop;
let lezer: Kop;
let beheerder: Kop;
let organisaties: { id: string; naam: string }[];
let zkOrganisaties: { id: string; naam: string }[];

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const stand = () => Promise.all(['steunpunt', 'gemeentegrens', 'auditregel'].map(tel));
const pad = (regio = nml) => `/api/v1/regios/${regio}/steunpunten`;
const dekking = async () => (await get(`${pad()}/dekking`)).json() as Dekking;
const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
const geldig = (extra: Record<string, unknown> = {}) => ({
  naam: 'Inloop De Brug',
  straat: 'Grotestraat',
  huisnummer: '12a',
  postcode: '5801bd',
  plaats: 'Venray',
  gemeentecode: 'GM0984',
  exploitantNaam: 'Welzijn Venray',
  doelgroepen: ['volwassenen'],
  openVoorIedereen: true,
  openingstijden: 'ma–vr 10–16 uur',
  telefoon: '0478 123 456',
  email: 'info@debrug.nl',
  website: 'https://debrug.nl',
  openbaar: true,
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, venray, lezer, beheerder] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
    t.aanmelden('beheerder@regiekamer.demo'),
  ]);
  organisaties = (await get(`/api/v1/regios/${nml}/organisaties`)).json().items;
  zkOrganisaties = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items;
});
afterAll(() => t.close());

describe('de lijst en de dekking van de demo', () => {
  it('toont de illustratieve steunpunten met gemeente en exploitant, en filtert', async () => {
    const r = await get(pad(), lezer);
    expect(r.statusCode).toBe(200);
    const items = r.json().items as Steunpunt[];
    expect(items.length).toBe(10);
    expect(items.every((s) => s.naam.includes('illustratief'))).toBe(true);
    expect(items.find((s) => s.naam.startsWith('Jongerenpunt'))).toMatchObject({ gemeente: { gemeentecode: 'GM0983', naam: 'Venlo' }, exploitant: { organisatie: { naam: 'GGD Limburg-Noord' } }, openVoorIedereen: false });
    expect((await get(`${pad()}?gemeentecode=GM0983`)).json().totaal).toBe(2);
    expect((await get(`${pad()}?openVoorIedereen=nee`)).json().totaal).toBe(2);
    expect((await get(`${pad()}?zoek=roermond`)).json().items.map((s: Steunpunt) => s.gemeente.naam)).toEqual(['Roermond']);
    const fout = await get(`${pad()}?openbaar=misschien&gemeentecode=Venlo`);
    expect(fout.statusCode).toBe(400);
    expect(namen(fout).sort()).toEqual(['gemeentecode', 'openbaar']);
  });

  it('de dekking: 8 van de 14 gemeenten, in inwoners berekend uit het register', async () => {
    const d = await dekking();
    expect(d.totaal).toMatchObject({ gemeenten: 14, gedekteGemeenten: 8, gemeentenBasispunten: 5714 });
    expect(d.gemeenten.find((g) => g.gemeentecode === 'GM0984')).toMatchObject({ naam: 'Venray', gedekt: false, steunpunten: 0 });
    // Beesel has a point, but only on referral: not covered.
    expect(d.gemeenten.find((g) => g.gemeentecode === 'GM0889')).toMatchObject({ steunpunten: 1, openVoorIedereen: 0, gedekt: false });
    const inwoners = d.gemeenten.reduce((s, g) => s + g.inwoners, 0);
    const gedekt = d.gemeenten.filter((g) => g.gedekt).reduce((s, g) => s + g.inwoners, 0);
    expect(d.totaal).toMatchObject({ inwoners, gedekteInwoners: gedekt, inwonersBasispunten: Math.round((gedekt * 10000) / inwoners) });
    expect(d.totaal.inwonersBasispunten).toBeGreaterThan(0);
    expect(d.totaal.inwonersBasispunten).toBeLessThan(10000);
  });

  it('is van een andere regio niet te zien', async () => {
    expect((await get(pad(zk), venray)).statusCode).toBe(404);
    expect((await get(`${pad(zk)}/dekking`, venray)).statusCode).toBe(404);
  });
});

describe('een steunpunt vastleggen', () => {
  let id: string;

  it('de beleidsadviseur van Venray legt er een vast in Venray; de dekking stijgt; historie', async () => {
    const voor = await dekking();
    const [punten, , audit] = await stand();
    const r = await send('POST', pad(), geldig(), venray);
    expect(r.statusCode, r.body).toBe(201);
    const s = r.json() as Steunpunt;
    id = s.id;
    expect(r.headers.location).toBe(`${pad()}/${id}`);
    expect(s).toMatchObject({ adres: { postcode: '5801 BD', huisnummer: '12a' }, gemeente: { naam: 'Venray' }, contact: { telefoon: '0478 123 456', email: 'info@debrug.nl' }, openbaar: true });
    const [puntenNa, , auditNa] = await stand();
    expect([puntenNa! - punten!, auditNa! - audit!]).toEqual([1, 1]);
    const na = await dekking();
    expect(na.totaal.gedekteGemeenten).toBe(voor.totaal.gedekteGemeenten + 1);
    expect(na.totaal.inwonersBasispunten).toBeGreaterThan(voor.totaal.inwonersBasispunten);
    expect(na.gemeenten.find((g) => g.gemeentecode === 'GM0984')).toMatchObject({ gedekt: true, steunpunten: 1, openVoorIedereen: 1 });
    const h = (await get(`/api/v1/regios/${nml}/historie?soort=steunpunt&itemId=${id}`)).json();
    expect(h.items[0]).toMatchObject({ actie: 'aangemaakt', na: { naam: 'Inloop De Brug', gemeente: { naam: 'Venray' } } });
    expect((await get(`${pad()}/${id}`, lezer)).json()).toMatchObject({ id, naam: 'Inloop De Brug' });
  });

  it('wijzigt, met voor en na in de historie; leeg contact wordt null', async () => {
    const r = await send('PATCH', `${pad()}/${id}`, { openingstijden: 'dagelijks', website: '', exploitantOrganisatieId: org('GGD Limburg-Noord') }, venray);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ openingstijden: 'dagelijks', contact: { website: null, email: 'info@debrug.nl' }, exploitant: { organisatie: { naam: 'GGD Limburg-Noord' }, naam: 'Welzijn Venray' } });
    const h = (await get(`/api/v1/regios/${nml}/historie?soort=steunpunt&itemId=${id}`)).json();
    expect(h.items[0]).toMatchObject({ actie: 'gewijzigd', voor: { openingstijden: 'ma–vr 10–16 uur' }, na: { openingstijden: 'dagelijks' } });
  });

  it('de beleidsadviseur van Venray kan een steunpunt niet naar Venlo verplaatsen, en niet in Venlo vastleggen of wijzigen', async () => {
    const voor = await stand();
    const verplaatsen = await send('PATCH', `${pad()}/${id}`, { gemeentecode: 'GM0983' }, venray);
    expect(verplaatsen.statusCode).toBe(403);
    expect(verplaatsen.json().detail).toContain('Venlo');
    expect((await send('POST', pad(), geldig({ gemeentecode: 'GM0983', plaats: 'Venlo' }), venray)).statusCode).toBe(403);
    const venlo = (await get(`${pad()}?gemeentecode=GM0983`)).json().items[0] as Steunpunt;
    expect((await send('PATCH', `${pad()}/${venlo.id}`, { openingstijden: 'nooit' }, venray)).statusCode).toBe(403);
    // Nor take Venlo's point into Venray: the old municipality counts too.
    expect((await send('PATCH', `${pad()}/${venlo.id}`, { gemeentecode: 'GM0984' }, venray)).statusCode).toBe(403);
    expect((await send('DELETE', `${pad()}/${venlo.id}`, undefined, venray)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('de coördinator verplaatst het wel, en de dekking volgt', async () => {
    const r = await send('PATCH', `${pad()}/${id}`, { gemeentecode: 'GM1641', plaats: 'Maasbracht', postcode: '6051 AA' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().gemeente).toEqual({ gemeentecode: 'GM1641', naam: 'Maasgouw' });
    const d = await dekking();
    expect(d.gemeenten.find((g) => g.gemeentecode === 'GM0984')!.gedekt).toBe(false);
    expect(d.gemeenten.find((g) => g.gemeentecode === 'GM1641')!.gedekt).toBe(true);
    // Now in Maasgouw, Venray's officer can no longer touch it.
    expect((await send('PATCH', `${pad()}/${id}`, { gemeentecode: 'GM0984' }, venray)).statusCode).toBe(403);
  });

  it('een lezer kan niets vastleggen', async () => {
    const voor = await stand();
    expect((await send('POST', pad(), geldig(), lezer)).statusCode).toBe(403);
    expect((await send('PATCH', `${pad()}/${id}`, { naam: 'x' }, lezer)).statusCode).toBe(403);
    expect((await send('DELETE', `${pad()}/${id}`, undefined, lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('weigert een gemeente buiten de regio en een exploitant van een andere regio, met beide velden genoemd', async () => {
    const voor = await stand();
    const r = await send('POST', pad(), geldig({ gemeentecode: 'GM0392', exploitantOrganisatieId: zkOrganisaties[0]!.id }));
    expect(r.statusCode).toBe(400);
    expect(namen(r).sort()).toEqual(['exploitantOrganisatieId', 'gemeentecode']);
    expect(r.json().invalidParams.find((p: { name: string }) => p.name === 'gemeentecode').reason).toContain('GM0392 is geen gemeente van deze regio');
    expect(await stand()).toEqual(voor);
  });

  it('weigert onjuiste contactgegevens, postcode en ontbrekende velden, met elk veld genoemd', async () => {
    const voor = await stand();
    const r = await send('POST', pad(), geldig({ telefoon: '12', email: 'geen-adres', website: 'ftp://debrug.nl', postcode: '0123 A', openVoorIedereen: 'ja', naam: '' }));
    expect(r.statusCode).toBe(400);
    expect(namen(r).sort()).toEqual(['email', 'naam', 'openVoorIedereen', 'postcode', 'telefoon', 'website']);
    const leeg = await send('POST', pad(), {});
    expect(namen(leeg).sort()).toEqual(['gemeentecode', 'huisnummer', 'naam', 'openVoorIedereen', 'plaats', 'postcode', 'straat']);
    const wijzig = await send('PATCH', `${pad()}/${id}`, { email: 'a@b', telefoon: '+31 (0)6-1234' });
    expect(namen(wijzig).sort()).toEqual(['email', 'telefoon']);
    expect(await stand()).toEqual(voor);
  });

  it('dezelfde naam in dezelfde gemeente botst (409), niets geschreven', async () => {
    const voor = await stand();
    const r = await send('POST', pad(), geldig({ gemeentecode: 'GM1641', plaats: 'Maasbracht' }));
    expect(r.statusCode).toBe(409);
    expect(namen(r)).toEqual(['naam']);
    expect(await stand()).toEqual(voor);
  });

  it('ids van een andere regio of onbekende ids: 404, niets geschreven', async () => {
    const voor = await stand();
    expect((await get(`${pad(zk)}/${id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `${pad(zk)}/${id}`, { naam: 'Overgenomen' })).statusCode).toBe(404);
    expect((await send('DELETE', `${pad(zk)}/${id}`)).statusCode).toBe(404);
    expect((await get(`${pad()}/11111111-1111-4111-8111-111111111111`)).statusCode).toBe(404);
    expect(await stand()).toEqual(voor);
  });

  it('verwijdert, met een auditregel', async () => {
    const [punten, , audit] = await stand();
    expect((await send('DELETE', `${pad()}/${id}`)).statusCode).toBe(204);
    const [puntenNa, , auditNa] = await stand();
    expect([puntenNa! - punten!, auditNa! - audit!]).toEqual([-1, 1]);
    expect((await get(`${pad()}/${id}`)).statusCode).toBe(404);
  });
});

describe('gemeentegrenzen', () => {
  const bestand = () => JSON.parse(readFileSync(path.resolve('../shared/data/gemeenten-2025.geojson'), 'utf8')) as { features: unknown[] };

  it('alleen de beheerder importeert; zonder grenzen toont de regio er geen', async () => {
    expect((await send('POST', '/api/v1/gemeentegrenzen', bestand())).statusCode).toBe(403);
    expect((await get(`/api/v1/regios/${nml}/gemeentegrenzen`)).json().features).toEqual([]);
    expect((await dekking()).gemeentenMetGrens).toBe(0);
  });

  it('een ongeldig bestand of een zonder bekende codes: precieze melding, niets geschreven', async () => {
    const voor = await stand();
    const geenFc = await send('POST', '/api/v1/gemeentegrenzen', { type: 'Feature' }, beheerder);
    expect(geenFc.statusCode).toBe(400);
    expect(namen(geenFc)).toEqual(['bestand']);
    const zonderGeometrie = await send('POST', '/api/v1/gemeentegrenzen', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { statcode: 'GM0984' }, geometry: null }] }, beheerder);
    expect(namen(zonderGeometrie)).toEqual(['features[0].geometry']);
    const onbekend = await send(
      'POST',
      '/api/v1/gemeentegrenzen',
      { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { statcode: 'GM9999' }, geometry: { type: 'Polygon', coordinates: [[[5, 51], [6, 51], [6, 52], [5, 51]]] } }] },
      beheerder,
    );
    expect(onbekend.statusCode).toBe(400);
    expect(onbekend.json().invalidParams[0]).toMatchObject({ name: 'bestand', code: 'geen-bekende-gemeenten' });
    expect(await stand()).toEqual(voor);
  });

  it('importeert het echte bestand: codes buiten het register gemeld, de rest erin; tweemaal verandert niets', async () => {
    const [, grenzen, audit] = await stand();
    const r = await send('POST', '/api/v1/gemeentegrenzen', bestand(), beheerder);
    expect(r.statusCode, r.body).toBe(200);
    // The test register holds the demo's 21 municipalities.
    const register = await tel('gemeente');
    expect(r.json()).toMatchObject({ aantalFeatures: 342, toegevoegd: register, bijgewerkt: 0, ongewijzigd: 0, onbekend: { aantal: 342 - register } });
    expect(r.json().onbekend.eerste).toHaveLength(5);
    const [, grenzenNa, auditNa] = await stand();
    expect([grenzenNa! - grenzen!, auditNa! - audit!]).toEqual([register, 1]);

    const opnieuw = await send('POST', '/api/v1/gemeentegrenzen', bestand(), beheerder);
    expect(opnieuw.json()).toMatchObject({ toegevoegd: 0, bijgewerkt: 0, ongewijzigd: register });
    expect(await stand()).toEqual([expect.any(Number), grenzenNa, auditNa]);

    const fc = (await get(`/api/v1/regios/${nml}/gemeentegrenzen`, lezer)).json() as Gemeentegrenzen;
    expect(fc.features).toHaveLength(14);
    expect(fc.features.find((f) => f.id === 'GM0984')).toMatchObject({ properties: { naam: 'Venray' }, geometry: { type: expect.stringMatching(/Polygon/) } });
    expect((await dekking()).gemeentenMetGrens).toBe(14);
    expect((await get(`/api/v1/regios/${zk}/gemeentegrenzen`, venray)).statusCode).toBe(404);
  });
});
