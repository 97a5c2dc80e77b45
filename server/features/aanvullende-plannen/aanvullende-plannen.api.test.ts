import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boeking } from '../../db/schema/index';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';
import { besluitOverAanvullendPlanBijBesluit, vindAanvullendPlan } from './aanvullende-plannen.service';

type Kop = Record<string, string>;

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Kop;
let venray: Kop;
let vgz: Kop;
let lezer: Kop;
let organisaties: { id: string; naam: string }[];
let organen: { id: string; soort: string; naam: string }[];
let regel6b: string;
let vragen: { id: string; vraag: string; schaalMin: number; schaalMax: number }[];
const gewoon = (s: string) => s.replace(/\u00a0/g, ' ');

const { get, send, tel: aantal } = verzoeken(() => t, () => coordinator);
/** Counts of every table a write of this feature touches, to prove a refusal wrote nothing. */
const stand = () => Promise.all(['aanvullend_plan', 'aanvullend_plan_partner', 'beoordeling', 'beoordelingsscore', 'toetsvraag', 'auditregel'].map(aantal));
const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
const orgaan = (soort: string) => organen.find((o) => o.soort === soort)!.id;
const pad = () => `/api/v1/regios/${nml}/aanvullende-plannen`;

async function planId(kenmerk: string) {
  const { items } = (await get(pad())).json() as { items: { id: string; kenmerk: string }[] };
  return items.find((p) => p.kenmerk === kenmerk)!.id;
}

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
  organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items;
  const [begroting] = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items;
  regel6b = begroting.regels.find((r: { code: string }) => r.code === '6b').id;
  vragen = (await get(`/api/v1/regios/${nml}/afwegingsvragen`)).json().items;
});
afterAll(() => t.close());

const indiening = (extra: Record<string, unknown> = {}) => ({
  titel: 'Gezonde school Venray',
  omschrijving: 'Beweging en gezonde voeding op de basisscholen.',
  indienerGemeentecode: 'GM0984',
  partnerIds: [org('GGD Limburg-Noord')],
  gevraagdCenten: 4_000_000,
  kenmerk: 'AP-TEST-01',
  begrotingsregelId: regel6b,
  ...extra,
});
const beoordeling = (scores: number[] = [4, 3, 4, 3, 3, 2], extra: object = {}) => ({
  advies: 'positief',
  toelichting: 'Past binnen het afwegingskader.',
  datum: '2025-02-01',
  scores: vragen.map((v, i) => ({ vraagId: v.id, antwoord: `Antwoord op vraag ${i + 1}`, score: scores[i] })),
  ...extra,
});
const besluit = (extra: object = {}) => ({
  besluitId: '22222222-2222-4222-8222-222222222222',
  datum: '2025-03-12',
  overlegorgaanId: orgaan('kerngroep'),
  referentie: 'Kerngroep 12 maart 2025, besluit 3',
  goedgekeurd: true,
  ...extra,
});
async function weigering(regio: string, id: string, b: object) {
  try {
    await t.db.transaction((tx) => besluitOverAanvullendPlanBijBesluit(tx, null, regio, id, besluit(b)));
  } catch (e) {
    return e as { code: string; detail: string; invalidParams?: { name: string; code: string; reason: string }[] };
  }
  throw new Error('geen fout');
}

