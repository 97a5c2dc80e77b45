import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KetenaanpakkenMatrix } from '../../../common/contracts/ketenaanpakken';
import type { Overzicht, Voortgangsrapportage, VoortgangsrapportageSamenvatting } from '../../../common/contracts/overzicht';
import { vandaagInNederland } from '../../../common/voortgang';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Record<string, string>;
let lezer: Record<string, string>;
let venray: Record<string, string>;

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, lezer, venray] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
  ]);
});
afterAll(() => t.close());

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const pad = (regio = nml) => `/api/v1/regios/${regio}/voortgangsrapportages`;
const sha256 = (tekst: string) => createHash('sha256').update(tekst, 'utf8').digest('hex');
const rijen = async <T>(query: ReturnType<typeof sql>) => ((await t.db.execute(query)) as unknown as { rows: T[] }).rows;
/** The content exactly as stored, read as text so no driver re-serialises it. */
const opgeslagen = async (id: string) => (await rijen<{ inhoud: string }>(sql`select inhoud::text as inhoud from voortgangsrapportage where id = ${id}`))[0]!.inhoud;
/** The report's content as it is in the raw response body. */
const inhoudVan = (body: string) => JSON.stringify((JSON.parse(body) as { inhoud: unknown }).inhoud);
const stand = () => Promise.all([tel('voortgangsrapportage'), tel('auditregel')]);

describe('de rapportage van de demo', () => {
  it('is frozen by the system for the 4th quarter of 2024, with the 2024 budget, and is readable by everyone in the region', async () => {
    const lijst = (await get(pad(), lezer)).json() as { items: VoortgangsrapportageSamenvatting[]; totaal: number };
    expect(lijst.totaal).toBe(1);
    const demo = lijst.items[0]!;
    expect(demo).toMatchObject({ periode: '2024-K4', periodeLabel: '4e kwartaal 2024', volgnummer: 1, titel: 'Voortgangsrapportage 4e kwartaal 2024 (illustratief)', bevrorenDoor: 'systeem' });
    const r = await get(`${pad()}/${demo.id}`, lezer);
    expect(r.statusCode).toBe(200);
    const rapport = r.json() as Voortgangsrapportage;
    expect(rapport.ongeschonden).toBe(true);
    expect(rapport.inhoud).toMatchObject({ versie: 1, regio: { id: nml, naam: 'Noord- en Midden-Limburg' }, periode: '2024-K4', periodeLabel: '4e kwartaal 2024' });
    expect(rapport.inhoud.dekking.totaal).toMatchObject({ gemeenten: 14, gedekteGemeenten: 8 });
    expect(rapport.inhoud.ketenaanpakken.gemeenten).toHaveLength(14);
    expect(rapport.inhoud.financien).toMatchObject({ jaar: 2024, begroting: { status: 'vastgesteld' } });
    expect(rapport.inhoud.afspraken.items.length).toBeGreaterThan(0);
    expect(rapport.inhoud.mijlpalen).toHaveLength(4);
  });
});

