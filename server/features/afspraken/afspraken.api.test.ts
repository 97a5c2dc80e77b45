import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';
import { laadAfsprakencatalogi } from './afspraken.catalogus';

let t: TestApp;
let nml: string;
let zk: string;
let iza: string;
let coordinator: Record<string, string>;
let beheerder: Record<string, string>;
let lezer: Record<string, string>;
/** IZA agreement ids by code. */
const izaId = new Map<string, string>();

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  beheerder = await t.aanmelden('beheerder@regiekamer.demo');
  lezer = await t.aanmelden('lezer@regiekamer.demo');
  iza = (await get('/api/v1/akkoorden', lezer)).json().items.find((a: { code: string }) => a.code === 'IZA').id;
  for (const a of (await get(`/api/v1/akkoorden/${iza}/afspraken`, lezer)).json().items) izaId.set(a.code, a.id);
});
afterAll(() => t.close());

const get = (url: string, headers = coordinator) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, headers = coordinator) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const tel = async (tabel: string) => Number(((await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const namen = (r: { json(): { invalidParams: { name: string }[] } }) => r.json().invalidParams.map((p) => p.name);
type Item = { code: string; status: string; verlopen: boolean; verlopenTekst: string | null; thema: string; vastgelegd: boolean };

describe('de afsprakencatalogus van het IZA', () => {
  it('is shipped as data with the agreements of DOMAIN.md §9, and loading it again adds nothing', async () => {
    const { items, totaal } = (await get(`/api/v1/akkoorden/${iza}/afspraken`, lezer)).json();
    expect(totaal).toBe(16);
    const rs1 = items.find((a: { code: string }) => a.code === 'RS-1');
    expect(rs1).toMatchObject({ titel: 'Regionale preventieakkoorden met zorgverzekeraars', thema: 'regionale samenwerking', deadline: '2025-01-01', akkoordCode: 'IZA' });
    expect(items.find((a: { code: string }) => a.code === 'EH-1').deadline).toBe('2025-12-31');
    const voor = await tel('afspraak');
    await t.db.transaction(async (tx) => expect(await laadAfsprakencatalogi(tx)).toBe(0));
    expect(await tel('afspraak')).toBe(voor);
  });

  it('refuses a deadline before the accord was signed, on the field deadline, and writes nothing', async () => {
    const [afspraken, audit] = [await tel('afspraak'), await tel('auditregel')];
    const r = await send('POST', `/api/v1/akkoorden/${iza}/afspraken`, { code: 'X-1', titel: 'Te vroeg', thema: 'arbeidsmarkt', deadline: '2022-01-01' }, beheerder);
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['deadline']);
    expect(r.json().invalidParams[0].reason).toContain('16 september 2022');
    const patch = await send('PATCH', `/api/v1/akkoorden/${iza}/afspraken/${izaId.get('AM-1')}`, { deadline: '2021-12-31' }, beheerder);
    expect(namen(patch)).toEqual(['deadline']);
    expect([await tel('afspraak'), await tel('auditregel')]).toEqual([afspraken, audit]);
  });

  it('names every bad field of a new agreement: unknown theme and a malformed deadline', async () => {
    const r = await send('POST', `/api/v1/akkoorden/${iza}/afspraken`, { code: '', titel: 'x', thema: 'sport', deadline: '1-1-2025' }, beheerder);
    expect(r.statusCode).toBe(400);
    expect(namen(r).sort()).toEqual(['code', 'deadline', 'thema']);
  });

  it('only the beheerder edits it; a new accord brings its own catalogue the same way, audited', async () => {
    expect((await send('POST', `/api/v1/akkoorden/${iza}/afspraken`, { code: 'X-2', titel: 'x', thema: 'arbeidsmarkt' })).statusCode).toBe(403);
    expect((await send('PATCH', `/api/v1/akkoorden/${iza}/afspraken/${izaId.get('AM-1')}`, { titel: 'x' }, lezer)).statusCode).toBe(403);
    const akkoord = (await send('POST', '/api/v1/akkoorden', { code: 'NIEUW', naam: 'Nieuw akkoord', ondertekendOp: '2026-01-01' }, beheerder)).json();
    const r = await send('POST', `/api/v1/akkoorden/${akkoord.id}/afspraken`, { code: 'N-1', titel: 'Nieuwe afspraak', thema: 'ketenaanpakken', deadline: '2027-01-01' }, beheerder);
    expect(r.statusCode).toBe(201);
    const id = r.json().id;
    const dubbel = await send('POST', `/api/v1/akkoorden/${akkoord.id}/afspraken`, { code: 'N-1', titel: 'Nog eens', thema: 'ketenaanpakken' }, beheerder);
    expect(dubbel.statusCode).toBe(409);
    const gewijzigd = await send('PATCH', `/api/v1/akkoorden/${akkoord.id}/afspraken/${id}`, { titel: 'Gewijzigde afspraak' }, beheerder);
    expect(gewijzigd.json().titel).toBe('Gewijzigde afspraak');
    const inRegio = (await get(`/api/v1/regios/${nml}/afspraken?akkoordId=${akkoord.id}`)).json();
    expect(inRegio.items.map((a: Item) => [a.code, a.status])).toEqual([['N-1', 'niet-gestart']]);
    const audit = (await t.db.execute(sql`select actie from auditregel where soort = 'afspraak' and item_id = ${id} order by id`)) as unknown as { rows: { actie: string }[] };
    expect(audit.rows.map((x) => x.actie)).toEqual(['aangemaakt', 'gewijzigd']);
    expect((await send('DELETE', `/api/v1/akkoorden/${akkoord.id}/afspraken/${id}`, undefined, beheerder)).statusCode).toBe(204);
    expect((await send('DELETE', `/api/v1/akkoorden/${akkoord.id}`, undefined, beheerder)).statusCode).toBe(204);
  });
});

describe('de stand van een regio', () => {
  it('merges the region’s status into the catalogue; the demo’s prevention agreements are overdue', async () => {
    const { items } = (await get(`/api/v1/regios/${nml}/afspraken`, lezer)).json();
    const rs1 = items.find((a: Item) => a.code === 'RS-1');
    expect(rs1).toMatchObject({ status: 'in-uitvoering', vastgelegd: true, verlopen: true, eigenaarOrganisatie: { naam: 'VGZ' } });
    expect(rs1.verlopenTekst).toMatch(/^\d+ (maanden|jaar) over de deadline$/);
    expect(rs1.toelichting).toContain('Illustratief');
    expect(items.find((a: Item) => a.code === 'AM-1')).toMatchObject({ status: 'niet-gestart', vastgelegd: false, verlopen: false });
    expect(items.find((a: Item) => a.code === 'RS-2')).toMatchObject({ status: 'gerealiseerd', eigenaarGemeente: { gemeentecode: 'GM0983', naam: 'Venlo' } });
  });

  it('filters on status, theme and overdue', async () => {
    const verlopen = (await get(`/api/v1/regios/${nml}/afspraken?verlopen=ja`)).json().items as Item[];
    expect(verlopen.map((a) => a.code).sort()).toEqual(['EH-1', 'RS-1']);
    const gerealiseerd = (await get(`/api/v1/regios/${nml}/afspraken?status=gerealiseerd`)).json().items as Item[];
    expect(gerealiseerd.map((a) => a.code).sort()).toEqual(['GGD-1', 'RS-2']);
    const arbeidsmarkt = (await get(`/api/v1/regios/${nml}/afspraken?thema=arbeidsmarkt`)).json().items as Item[];
    expect(arbeidsmarkt.map((a) => a.code)).toEqual(['AM-1', 'AM-2', 'AM-3']);
    const fout = await get(`/api/v1/regios/${nml}/afspraken?status=klaar&thema=sport`);
    expect(fout.statusCode).toBe(400);
  });

  it('the coordinator records status, owner, evidence with links; history shows it', async () => {
    const id = izaId.get('EL-2')!;
    const r = await send('PUT', `/api/v1/regios/${nml}/afspraken/${id}`, {
      status: 'in-uitvoering',
      eigenaar: 'Werkgroep Welzijn op Recept',
      eigenaarGemeentecode: 'GM0984',
      bewijs: 'Startnotitie',
      bewijsLinks: ['https://www.welzijnoprecept.nl/'],
      toelichting: 'Illustratief.',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'in-uitvoering', eigenaarGemeente: { naam: 'Venray' }, bewijsLinks: ['https://www.welzijnoprecept.nl/'], vastgelegd: true });
    const patch = await send('PATCH', `/api/v1/regios/${nml}/afspraken/${id}`, { status: 'gerealiseerd' });
    expect(patch.json()).toMatchObject({ status: 'gerealiseerd', eigenaar: 'Werkgroep Welzijn op Recept', bewijsLinks: ['https://www.welzijnoprecept.nl/'] });
    const h = (await get(`/api/v1/regios/${nml}/historie?soort=afspraakstatus&itemId=${id}`)).json();
    expect(h.items.map((x: { actie: string }) => x.actie)).toEqual(['gewijzigd', 'aangemaakt']);
    expect(h.items[0]).toMatchObject({ gebruikerNaam: 'Cor Coördinator', voor: { status: 'in-uitvoering' }, na: { status: 'gerealiseerd' } });
  });

  it('refuses a status outside the list, a bad link and an owner outside the region, naming each, and writes nothing', async () => {
    const id = izaId.get('RS-1')!;
    const zkOrganisatie = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items[0].id;
    const zkGemeente = (await get(`/api/v1/regios/${zk}/gemeenten`)).json().items[0].gemeentecode;
    const [status, audit] = [await tel('afspraak_status'), await tel('auditregel')];
    const r = await send('PUT', `/api/v1/regios/${nml}/afspraken/${id}`, { status: 'klaar', bewijsLinks: ['https://ok.nl', 'javascript:alert(1)'] });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['status', 'bewijsLinks.1']);
    expect(r.json().invalidParams[0].reason).toContain('niet-gestart, in-uitvoering, gerealiseerd, vertraagd, niet-van-toepassing');
    const buiten = await send('PUT', `/api/v1/regios/${nml}/afspraken/${id}`, { status: 'vertraagd', eigenaarGemeentecode: zkGemeente, eigenaarOrganisatieId: zkOrganisatie });
    expect(buiten.statusCode).toBe(400);
    expect(namen(buiten)).toEqual(['eigenaarGemeentecode', 'eigenaarOrganisatieId']);
    expect([await tel('afspraak_status'), await tel('auditregel')]).toEqual([status, audit]);
    expect((await get(`/api/v1/regios/${nml}/afspraken/${id}`)).json().status).toBe('in-uitvoering');
  });

  it('only monitoring.bewerken writes: the reader, a municipal officer and a partner cannot', async () => {
    const url = `/api/v1/regios/${nml}/afspraken/${izaId.get('AM-2')}`;
    for (const email of ['lezer@regiekamer.demo', 'beleidsadviseur.venray@regiekamer.demo', 'partner.vgz@regiekamer.demo']) {
      const r = await send('PUT', url, { status: 'gerealiseerd' }, await t.aanmelden(email));
      expect(r.statusCode, email).toBe(403);
    }
    expect((await get(url)).json().vastgelegd).toBe(false);
  });

  it('another region answers 404 to an outsider, and an unknown agreement is 404', async () => {
    expect((await get(`/api/v1/regios/${zk}/afspraken`, lezer)).statusCode).toBe(404);
    expect((await send('PUT', `/api/v1/regios/${zk}/afspraken/${izaId.get('RS-1')}`, { status: 'vertraagd' }, lezer)).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${nml}/afspraken/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
    // The demo status of NML is not visible in the other region: there it is not started.
    expect((await get(`/api/v1/regios/${zk}/afspraken/${izaId.get('RS-1')}`)).json()).toMatchObject({ status: 'niet-gestart', vastgelegd: false, verlopen: true });
  });
});

describe('het landelijk beeld', () => {
  it('counts only the regions the user is a member of; the beheerder sees all', async () => {
    const catalogus = izaId.size;
    const eigen = (await get('/api/v1/afspraken/stand', lezer)).json();
    expect(eigen.regios.map((r: { naam: string }) => r.naam)).toEqual(['Noord- en Midden-Limburg']);
    const rs1 = (s: { items: { code: string; aantallen: Record<string, number> }[] }) => s.items.find((i) => i.code === 'RS-1')!.aantallen;
    expect(rs1(eigen)).toMatchObject({ 'in-uitvoering': 1, 'niet-gestart': 0, verlopen: 1 });
    const som = (a: Record<string, number>) => a['niet-gestart']! + a['in-uitvoering']! + a.gerealiseerd! + a.vertraagd! + a['niet-van-toepassing']!;
    expect(som(eigen.totaal)).toBe(catalogus);
    expect(eigen.totaal.gerealiseerd).toBe(3);

    const beide = (await get('/api/v1/afspraken/stand', coordinator)).json();
    expect(beide.regios).toHaveLength(2);
    expect(rs1(beide)).toMatchObject({ 'in-uitvoering': 1, 'niet-gestart': 1, verlopen: 2 });
    expect(som(beide.totaal)).toBe(2 * catalogus);

    const alle = (await get('/api/v1/afspraken/stand', beheerder)).json();
    expect(alle.regios.length).toBeGreaterThanOrEqual(2);
    expect(som(alle.totaal)).toBe(alle.regios.length * catalogus);
  });
});