describe('the afwegingskader and the initiatives of the demo region (DOMAIN.md §8)', () => {
  it('has the six questions as data, each with its scale', async () => {
    expect(vragen).toHaveLength(6);
    expect(vragen[0]).toMatchObject({ vraag: 'Hoe helpt het plan zorgvraag te voorkomen of om te buigen en/of het personeelstekort te verminderen?', schaalMin: 1, schaalMax: 5 });
    expect(vragen[5]!.vraag).toBe('Wat is het perspectief op structurele financiering en samenwerking na 2026?');
  });

  it('lists three illustrative initiatives on line 6b with reserved and spent totals', async () => {
    const r = await get(pad(), lezer);
    expect(r.statusCode).toBe(200);
    const { items, totaal, totalen } = r.json();
    expect(totaal).toBe(3);
    expect(items.map((p: { kenmerk: string; status: string }) => [p.kenmerk, p.status])).toEqual([
      ['AP-2024-01', 'goedgekeurd'],
      ['AP-2024-02', 'beoordeeld'],
      ['AP-2024-03', 'ingediend'],
    ]);
    expect(items[2]).toMatchObject({ indiener: { soort: 'gemeente', gemeentecode: 'GM0984', naam: 'Venray' }, begrotingsregel: { code: '6b', jaar: 2024 } });
    // The demo ledger's € 95.000 for the beweegcoaches carries the initiative's kenmerk.
    expect(items[0]).toMatchObject({ gevraagdCenten: 15_000_000, gereserveerdCenten: 15_000_000, uitgegevenCenten: 9_500_000, verplichtCenten: 0 });
    expect(totalen).toEqual({ gevraagdCenten: 33_000_000, gereserveerdCenten: 15_000_000, verplichtCenten: 0, uitgegevenCenten: 9_500_000 });
  });

  it('shows an initiative with its scores, advice, decision, reservation and spending', async () => {
    const p = (await get(`${pad()}/${await planId('AP-2024-01')}`)).json();
    expect(p.beoordeling).toMatchObject({ advies: 'positief', scores: expect.any(Array) });
    expect(p.beoordeling.scores).toHaveLength(6);
    expect(p.besluit).toMatchObject({ datum: '2024-05-15', overlegorgaan: { naam: 'Kerngroep IZA' } });
    expect(p.regel).toEqual({ huidigCenten: 50_000_000, gereserveerdCenten: 15_000_000, vrijCenten: 35_000_000 });
    expect(p.vragen).toHaveLength(6);
  });
});

