import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
let nml: string;
let kennemerland: string;
type Headers = Record<string, string>;
let coordinator: Headers;
let beheerder: Headers;

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  kennemerland = await t.regioId('Zuid-Kennemerland en IJmond');
  coordinator = await t.aanmelden('coordinator@regiekamer.demo');
  beheerder = await t.aanmelden('beheerder@regiekamer.demo');
});
afterAll(() => t.close());

const get = (url: string, headers: Headers) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: unknown) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const aantalAuditregels = async () =>
  Number(((await t.db.execute(sql`select count(*)::int as n from auditregel`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

describe('de demoregio Noord- en Midden-Limburg zoals zij werkelijk is', () => {
  it('has its 14 municipalities with CBS codes and Venlo as mandaatgemeente', async () => {
    const r = await get(`/api/v1/regios/${nml}/gemeenten`, coordinator);
    expect(r.statusCode).toBe(200);
    const { items, totaal } = r.json();
    expect(totaal).toBe(14);
    expect(items.map((g: { naam: string }) => g.naam)).toEqual([
      'Beesel', 'Bergen (L.)', 'Echt-Susteren', 'Gennep', 'Horst aan de Maas', 'Leudal', 'Maasgouw',
      'Nederweert', 'Peel en Maas', 'Roerdalen', 'Roermond', 'Venlo', 'Venray', 'Weert',
    ]);
    expect(items.find((g: { gemeentecode: string }) => g.gemeentecode === 'GM0983')).toMatchObject({ naam: 'Venlo', rol: 'mandaatgemeente' });
    expect(items.filter((g: { rol: string }) => g.rol === 'mandaatgemeente')).toHaveLength(1);
    expect(Object.keys(items[0]).sort()).toEqual(['gemeentecode', 'id', 'inwoners', 'naam', 'portefeuillehouder', 'rol', 'toelichting']);
  });

  it('has VGZ as preferred insurer assessing with CZ, and the GGD', async () => {
    const regio = (await get(`/api/v1/regios/${nml}`, coordinator)).json();
    const organisaties = (await get(`/api/v1/regios/${nml}/organisaties`, coordinator)).json().items as { id: string; naam: string; soort: string }[];
    const naam = (id: string) => organisaties.find((o) => o.id === id)?.naam;
    expect(naam(regio.preferenteZorgverzekeraarId)).toBe('VGZ');
    expect(naam(regio.tweedeZorgverzekeraarId)).toBe('CZ');
    expect(organisaties.find((o) => o.soort === 'ggd')?.naam).toBe('GGD Limburg-Noord');
    expect(regio.mandaatgemeente).toEqual({ gemeentecode: 'GM0983', naam: 'Venlo' });
    expect(regio.aantalGemeenten).toBe(14);
    expect(regio.inwoners).toBe(528827);
  });

  it('has its bodies: PHO with a voting seat per municipality and consensus-first rules, Kerngroep, regional meeting, project office, working groups and five pillars', async () => {
    const { items } = (await get(`/api/v1/regios/${nml}/overlegorganen`, coordinator)).json();
    const soorten = items.map((o: { soort: string }) => o.soort);
    for (const s of ['pho', 'kerngroep', 'regionaal-overleg', 'projectbureau', 'werkgroep']) expect(soorten).toContain(s);
    expect(soorten.filter((s: string) => s === 'pijler')).toHaveLength(5);
    const pho = items.find((o: { soort: string }) => o.soort === 'pho');
    expect(pho.besluitregels).toMatchObject({ consensusEerst: true, quorumBasispunten: 5000, meerderheidBasispunten: 5000 });
    const detail = (await get(`/api/v1/regios/${nml}/overlegorganen/${pho.id}`, coordinator)).json();
    expect(detail.leden).toHaveLength(14);
    expect(detail.leden.every((l: { stemgerechtigd: boolean; gemeente: unknown }) => l.stemgerechtigd && l.gemeente)).toBe(true);
    const overleg = items.find((o: { soort: string }) => o.soort === 'regionaal-overleg');
    const leden = (await get(`/api/v1/regios/${nml}/overlegorganen/${overleg.id}`, coordinator)).json().leden;
    expect(leden.filter((l: { gemeente: { naam: string } | null }) => l.gemeente).map((l: { gemeente: { naam: string } }) => l.gemeente.naam).sort()).toEqual(['Roermond', 'Venlo']);
  });
});

describe('bewerken met historie', () => {
  it('a coordinator edits a municipality; the history shows who changed what from what to what', async () => {
    const r = await send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0984`, coordinator, { portefeuillehouder: 'J. Janssen' });
    expect(r.statusCode).toBe(200);
    expect(r.json().portefeuillehouder).toBe('J. Janssen');
    const h = (await get(`/api/v1/regios/${nml}/historie?soort=gemeente&itemId=GM0984`, coordinator)).json();
    expect(h.totaal).toBe(1);
    expect(h.items[0]).toMatchObject({
      gebruikerNaam: 'Cor Coördinator',
      actie: 'gewijzigd',
      voor: { portefeuillehouder: '' },
      na: { portefeuillehouder: 'J. Janssen' },
    });
  });

  it('creates, changes and deletes an organisation, each with its audit row', async () => {
    const gemaakt = await send('POST', `/api/v1/regios/${nml}/organisaties`, coordinator, { naam: 'Synthese', soort: 'welzijn', website: 'https://www.synthese.nl' });
    expect(gemaakt.statusCode).toBe(201);
    const id = gemaakt.json().id;
    expect(gemaakt.headers.location).toBe(`/api/v1/regios/${nml}/organisaties/${id}`);
    expect((await send('PATCH', `/api/v1/regios/${nml}/organisaties/${id}`, coordinator, { omschrijving: 'Welzijnswerk' })).json().omschrijving).toBe('Welzijnswerk');
    expect((await send('DELETE', `/api/v1/regios/${nml}/organisaties/${id}`, coordinator)).statusCode).toBe(204);
    expect((await get(`/api/v1/regios/${nml}/organisaties/${id}`, coordinator)).statusCode).toBe(404);
    const h = (await get(`/api/v1/regios/${nml}/historie?soort=organisatie&itemId=${id}`, coordinator)).json();
    expect(h.items.map((x: { actie: string }) => x.actie)).toEqual(['verwijderd', 'gewijzigd', 'aangemaakt']);
  });

  it('changes the decision rules of a body and adds and removes a member', async () => {
    const orgaan = await send('POST', `/api/v1/regios/${nml}/overlegorganen`, coordinator, {
      naam: 'Werkgroep e-health',
      soort: 'werkgroep',
      besluitregels: { consensusEerst: false, quorumBasispunten: 6000 },
    });
    expect(orgaan.statusCode).toBe(201);
    const id = orgaan.json().id;
    const gewijzigd = await send('PATCH', `/api/v1/regios/${nml}/overlegorganen/${id}`, coordinator, { besluitregels: { meerderheidBasispunten: 6667 } });
    expect(gewijzigd.json().besluitregels).toMatchObject({ consensusEerst: false, quorumBasispunten: 6000, meerderheidBasispunten: 6667 });
    const metLid = await send('POST', `/api/v1/regios/${nml}/overlegorganen/${id}/leden`, coordinator, { gemeentecode: 'GM0988', functie: 'beleidsadviseur', stemgerechtigd: true });
    expect(metLid.statusCode).toBe(201);
    expect(metLid.json().leden[0].gemeente).toEqual({ gemeentecode: 'GM0988', naam: 'Weert' });
    const dubbel = await send('POST', `/api/v1/regios/${nml}/overlegorganen/${id}/leden`, coordinator, { gemeentecode: 'GM0988' });
    expect(dubbel.statusCode).toBe(409);
    const lidId = metLid.json().leden[0].id;
    expect((await send('DELETE', `/api/v1/regios/${nml}/overlegorganen/${id}/leden/${lidId}`, coordinator)).statusCode).toBe(204);
  });
});

describe('rollen', () => {
  it('a lezer reads but every write is refused with 403 and nothing is written', async () => {
    const lezer = await t.aanmelden('lezer@regiekamer.demo');
    expect((await get(`/api/v1/regios/${nml}/gemeenten`, lezer)).statusCode).toBe(200);
    const voor = await aantalAuditregels();
    const pogingen = [
      send('PATCH', `/api/v1/regios/${nml}`, lezer, { omschrijving: 'x' }),
      send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0983`, lezer, { toelichting: 'x' }),
      send('POST', `/api/v1/regios/${nml}/organisaties`, lezer, { naam: 'X', soort: 'overig' }),
      send('POST', `/api/v1/regios/${nml}/overlegorganen`, lezer, { naam: 'X', soort: 'werkgroep' }),
      send('POST', '/api/v1/regios', lezer, { naam: 'X' }),
    ];
    for (const r of await Promise.all(pogingen)) expect(r.statusCode).toBe(403);
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('a beleidsadviseur edits its own municipality only, and not its role in the region', async () => {
    const venray = await t.aanmelden('beleidsadviseur.venray@regiekamer.demo');
    expect((await send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0984`, venray, { toelichting: 'Steunpunt in Venray-centrum' })).statusCode).toBe(200);
    const venlo = await send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0983`, venray, { toelichting: 'x' });
    expect(venlo.statusCode).toBe(403);
    expect(venlo.json().detail).toContain('Venlo');
    expect((await send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0984`, venray, { rol: 'centrumgemeente' })).statusCode).toBe(403);
    expect((await get(`/api/v1/regios/${nml}/gemeenten/GM0984`, venray)).json().rol).toBe('regiogemeente');
  });

  it('a partner edits its own organisation only', async () => {
    const vgz = await t.aanmelden('partner.vgz@regiekamer.demo');
    const organisaties = (await get(`/api/v1/regios/${nml}/organisaties`, vgz)).json().items as { id: string; naam: string }[];
    const eigen = organisaties.find((o) => o.naam === 'VGZ')!;
    const ander = organisaties.find((o) => o.naam === 'CZ')!;
    expect((await send('PATCH', `/api/v1/regios/${nml}/organisaties/${eigen.id}`, vgz, { website: 'https://www.vgz.nl' })).statusCode).toBe(200);
    expect((await send('PATCH', `/api/v1/regios/${nml}/organisaties/${ander.id}`, vgz, { website: 'https://www.cz.nl' })).statusCode).toBe(403);
  });
});

describe('scheiding tussen regio’s', () => {
  let buitenstaander: Headers;
  let limburgOrganisatie: string;
  let limburgOrgaan: string;
  beforeAll(async () => {
    const nieuw = await send('POST', '/api/v1/regios', beheerder, { naam: 'Zuid-Limburg' });
    expect(nieuw.statusCode).toBe(201);
    const { maakGebruiker } = await import('../gebruikers/gebruikers.service');
    await maakGebruiker(t.db, null, { email: 'coordinator@zuid-limburg.test', wachtwoord: 'wachtwoord-zuid-limburg', rol: 'regiocoordinator', regio: 'Zuid-Limburg' });
    buitenstaander = await t.aanmelden('coordinator@zuid-limburg.test', 'wachtwoord-zuid-limburg');
    limburgOrganisatie = (await get(`/api/v1/regios/${nml}/organisaties`, coordinator)).json().items[0].id;
    limburgOrgaan = (await get(`/api/v1/regios/${nml}/overlegorganen`, coordinator)).json().items[0].id;
  });

  it('a user of one region does not see another region in the list', async () => {
    const { items } = (await get('/api/v1/regios', buitenstaander)).json();
    expect(items.map((r: { naam: string }) => r.naam)).toEqual(['Zuid-Limburg']);
  });

  it('cannot read another region or any of its items: 404 that reveals nothing', async () => {
    const urls = [
      `/api/v1/regios/${nml}`,
      `/api/v1/regios/${nml}/gemeenten`,
      `/api/v1/regios/${nml}/gemeenten/GM0983`,
      `/api/v1/regios/${nml}/organisaties`,
      `/api/v1/regios/${nml}/organisaties/${limburgOrganisatie}`,
      `/api/v1/regios/${nml}/overlegorganen/${limburgOrgaan}`,
      `/api/v1/regios/${nml}/historie`,
    ];
    for (const url of urls) {
      const r = await get(url, buitenstaander);
      expect(r.statusCode, url).toBe(404);
      expect(r.body).not.toContain('Limburg-Noord');
    }
    const onbestaand = await get('/api/v1/regios/00000000-0000-4000-8000-000000000000', buitenstaander);
    expect(onbestaand.json().detail).toBe((await get(`/api/v1/regios/${nml}`, buitenstaander)).json().detail);
  });

  it('cannot change another region’s items, not even through its own region’s path', async () => {
    const voor = await aantalAuditregels();
    const zuid = (await get('/api/v1/regios', buitenstaander)).json().items[0].id;
    const pogingen = [
      send('PATCH', `/api/v1/regios/${nml}`, buitenstaander, { naam: 'Overgenomen' }),
      send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0983`, buitenstaander, { toelichting: 'x' }),
      send('DELETE', `/api/v1/regios/${nml}/organisaties/${limburgOrganisatie}`, buitenstaander),
      // The id of a Limburg item under the outsider's own region finds nothing.
      send('PATCH', `/api/v1/regios/${zuid}/organisaties/${limburgOrganisatie}`, buitenstaander, { naam: 'Overgenomen' }),
      send('DELETE', `/api/v1/regios/${zuid}/overlegorganen/${limburgOrgaan}`, buitenstaander),
      send('PATCH', `/api/v1/regios/${zuid}`, buitenstaander, { preferenteZorgverzekeraarId: limburgOrganisatie }),
    ];
    const antwoorden = await Promise.all(pogingen);
    expect(antwoorden.map((r) => r.statusCode)).toEqual([404, 404, 404, 404, 404, 400]);
    expect(await aantalAuditregels()).toBe(voor);
    expect((await get(`/api/v1/regios/${nml}`, coordinator)).json().naam).toBe('Noord- en Midden-Limburg');
  });

  it('the coordinator of two regions sees both and only both', async () => {
    const { items } = (await get('/api/v1/regios', coordinator)).json();
    expect(items.map((r: { id: string }) => r.id).sort()).toEqual([kennemerland, nml].sort());
  });
});

describe('foute invoer krijgt een precies probleem en schrijft niets', () => {
  it('malformed JSON', async () => {
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/regios/${nml}`,
      headers: { ...coordinator, 'content-type': 'application/json' },
      payload: '{"naam": ',
    });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ title: 'Het verzoek is geen geldige JSON.', status: 400 });
  });

  it('unknown fields and wrong types, all named at once', async () => {
    const voor = await aantalAuditregels();
    const r = await send('POST', `/api/v1/regios/${nml}/overlegorganen`, coordinator, {
      naam: 42,
      soort: 'borrel',
      kleur: 'rood',
      besluitregels: { quorumBasispunten: 12000, extra: true },
    });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    const namen = r.json().invalidParams.map((p: { name: string }) => p.name).sort();
    expect(namen).toEqual(['besluitregels.extra', 'besluitregels.quorumBasispunten', 'kleur', 'naam', 'soort']);
    expect(r.json().invalidParams.find((p: { name: string }) => p.name === 'soort').reason).toContain('Kies een van');
    expect(r.json().invalidParams.find((p: { name: string }) => p.name === 'kleur').reason).toBe('Onbekend veld "kleur"');
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('a CBS code like GM98', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/gemeenten`, coordinator, { gemeentecode: 'GM98', rol: 'regiogemeente' });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'gemeentecode' });
    expect(r.json().invalidParams[0].reason).toContain('GM gevolgd door vier cijfers');
  });

  it('a municipality already in the region (duplicate CBS code)', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/gemeenten`, coordinator, { gemeentecode: 'GM0983', rol: 'regiogemeente' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('Venlo (GM0983) hoort al bij deze regio');
  });

  it('a second mandaatgemeente in one region', async () => {
    const voor = await aantalAuditregels();
    const r = await send('PATCH', `/api/v1/regios/${nml}/gemeenten/GM0957`, coordinator, { rol: 'mandaatgemeente' });
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toContain('al een mandaatgemeente: Venlo (GM0983)');
    expect(r.json().invalidParams[0].name).toBe('rol');
    expect((await get(`/api/v1/regios/${nml}/gemeenten/GM0957`, coordinator)).json().rol).toBe('regiogemeente');
    expect(await aantalAuditregels()).toBe(voor);
  });

  it('an unknown region id, and one that is not a uuid', async () => {
    expect((await get('/api/v1/regios/00000000-0000-4000-8000-000000000000', coordinator)).statusCode).toBe(404);
    const r = await get('/api/v1/regios/abc', beheerder);
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0].name).toBe('regioId');
  });

  it('an insurer that is not an insurer of the region', async () => {
    const ggd = (await get(`/api/v1/regios/${nml}/organisaties`, coordinator)).json().items.find((o: { soort: string }) => o.soort === 'ggd');
    const r = await send('PATCH', `/api/v1/regios/${nml}`, coordinator, { preferenteZorgverzekeraarId: ggd.id });
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams[0]).toMatchObject({ name: 'preferenteZorgverzekeraarId', reason: 'GGD Limburg-Noord is geen zorgverzekeraar' });
  });

  it('a duplicate organisation name in the region', async () => {
    const r = await send('POST', `/api/v1/regios/${nml}/organisaties`, coordinator, { naam: 'VGZ', soort: 'zorgverzekeraar' });
    expect(r.statusCode).toBe(409);
  });
});

describe('verwijderen terwijl plannen en besluiten ernaar verwijzen', () => {
  it('refuses with the reason (not a database error) and writes nothing', async () => {
    const voor = await aantalAuditregels();
    const organisaties = (await get(`/api/v1/regios/${nml}/organisaties`, coordinator)).json().items as { id: string; naam: string }[];
    const vgz = organisaties.find((o) => o.naam === 'VGZ')!;
    const r1 = await send('DELETE', `/api/v1/regios/${nml}/organisaties/${vgz.id}`, coordinator);
    expect(r1.statusCode).toBe(409);
    expect(r1.json().detail).toContain('beoordelingen');

    // Horst aan de Maas is affected by a transformation plan and has a college position and a vote.
    const r2 = await send('DELETE', `/api/v1/regios/${nml}/gemeenten/GM1507`, coordinator);
    expect(r2.statusCode).toBe(409);
    expect(r2.json().detail).toContain('transformatieplannen');
    expect(r2.json().detail).toContain('stemmen');

    // A seat that was at the PHO of 20 March 2024 stays, or that meeting's record would change.
    const organen = (await get(`/api/v1/regios/${nml}/overlegorganen`, coordinator)).json().items as { id: string; soort: string }[];
    const pho = organen.find((o) => o.soort === 'pho')!;
    const leden = (await get(`/api/v1/regios/${nml}/overlegorganen/${pho.id}`, coordinator)).json().leden as { id: string }[];
    const r3 = await send('DELETE', `/api/v1/regios/${nml}/overlegorganen/${pho.id}/leden/${leden[0]!.id}`, coordinator);
    expect(r3.statusCode).toBe(409);
    expect(r3.json().detail).toContain('aanwezigheid');
    expect(await aantalAuditregels()).toBe(voor);
  });
});
