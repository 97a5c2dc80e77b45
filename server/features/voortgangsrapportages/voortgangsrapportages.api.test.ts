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