describe('submitting an initiative', () => {
  it('Venray’s officer submits for Venray: status ingediend, an audit row', async () => {
    const voor = await stand();
    const r = await send('POST', pad(), indiening(), venray);
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toBe(`${pad()}/${r.json().id}`);
    expect(r.json()).toMatchObject({ status: 'ingediend', kenmerk: 'AP-TEST-01', indiener: { naam: 'Venray' }, partners: [{ naam: 'GGD Limburg-Noord' }], gevraagdCenten: 4_000_000, gereserveerdCenten: 0 });
    const na = await stand();
    expect([na[0], na[1], na[5]]).toEqual([voor[0]! + 1, voor[1]! + 1, voor[5]! + 1]);
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=aanvullend-plan&itemId=${r.json().id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'aangemaakt', soort: 'aanvullend-plan', gebruikerNaam: 'Vera Venray' });
  });

  it('rights: a municipality only for itself, a partner only for its organisation, a reader not at all', async () => {
    const voor = await stand();
    const venlo = await send('POST', pad(), indiening({ indienerGemeentecode: 'GM0983', kenmerk: 'AP-TEST-02' }), venray);
    expect(venlo.statusCode).toBe(403);
    expect(venlo.json().detail).toContain('niet namens Venlo');
    expect((await send('POST', pad(), indiening({ indienerGemeentecode: undefined, indienerOrganisatieId: org('VGZ'), kenmerk: 'AP-TEST-02' }), venray)).statusCode).toBe(403);
    expect((await send('POST', pad(), indiening({ indienerGemeentecode: undefined, indienerOrganisatieId: org('GGD Limburg-Noord'), kenmerk: 'AP-TEST-02' }), vgz)).statusCode).toBe(403);
    expect((await send('POST', pad(), indiening({ kenmerk: 'AP-TEST-02' }), lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
    const eigen = await send('POST', pad(), indiening({ indienerGemeentecode: undefined, indienerOrganisatieId: org('VGZ'), kenmerk: 'AP-VGZ-01', partnerIds: [] }), vgz);
    expect(eigen.statusCode).toBe(201);
    expect(eigen.json().indiener).toEqual({ soort: 'organisatie', gemeentecode: null, organisatieId: org('VGZ'), naam: 'VGZ' });
  });

  it('names every invalid field and writes nothing', async () => {
    const voor = await stand();
    const r = await send(
      'POST',
      pad(),
      indiening({ indienerOrganisatieId: org('VGZ'), partnerIds: ['00000000-0000-4000-8000-000000000000'], kenmerk: 'AP-2024-01', begrotingsregelId: '00000000-0000-4000-8000-000000000000' }),
      coordinator,
    );
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['indienerGemeentecode', 'indienerOrganisatieId', 'partnerIds.0', 'begrotingsregelId', 'kenmerk']);
    expect(r.json().invalidParams.at(-1).reason).toBe('AP-2024-01 is al het kenmerk van «Beweegcoaches in de wijk (illustratief)»; boekingen moeten bij één plan horen');
    const zod = await send('POST', pad(), indiening({ titel: ' ', gevraagdCenten: 0, kenmerk: 'met spatie', begrotingsregelId: 'regel-6b' }), coordinator);
    expect(zod.statusCode).toBe(400);
    expect(namen(zod).sort()).toEqual(['begrotingsregelId', 'gevraagdCenten', 'kenmerk', 'titel']);
    const haarlem = await send('POST', pad(), indiening({ indienerGemeentecode: 'GM0392', kenmerk: 'AP-TEST-03' }), coordinator);
    expect(haarlem.json().invalidParams).toEqual([expect.objectContaining({ name: 'indienerGemeentecode', code: 'onbekend' })]);
    expect(await stand()).toEqual(voor);
  });

  it('the submitter may change the initiative until it is assessed', async () => {
    const id = await planId('AP-TEST-01');
    const r = await send('PATCH', `${pad()}/${id}`, { gevraagdCenten: 4_500_000 }, venray);
    expect(r.statusCode).toBe(200);
    expect(r.json().gevraagdCenten).toBe(4_500_000);
    expect((await send('PATCH', `${pad()}/${id}`, { titel: 'Overgenomen' }, vgz)).statusCode).toBe(403);
    expect(namen(await send('PATCH', `${pad()}/${id}`, { kenmerk: 'AP-2024-02' }, venray))).toEqual(['kenmerk']);
    expect((await send('PATCH', `${pad()}/${await planId('AP-2024-02')}`, { titel: 'Na advies' }, coordinator)).statusCode).toBe(409);
  });
});

describe('scoring on the afwegingskader', () => {
  it('a score outside a question’s scale and an unanswered question are precise problems; nothing is written', async () => {
    const id = await planId('AP-TEST-01');
    const voor = await stand();
    const buiten = await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling([4, 3, 9, 3, 3, 2]), coordinator);
    expect(buiten.statusCode).toBe(400);
    expect(buiten.json().invalidParams).toEqual([
      { name: 'scores.2.score', code: 'buiten-schaal', reason: 'Vraag 3 «Welke partners doen mee?» wordt gescoord van 1 tot en met 5; 9 valt buiten die schaal' },
    ]);
    const half = beoordeling();
    half.scores = half.scores.slice(0, 4);
    const onvolledig = await send('PUT', `${pad()}/${id}/beoordeling`, half, coordinator);
    expect(onvolledig.json().invalidParams).toEqual([expect.objectContaining({ name: 'scores', code: 'onbeantwoord' })]);
    expect(onvolledig.json().invalidParams[0].reason).toContain('vraag 5 «Is het plan al gefinancierd? Worden eigen middelen of GALA-middelen ingezet?», vraag 6');
    const leeg = beoordeling();
    leeg.scores[1]!.antwoord = '';
    expect(namen(await send('PUT', `${pad()}/${id}/beoordeling`, leeg, coordinator))).toEqual(['scores.1.antwoord']);
    expect(namen(await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(undefined, { advies: 'ja' }), coordinator))).toEqual(['advies']);
    expect((await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(), lezer)).statusCode).toBe(403);
    expect((await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(), venray)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('the working group scores every question and advises: the initiative is assessed', async () => {
    const id = await planId('AP-TEST-01');
    const r = await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(), coordinator);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ status: 'beoordeeld', advies: 'positief', beoordeling: { advies: 'positief', gebruikerNaam: 'Cor Coördinator' } });
    expect(r.json().beoordeling.scores.map((s: { score: number }) => s.score)).toEqual([4, 3, 4, 3, 3, 2]);
    const opnieuw = await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling([5, 5, 5, 5, 5, 5], { advies: 'aangehouden' }), coordinator);
    expect(opnieuw.json().beoordeling).toMatchObject({ advies: 'aangehouden' });
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=aanvullend-plan&itemId=${id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'gewijzigd', omschrijving: 'beoordeling werkgroep: advies aangehouden' });
  });
});