describe('een bevroren rapportage verandert nooit', () => {
  let eerste: Voortgangsrapportage;
  let eersteBody: string;

  it('the coordinator freezes the state; stored text, hash and answer are one and the same', async () => {
    const [rapportages, audit] = await stand();
    const r = await send('POST', pad(), { periode: '2025-K1' });
    expect(r.statusCode).toBe(201);
    eerste = r.json();
    eersteBody = r.body;
    expect(r.headers.location).toBe(`${pad()}/${eerste.id}`);
    expect(eerste).toMatchObject({
      periode: '2025-K1',
      periodeLabel: '1e kwartaal 2025',
      volgnummer: 1,
      titel: 'Voortgangsrapportage 1e kwartaal 2025',
      toelichting: '',
      peildatum: vandaagInNederland(),
      bevrorenDoor: expect.stringMatching(/\S/),
      ongeschonden: true,
    });
    expect(eerste.inhoud.peildatum).toBe(vandaagInNederland());
    // 2025 has no budget in the demo.
    expect(eerste.inhoud.financien).toBeNull();
    const tekst = await opgeslagen(eerste.id);
    expect(sha256(tekst)).toBe(eerste.inhoudHash);
    expect(r.body).toContain(tekst);
    expect(inhoudVan(r.body)).toBe(tekst);
    expect(await stand()).toEqual([rapportages + 1, audit + 1]);
    const [a] = await rijen<{ actie: string; regio_id: string; na: { periode: string; inhoudHash: string; volgnummer: number; inhoud?: unknown } }>(
      sql`select actie, regio_id, na from auditregel where soort = 'voortgangsrapportage' and item_id = ${eerste.id}`,
    );
    expect(a).toMatchObject({ actie: 'aangemaakt', regio_id: nml, na: { periode: '2025-K1', inhoudHash: eerste.inhoudHash, volgnummer: 1 } });
    expect(a!.na.inhoud).toBeUndefined();
  });

  it('after the live data changed, the report reads byte for byte as frozen; the overview and a new report show the change', async () => {
    // An agreement's status.
    const afspraken = (await get(`/api/v1/regios/${nml}/afspraken`)).json().items as { id: string; status: string }[];
    const afspraak = afspraken.find((a) => a.status !== 'gerealiseerd')!;
    expect((await send('PUT', `/api/v1/regios/${nml}/afspraken/${afspraak.id}`, { status: 'gerealiseerd' })).statusCode).toBe(200);
    // A chain-approach cell of Venray.
    const matrix = (await get(`/api/v1/regios/${nml}/ketenaanpakken`)).json() as KetenaanpakkenMatrix;
    const aanpak = matrix.ketenaanpakken[0]!;
    const celVoor = matrix.gemeenten.find((g) => g.gemeentecode === 'GM0984')!.cellen.find((c) => c.ketenaanpakId === aanpak.id)!;
    const nieuwNiveau = celVoor.niveau === 'regionaal' ? 'lokaal' : 'regionaal';
    expect((await send('PUT', `/api/v1/regios/${nml}/ketenaanpakken/${aanpak.id}/gemeenten/GM0984`, { niveau: nieuwNiveau })).statusCode).toBe(200);
    // A support point in Venray, which had none: coverage goes from 8 to 9 municipalities.
    const steunpunt = await send('POST', `/api/v1/regios/${nml}/steunpunten`, {
      naam: 'Buurtkamer Oostrum',
      straat: 'Kerkstraat',
      huisnummer: '3',
      postcode: '5807 AB',
      plaats: 'Oostrum',
      gemeentecode: 'GM0984',
      openVoorIedereen: true,
    });
    expect(steunpunt.statusCode).toBe(201);
    // A milestone's status.
    const mijlpalen = (await get(`/api/v1/regios/${nml}/mijlpalen`)).json().items as { id: string; status: string }[];
    const vertraagd = mijlpalen.find((m) => m.status === 'vertraagd')!;
    expect((await send('PATCH', `/api/v1/regios/${nml}/mijlpalen/${vertraagd.id}`, { status: 'gerealiseerd' })).statusCode).toBe(200);
    // An indicator gets a target for the quarter, and its draft measurement of the quarter is approved.
    const indicatoren = (await get(`/api/v1/regios/${nml}/indicatoren`)).json().items as { id: string; code: string }[];
    const gli = indicatoren.find((i) => i.code === 'BEW-01')!;
    expect((await send('POST', `/api/v1/regios/${nml}/indicatoren/${gli.id}/streefwaarden`, { periode: '2025-K1', waarde: 150 })).statusCode).toBe(201);
    const concepten = (await get(`/api/v1/regios/${nml}/metingen?indicatorId=${gli.id}&status=concept`)).json().items as { id: string; periode: string }[];
    const concept = concepten.find((m) => m.periode === '2025-K1')!;
    expect((await send('POST', `/api/v1/regios/${nml}/metingen/${concept.id}/goedkeuring`)).statusCode).toBe(200);

    const r = await get(`${pad()}/${eerste.id}`, lezer);
    expect(r.statusCode).toBe(200);
    expect(inhoudVan(r.body)).toBe(inhoudVan(eersteBody));
    expect(r.body).toContain(await opgeslagen(eerste.id));
    const terug = r.json() as Voortgangsrapportage;
    expect(terug.ongeschonden).toBe(true);
    expect(terug.inhoudHash).toBe(eerste.inhoudHash);
    expect(terug.inhoud.dekking.totaal.gedekteGemeenten).toBe(8);
    expect(terug.inhoud.afspraken.items.find((a) => a.id === afspraak.id)!.status).toBe(afspraak.status);
    expect(terug.inhoud.mijlpalen.find((m) => m.id === vertraagd.id)!.status).toBe('vertraagd');

    const overzicht = (await get(`/api/v1/regios/${nml}/overzicht`, lezer)).json() as Overzicht;
    expect(overzicht.dekking.totaal.gedekteGemeenten).toBe(9);
    expect(overzicht.aandachtspunten.some((p) => p.id === vertraagd.id)).toBe(false);
    expect(overzicht.laatsteRapportage?.id).toBe(eerste.id);

    const tweede = await send('POST', pad(), { periode: '2025-K1', titel: 'Tussenstand', toelichting: 'Na de wijzigingen.' });
    expect(tweede.statusCode).toBe(201);
    const nieuw = tweede.json() as Voortgangsrapportage;
    expect(nieuw).toMatchObject({ volgnummer: 2, titel: 'Tussenstand', toelichting: 'Na de wijzigingen.', ongeschonden: true });
    expect(nieuw.inhoudHash).not.toBe(eerste.inhoudHash);
    expect(nieuw.inhoud.dekking.totaal.gedekteGemeenten).toBe(9);
    expect(nieuw.inhoud.afspraken.items.find((a) => a.id === afspraak.id)!.status).toBe('gerealiseerd');
    const cel = nieuw.inhoud.ketenaanpakken.gemeenten.find((g) => g.gemeentecode === 'GM0984')!.cellen.find((c) => c.ketenaanpakId === aanpak.id)!;
    expect(cel.niveau).toBe(nieuwNiveau);
    const evaluatie = (r: Voortgangsrapportage) => r.inhoud.indicatoren.find((i) => i.id === gli.id)!.evaluaties.find((e) => e.periode === '2025-K1');
    expect(evaluatie(terug)).toBeUndefined();
    expect(evaluatie(nieuw)).toMatchObject({ streefwaarde: 150, werkelijk: 120, uitkomst: 'niet-gehaald' });
    expect((await get(`${pad()}?periode=2025-K1`)).json().items.map((s: VoortgangsrapportageSamenvatting) => s.volgnummer)).toEqual([2, 1]);
    expect((await get(pad())).json().items[0].id).toBe(nieuw.id);
  });

  it('the database refuses an UPDATE of a report, on this kind of database too', async () => {
    await expect(t.db.execute(sql`update voortgangsrapportage set titel = 'Anders' where id = ${eerste.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`update voortgangsrapportage set inhoud = '{"versie":1}'::json where id = ${eerste.id}`)).rejects.toThrow();
    expect(await opgeslagen(eerste.id)).toBe(inhoudVan(eersteBody));
    // No route changes or removes a report.
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      expect((await send(method, `${pad()}/${eerste.id}`, method === 'DELETE' ? undefined : { titel: 'x' })).statusCode).toBe(404);
    }
  });
});

describe('wie mag wat', () => {
  it('the reader and Venray’s officer cannot freeze; they can read', async () => {
    const voor = await stand();
    expect((await send('POST', pad(), { periode: '2024-K3' }, lezer)).statusCode).toBe(403);
    expect((await send('POST', pad(), { periode: '2024-K3' }, venray)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
    expect((await get(pad(), venray)).statusCode).toBe(200);
  });

  it('another region’s report is not found through this region, and each region lists only its own', async () => {
    const [demo] = (await get(pad())).json().items as VoortgangsrapportageSamenvatting[];
    expect((await get(`${pad(zk)}/${demo!.id}`)).statusCode).toBe(404);
    expect((await get(pad(zk))).json()).toEqual({ items: [], totaal: 0 });
    // Venray's officer is no member of the other region.
    expect((await get(pad(zk), venray)).statusCode).toBe(404);
    expect((await get(`${pad()}/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });
});

describe('onjuiste invoer, benoemd', () => {
  it('a quarter 5, a period that has not begun, an unknown field: 400 naming the field, nothing written', async () => {
    const voor = await stand();
    const k5 = await send('POST', pad(), { periode: '2024-K5' });
    expect(k5.statusCode).toBe(400);
    expect(namen(k5)).toEqual(['periode']);
    const jaar = Number(vandaagInNederland().slice(0, 4)) + 1;
    const toekomst = await send('POST', pad(), { periode: `${jaar}-K1` });
    expect(toekomst.statusCode).toBe(400);
    expect(toekomst.json().invalidParams).toEqual([
      { name: 'periode', code: 'nog-niet-begonnen', reason: `Het 1e kwartaal ${jaar} begint op 1 januari ${jaar}: over een periode die nog niet is begonnen valt niets te rapporteren` },
    ]);
    const leeg = await send('POST', pad(), { titel: '', inhoud: {} });
    expect(leeg.statusCode).toBe(400);
    expect(namen(leeg).sort()).toEqual(['inhoud', 'periode', 'titel'].sort());
    expect((await get(`${pad()}?periode=2024-H3`)).statusCode).toBe(400);
    expect(await stand()).toEqual(voor);
  });
});

describe('geschonden of onleesbaar', () => {
  // Only by switching the trigger off (as the database owner) can the stored text change at all;
  // the API must then say so instead of passing it off as the frozen report.
  const buitenDeTriggerOm = async (id: string, inhoud: string) => {
    await t.db.execute(sql`alter table voortgangsrapportage disable trigger voortgangsrapportage_onveranderlijk`);
    try {
      await t.db.execute(sql`update voortgangsrapportage set inhoud = ${inhoud}::json where id = ${id}`);
    } finally {
      await t.db.execute(sql`alter table voortgangsrapportage enable trigger voortgangsrapportage_onveranderlijk`);
    }
  };

  it('a changed text no longer has its hash: ongeschonden is false', async () => {
    const r = (await send('POST', pad(), { periode: '2024-H2' })).json() as Voortgangsrapportage;
    const tekst = await opgeslagen(r.id);
    await buitenDeTriggerOm(r.id, tekst.replace(`"peildatum":"${r.peildatum}"`, '"peildatum":"2000-01-01"'));
    const terug = (await get(`${pad()}/${r.id}`)).json() as Voortgangsrapportage;
    expect(terug.ongeschonden).toBe(false);
    expect(terug.inhoud.peildatum).toBe('2000-01-01');
  });

  it('content in an unknown shape is refused with the reason, not a server error', async () => {
    const r = (await send('POST', pad(), { periode: '2024-H1' })).json() as Voortgangsrapportage;
    await buitenDeTriggerOm(r.id, '{"versie":2,"regio":{}}');
    const terug = await get(`${pad()}/${r.id}`);
    expect(terug.statusCode).toBe(409);
    expect(terug.json().detail).toContain('vorm 2');
    // The list still shows it.
    expect((await get(`${pad()}?periode=2024-H1`)).json().totaal).toBe(1);
  });
});

describe('wie bevroor', () => {
  it('a user who froze a report can be removed; the report keeps the name, the audit row who it was', async () => {
    // No foreign key to the user: ON DELETE SET NULL would be an UPDATE, which the report refuses.
    const [nieuw] = await rijen<{ id: string }>(
      sql`insert into gebruiker (email, naam, wachtwoord_hash)
          select 'tijdelijk@regiekamer.demo', 'Tijdelijke Coördinator', wachtwoord_hash from gebruiker where email = 'coordinator@regiekamer.demo'
          returning id`,
    );
    await t.db.execute(sql`insert into lidmaatschap (gebruiker_id, regio_id, rol) values (${nieuw!.id}, ${nml}, 'regiocoordinator')`);
    const r = await send('POST', pad(), { periode: '2023-K3' }, await t.aanmelden('tijdelijk@regiekamer.demo'));
    expect(r.statusCode).toBe(201);
    const rapport = r.json() as Voortgangsrapportage;

    await t.db.execute(sql`delete from gebruiker where id = ${nieuw!.id}`);
    expect(await rijen(sql`select id from gebruiker where id = ${nieuw!.id}`)).toEqual([]);
    expect((await get(`${pad()}/${rapport.id}`)).json()).toMatchObject({ bevrorenDoor: 'Tijdelijke Coördinator', ongeschonden: true, inhoudHash: rapport.inhoudHash });
    expect(await rijen(sql`select gebruiker_id, gebruiker_naam from auditregel where soort = 'voortgangsrapportage' and item_id = ${rapport.id}`)).toEqual([
      { gebruiker_id: nieuw!.id, gebruiker_naam: 'Tijdelijke Coördinator' },
    ]);
  });
});

/**
 * A version-1 report as the demo froze it (trimmed to one item per list; still a complete version-1
 * regiostand). It is the stored text, so it must never be edited: the API has to serve such a
 * report exactly like this for as long as version 1 is read, whatever the live contracts become.
 */
const GOUDEN_V1 = {
  versie: 1,
  regio: { id: 'f3afec36-2b6d-45be-9c81-41bb61d30eb0', naam: 'Noord- en Midden-Limburg' },
  periode: '2024-K4',
  periodeLabel: '4e kwartaal 2024',
  peildatum: '2026-11-22',
  afspraken: {
    aantallen: { 'niet-gestart': 10, 'in-uitvoering': 3, gerealiseerd: 2, vertraagd: 1, 'niet-van-toepassing': 0, verlopen: 2 },
    items: [
      {
        id: 'a7eab4ba-3bff-4ddc-b03c-a70929e969aa',
        akkoordId: '677ed0d8-6051-4313-99fa-4763843a352c',
        akkoordCode: 'IZA',
        code: 'RS-1',
        titel: 'Regionale preventieakkoorden met zorgverzekeraars',
        omschrijving: 'Gemeenten en zorgverzekeraars sluiten per regio preventieafspraken.',
        thema: 'regionale samenwerking',
        verantwoordelijkePartij: 'Gemeenten en zorgverzekeraars',
        gemeentelijkeRol: 'De afspraken maken met de preferente zorgverzekeraar van de regio.',
        deadline: '2025-01-01',
        volgorde: 10,
        status: 'in-uitvoering',
        vastgelegd: true,
        eigenaar: 'Projectbureau IZA',
        eigenaarGemeente: null,
        eigenaarOrganisatie: { id: 'bf0db8c3-622b-433b-967e-2c7ad88d47be', naam: 'VGZ' },
        bewijs: '',
        bewijsLinks: [],
        toelichting: 'Illustratief: de afspraken met de preferente zorgverzekeraar zijn nog niet geslo…',
        gewijzigdOp: '2026-11-22T11:45:18.906Z',
        verlopen: true,
        dagenOverDeadline: 690,
        verlopenTekst: '22 maanden over de deadline',
      },
    ],
  },
  ketenaanpakken: {
    ketenaanpakken: [
      {
        id: '8fc58aa3-c4ab-486d-ad09-4a9d2ea71c5e',
        code: 'kansrijke-start',
        naam: 'Kansrijke start',
        omschrijving: 'Een goede start voor ieder kind: de eerste 1000 dagen, van kinderwens tot tweede…',
      },
    ],
    gemeenten: [
      {
        gemeentecode: 'GM0984',
        naam: 'Venray',
        cellen: [
          {
            ketenaanpakId: '8fc58aa3-c4ab-486d-ad09-4a9d2ea71c5e',
            gemeentecode: 'GM0984',
            niveau: 'regionaal',
            coordinator: { id: '90bfc865-789b-4ab5-b2c5-98453a56f2e3', naam: 'GGD Limburg-Noord' },
            coordinatorNaam: 'ketenregisseur Kansrijke start GGD',
            interventie: 'Regionale coalitie Kansrijke start',
            verwijsroutes: 'Verloskundige, kraamzorg en jeugdgezondheidszorg signaleren en verwijzen naar het lokale sociaal team.',
            notities: 'Regionaal onder regie van de GGD (stand 2024).',
            opgeslagen: true,
            id: '8fd63725-b14e-4707-b1f3-5d5dd00063c3',
            bijgewerktOp: '2026-11-22T11:45:18.906Z',
          },
        ],
      },
    ],
  },
  dekking: {
    gemeenten: [
      { gemeentecode: 'GM1711', naam: 'Echt-Susteren', inwoners: 32385, steunpunten: 1, openVoorIedereen: 1, gedekt: true },
      { gemeentecode: 'GM0889', naam: 'Beesel', inwoners: 13579, steunpunten: 1, openVoorIedereen: 0, gedekt: false },
    ],
    totaal: { gemeenten: 14, gedekteGemeenten: 8, inwoners: 528827, gedekteInwoners: 394198, inwonersBasispunten: 7454, gemeentenBasispunten: 5714 },
    gemeentenMetGrens: 0,
  },
  indicatoren: [
    {
      id: '6f6b17df-596c-4b80-ae6e-73c1c3adabf4',
      code: 'PRO-01',
      naam: 'Gemeenten met een vastgesteld lokaal preventieakkoord',
      niveau: 'proces',
      eenheid: 'gemeenten',
      richting: 'hoger-is-beter',
      cumulatief: true,
      evaluaties: [
        {
          streefwaardeId: '37544bb8-5917-4462-ba70-74e41831d1e1',
          periode: '2024',
          periodeLabel: '2024',
          gemeente: null,
          streefwaarde: 8,
          werkelijk: 9,
          gemeten: 1,
          verwacht: 1,
          uitkomst: 'gehaald',
          afwijking: 1,
        },
      ],
    },
  ],
  mijlpalen: [
    {
      id: 'd9e12faa-3f02-4320-ad4a-228bace0c5ad',
      titel: 'Regionale preventieakkoorden met zorgverzekeraars',
      omschrijving: 'Illustratief: de afspraken met de preferente zorgverzekeraar over een regionaal…',
      datum: '2025-01-01',
      eigenaar: 'Projectbureau IZA',
      eigenaarOrganisatie: { id: 'bf0db8c3-622b-433b-967e-2c7ad88d47be', naam: 'VGZ' },
      eigenaarOverlegorgaan: null,
      status: 'vertraagd',
      verlopen: true,
      dagenOverDatum: 690,
      verlopenTekst: '22 maanden over de datum',
      gewijzigdOp: '2026-11-22T11:45:18.906Z',
    },
  ],
  financien: {
    jaar: 2024,
    begroting: {
      id: '694ef2cf-fadd-49bc-b476-3f0d1e2221b7',
      naam: 'Uitvoeringsplan 2024 "Samen sterk voor gezondheid"',
      versie: 1,
      status: 'vastgesteld',
    },
    regels: [
      {
        begrotingsregelId: '6bac0519-c042-45c6-95ce-d80347ec66db',
        code: '1',
        omschrijving: 'Onderdeel 1 — projectbureau incl. communicatie, regionale bijeenkomsten, overige kosten en programmamanager GGD pijler 1',
        begrootCenten: 50000000,
        verplichtCenten: 6000000,
        uitgegevenCenten: 11250000,
        prognoseCenten: null,
        resterendCenten: 32750000,
        signaal: 'geen',
      },
    ],
    totaal: { begrootCenten: 474785000, verplichtCenten: 46000000, uitgegevenCenten: 100850000, prognoseCenten: null, resterendCenten: 327935000 },
  },
};

describe('een rapportage van vorm 1 komt terug zoals zij werd bevroren', () => {
  const opslaan = async (periode: string, tekst: string) =>
    (
      await rijen<{ id: string }>(
        sql`insert into voortgangsrapportage (regio_id, periode, volgnummer, titel, peildatum, bevroren_door, inhoud, inhoud_hash)
            values (${nml}, ${periode}, 1, 'Vorm 1', '2026-11-22', 'systeem', ${tekst}::json, ${sha256(tekst)})
            returning id`,
      )
    )[0]!.id;

  it('the stored text is served deep-equal and in the same key order, ongeschonden', async () => {
    const tekst = JSON.stringify(GOUDEN_V1);
    const id = await opslaan('2023-K1', tekst);
    const r = await get(`${pad()}/${id}`, lezer);
    expect(r.statusCode).toBe(200);
    const rapport = r.json() as Voortgangsrapportage;
    expect(rapport.inhoud).toEqual(GOUDEN_V1);
    expect(JSON.stringify(rapport.inhoud)).toBe(tekst);
    expect(rapport.ongeschonden).toBe(true);
  });

  it('also once the live contracts differ from the frozen shape: nothing is dropped, added, reordered or refused', async () => {
    // As if the nested contracts changed after the freeze: an agreement field they no longer know,
    // one they now require that the old report lacks, and keys in another order.
    const { verlopenTekst: _weg, ...afspraak } = GOUDEN_V1.afspraken.items[0]!;
    const { totaal, ...dekking } = GOUDEN_V1.dekking;
    const vroeger = {
      ...GOUDEN_V1,
      afspraken: { ...GOUDEN_V1.afspraken, items: [{ ...afspraak, vroegereBeoordeling: 'op schema' }] },
      dekking: { totaal, ...dekking },
    };
    const tekst = JSON.stringify(vroeger);
    const id = await opslaan('2023-K2', tekst);
    const r = await get(`${pad()}/${id}`, lezer);
    expect(r.statusCode).toBe(200);
    const rapport = r.json() as Voortgangsrapportage;
    expect(JSON.stringify(rapport.inhoud)).toBe(tekst);
    expect(rapport.ongeschonden).toBe(true);
  });
});