describe('the decision of the Kerngroep (besluitOverAanvullendPlanBijBesluit)', () => {
  it('an approval reserves the requested amount on the line', async () => {
    const id = await planId('AP-2024-02');
    expect(await vindAanvullendPlan(t.db, nml, id)).toEqual({ id, titel: 'Valpreventie thuis (illustratief)', status: 'beoordeeld', gevraagdCenten: 12_000_000 });
    const voor = await aantal('auditregel');
    await t.db.transaction((tx) => besluitOverAanvullendPlanBijBesluit(tx, null, nml, id, besluit()));
    const p = (await get(`${pad()}/${id}`)).json();
    expect(p).toMatchObject({ status: 'goedgekeurd', toegekendCenten: 12_000_000, gereserveerdCenten: 12_000_000 });
    expect(p.besluit).toEqual({ besluitId: '22222222-2222-4222-8222-222222222222', datum: '2025-03-12', overlegorgaan: { id: orgaan('kerngroep'), naam: 'Kerngroep IZA' }, referentie: 'Kerngroep 12 maart 2025, besluit 3' });
    expect(p.regel).toEqual({ huidigCenten: 50_000_000, gereserveerdCenten: 27_000_000, vrijCenten: 23_000_000 });
    expect((await get(pad())).json().totalen.gereserveerdCenten).toBe(27_000_000);
    expect(await aantal('auditregel')).toBe(voor + 1);
  });

  it('refuses a reservation beyond the line’s room, with the numbers, and changes nothing', async () => {
    const id = (await send('POST', pad(), indiening({ titel: 'Groot plan', indienerGemeentecode: 'GM0983', kenmerk: 'AP-TEST-GROOT', gevraagdCenten: 30_000_000 }), coordinator)).json().id;
    await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(), coordinator);
    const voor = await stand();
    const e = await weigering(nml, id, {});
    expect(e.code).toBe('ongeldige-invoer');
    expect(e.invalidParams).toEqual([expect.objectContaining({ name: 'toegekendCenten', code: 'boven-regel' })]);
    expect(gewoon(e.detail)).toBe(
      'Onderdeel 6 — aanvullende plannen is nu € 500.000 en heeft al € 270.000 gereserveerd voor 2 goedgekeurde plannen; er is nog € 230.000 vrij. ' +
        'Toekennen van € 300.000 is € 70.000 te veel; ken minder toe, of verhoog eerst de regel (herverdeling).',
    );
    expect(await stand()).toEqual(voor);
    expect((await get(`${pad()}/${id}`)).json().status).toBe('beoordeeld');
    // Exactly the room that is left fits.
    await t.db.transaction((tx) => besluitOverAanvullendPlanBijBesluit(tx, null, nml, id, besluit({ toegekendCenten: 23_000_000 })));
    expect((await get(`${pad()}/${id}`)).json()).toMatchObject({ status: 'goedgekeurd', toegekendCenten: 23_000_000, regel: { vrijCenten: 0 } });
  });

  it('refuses the wrong state, the wrong body, more than requested, and another region’s initiative', async () => {
    const ingediend = await planId('AP-2024-03');
    const voor = await stand();
    const nogNiet = await weigering(nml, ingediend, {});
    expect(nogNiet.code).toBe('conflict');
    expect(nogNiet.detail).toBe('«Ontmoetingsplek mantelzorgers Venray (illustratief)»: Dit aanvullend plan is nog niet beoordeeld: de Kerngroep besluit pas na het advies van de werkgroep.');
    const tweemaal = await weigering(nml, await planId('AP-2024-01'), { goedgekeurd: false });
    expect(tweemaal.code).toBe('conflict');
    expect(tweemaal.detail).toContain('al besloten: het is goedgekeurd');
    const beoordeeld = await planId('AP-TEST-01');
    const werkgroep = organen.find((o) => o.naam === 'Werkgroep aanvullende plannen')!.id;
    expect((await weigering(nml, beoordeeld, { overlegorgaanId: werkgroep })).invalidParams).toEqual([expect.objectContaining({ name: 'overlegorgaanId', code: 'geen-kerngroep' })]);
    expect((await weigering(nml, beoordeeld, { toegekendCenten: 4_500_001 })).invalidParams).toEqual([expect.objectContaining({ name: 'toegekendCenten', code: 'boven-gevraagd' })]);
    expect((await weigering(zk, beoordeeld, {})).invalidParams).toEqual([expect.objectContaining({ name: 'aanvullendPlanId', code: 'onbekend' })]);
    expect(await stand()).toEqual(voor);
    expect(await vindAanvullendPlan(t.db, zk, beoordeeld)).toBeNull();
  });

  it('a rejection reserves nothing; the PHO may decide too', async () => {
    const id = await planId('AP-TEST-01');
    await t.db.transaction((tx) => besluitOverAanvullendPlanBijBesluit(tx, null, nml, id, besluit({ goedgekeurd: false, overlegorgaanId: orgaan('pho'), referentie: 'PHO 19 maart 2025' })));
    expect((await get(`${pad()}/${id}`)).json()).toMatchObject({ status: 'afgewezen', toegekendCenten: null, gereserveerdCenten: 0, besluit: { overlegorgaan: { naam: 'Portefeuillehoudersoverleg (PHO) IZA' } } });
  });
});

describe('spending: ledger entries whose activiteit is the kenmerk, on the initiative’s line', () => {
  it('sums commitments and expenditure in SQL, only on the initiative’s own line', async () => {
    const id = await planId('AP-2024-02');
    const [demo] = await t.db.select({ uitkeringId: boeking.uitkeringId, regelId: boeking.begrotingsregelId }).from(boeking).where(eq(boeking.documentreferentie, 'DEMO-2024-009'));
    const regel1 = ((await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items[0].regels as { id: string; code: string }[]).find((r) => r.code === '1')!.id;
    // The ledger is filled by imports; here three entries are written straight into the table.
    await t.db.insert(boeking).values([
      { regioId: nml, soort: 'verplichting', datum: '2025-04-01', bedragCenten: 5_000_000, begrotingsregelId: demo!.regelId, uitkeringId: demo!.uitkeringId, activiteit: 'AP-2024-02' },
      { regioId: nml, soort: 'uitgave', datum: '2025-05-01', bedragCenten: 2_500_000, begrotingsregelId: demo!.regelId, uitkeringId: demo!.uitkeringId, activiteit: 'AP-2024-02' },
      { regioId: nml, soort: 'uitgave', datum: '2025-05-01', bedragCenten: 999, begrotingsregelId: regel1, uitkeringId: demo!.uitkeringId, activiteit: 'AP-2024-02' },
    ]);
    expect((await get(`${pad()}/${id}`)).json()).toMatchObject({ verplichtCenten: 5_000_000, uitgegevenCenten: 2_500_000 });
    expect((await get(pad())).json().totalen).toMatchObject({ verplichtCenten: 5_000_000, uitgegevenCenten: 12_000_000 });
  });
});

describe('tenancy and the afwegingskader as data of each region', () => {
  it('an initiative of one region is not found through another', async () => {
    const id = await planId('AP-2024-01');
    expect((await get(`/api/v1/regios/${zk}/aanvullende-plannen`)).json()).toEqual({ items: [], totaal: 0, totalen: { gevraagdCenten: 0, gereserveerdCenten: 0, verplichtCenten: 0, uitgegevenCenten: 0 } });
    expect((await get(`/api/v1/regios/${zk}/aanvullende-plannen/${id}`)).statusCode).toBe(404);
    expect((await send('PUT', `/api/v1/regios/${zk}/aanvullende-plannen/${id}/beoordeling`, beoordeling(), coordinator)).statusCode).toBe(404);
    expect((await get(`/api/v1/regios/${zk}/aanvullende-plannen`, venray)).statusCode).toBe(404);
    // A budget line of another region is no line of this one.
    const r = await send('POST', `/api/v1/regios/${zk}/aanvullende-plannen`, indiening({ indienerGemeentecode: 'GM0392', kenmerk: 'ZK-01', partnerIds: [] }), coordinator);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'begrotingsregelId', code: 'onbekend' })]);
  });

  it('a new region has its own questions; the coordinator edits them, keeping scores within the scale', async () => {
    const zkVragen = `/api/v1/regios/${zk}/afwegingsvragen`;
    expect((await get(zkVragen)).json().items).toEqual([]);
    const r = await send('POST', zkVragen, { vraag: 'Draagt het plan bij aan de kernteams in de wijk?', schaalMin: 0, schaalMax: 3 }, coordinator);
    expect(r.statusCode).toBe(201);
    expect((await get(zkVragen)).json().items).toHaveLength(1);
    expect((await get(`/api/v1/regios/${nml}/afwegingsvragen`)).json().items).toHaveLength(6);

    const eerste = vragen[0]!.id;
    expect((await send('PATCH', `/api/v1/regios/${nml}/afwegingsvragen/${eerste}`, { vraag: 'x' }, venray)).statusCode).toBe(403);
    const tekst = await send('PATCH', `/api/v1/regios/${nml}/afwegingsvragen/${eerste}`, { toelichting: 'Denk aan het personeelstekort van 4.500 in 2032.' }, coordinator);
    expect(tekst.json().toelichting).toBe('Denk aan het personeelstekort van 4.500 in 2032.');
    const krimp = await send('PATCH', `/api/v1/regios/${nml}/afwegingsvragen/${eerste}`, { schaalMax: 3 }, coordinator);
    expect(krimp.statusCode).toBe(409);
    expect(krimp.json().invalidParams).toEqual([expect.objectContaining({ name: 'schaalMax', code: 'scores-buiten-schaal' })]);
    expect((await send('PATCH', `/api/v1/regios/${zk}/afwegingsvragen/${eerste}`, { vraag: 'x' }, coordinator)).statusCode).toBe(404);
  });
});

describe('a reservation draws on the amount in force of an adopted budget, never on a concept', () => {
  let conceptRegel: string;
  let nieuweRegel: string;

  beforeAll(async () => {
    const spuk = (await get(`/api/v1/regios/${nml}/uitkeringen`)).json().items[0].id;
    const b2025 = await send('POST', `/api/v1/regios/${nml}/begrotingen`, {
      jaar: 2025,
      naam: 'Begroting 2025',
      uitkeringIds: [spuk],
      regels: [{ code: '6b', omschrijving: 'Onderdeel 6 — aanvullende plannen', taakNummer: 6, bedragCenten: 50_000_000 }],
    });
    expect(b2025.statusCode, b2025.body).toBe(201);
    conceptRegel = b2025.json().regels[0].id;
    // A concept version of the adopted 2024 budget with a line the adopted version does not have.
    const [b2024] = (await get(`/api/v1/regios/${nml}/begrotingen?jaar=2024`)).json().items as { id: string; regels: { code: string; omschrijving: string; taakNummer: number | null; bedragCenten: number }[] }[];
    const regels = b2024!.regels.map((r) => ({ code: r.code, omschrijving: r.omschrijving, taakNummer: r.taakNummer, bedragCenten: r.code === '1' ? r.bedragCenten - 1_000_000 : r.bedragCenten }));
    const versie = await send('POST', `/api/v1/regios/${nml}/begrotingen/${b2024!.id}/versies`, { toelichting: 'Voorstel', regels: [...regels, { code: '6c', omschrijving: 'Onderdeel 6 — nieuw', taakNummer: 6, bedragCenten: 1_000_000 }] });
    expect(versie.statusCode, versie.body).toBe(201);
    nieuweRegel = (await get(`/api/v1/regios/${nml}/begrotingen/${b2024!.id}`)).json().versies.at(-1).regels.find((r: { code: string }) => r.code === '6c').id;
  });

  it('an initiative on a line of a budget not yet adopted, or on a line outside the version in force, is refused naming the line; nothing is written', async () => {
    const voor = await stand();
    const concept = await send('POST', pad(), indiening({ kenmerk: 'AP-2025-01', begrotingsregelId: conceptRegel }), venray);
    expect(concept.statusCode).toBe(400);
    expect(concept.json().invalidParams).toEqual([
      {
        name: 'begrotingsregelId',
        code: 'geen-vastgesteld-bedrag',
        reason: 'Regel 6b hoort bij «Begroting 2025» (2025), die nog niet is vastgesteld; een aanvullend plan doet een beroep op een regel van een vastgestelde begroting',
      },
    ]);
    const buiten = await send('POST', pad(), indiening({ kenmerk: 'AP-2024-6C', begrotingsregelId: nieuweRegel }), venray);
    expect(buiten.statusCode).toBe(400);
    expect(buiten.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'begrotingsregelId', code: 'geen-vastgesteld-bedrag', reason: expect.stringMatching(/^Regel 6c staat niet in de versie van «.+» \(2024\) die geldt \(versie 1\); er is op die regel geen bedrag om op te reserveren$/) }),
    ]);
    const ingediend = await planId('AP-2024-03');
    expect(namen(await send('PATCH', `${pad()}/${ingediend}`, { begrotingsregelId: conceptRegel }, coordinator))).toEqual(['begrotingsregelId']);
    expect(await stand()).toEqual(voor);
    expect((await get(`${pad()}/${ingediend}`)).json().begrotingsregel.code).toBe('6b');
  });

  it('an approval against a line without an amount in force (its budget still a concept) is refused, and reserves nothing', async () => {
    const id = (await send('POST', pad(), indiening({ titel: 'Van vóór de vaststelling', kenmerk: 'AP-2025-02', gevraagdCenten: 1_000_000 }), coordinator)).json().id;
    await send('PUT', `${pad()}/${id}/beoordeling`, beoordeling(), coordinator);
    // Recorded before lines had to be adopted: the row points at the concept budget's line.
    await t.db.execute(sql`update aanvullend_plan set begrotingsregel_id = ${conceptRegel} where id = ${id}`);
    expect((await get(`${pad()}/${id}`)).json().regel).toEqual({ huidigCenten: 0, gereserveerdCenten: 0, vrijCenten: 0 });
    const voor = await stand();
    const e = await weigering(nml, id, {});
    expect(e.code).toBe('conflict');
    expect(e.detail).toBe(
      '«Van vóór de vaststelling»: Regel 6b hoort bij «Begroting 2025» (2025), die nog niet is vastgesteld; een aanvullend plan doet een beroep op een regel van een vastgestelde begroting.',
    );
    expect(await stand()).toEqual(voor);
    expect((await get(`${pad()}/${id}`)).json()).toMatchObject({ status: 'beoordeeld', toegekendCenten: null, gereserveerdCenten: 0 });
  });
});
