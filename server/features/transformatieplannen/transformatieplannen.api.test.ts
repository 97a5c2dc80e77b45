import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';
import { zetStandpuntBijBesluit } from './transformatieplannen.service';

type Kop = Record<string, string>;

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Kop;
let venray: Kop;
let vgz: Kop;
let lezer: Kop;
let beheerder: Kop;
let wethouderVenlo: Kop;
/** The partner of a lead provider that is not an insurer. */
let welzijn: Kop;
let organisaties: { id: string; naam: string }[];
let organen: { id: string; soort: string }[];

const { get, send, tel: aantal } = verzoeken(() => t, () => coordinator);
/** Counts of every table a write of this feature touches, to prove a refusal wrote nothing. */
const stand = () =>
  Promise.all(
    ['transformatieplan', 'transformatieplan_stap', 'instemming', 'snelle_toets', 'beoordeling', 'beoordelingsscore', 'toetsvraag', 'auditregel', 'transformatieplan_gemeente', 'transformatieplan_financiering'].map(
      aantal,
    ),
  );
const org = (naam: string) => organisaties.find((o) => o.naam === naam)!.id;
const plannen = () => `/api/v1/regios/${nml}/transformatieplannen`;

interface Samenvatting {
  id: string;
  titel: string;
  status: string;
  ontbrekendeInstemmingen: { gemeentecode: string; naam: string }[];
}
async function planId(titel: string) {
  const { items } = (await get(plannen())).json() as { items: Samenvatting[] };
  return items.find((p) => p.titel.startsWith(titel))!.id;
}

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, venray, vgz, lezer, beheerder, wethouderVenlo] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
    t.aanmelden('partner.vgz@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
    t.aanmelden('beheerder@regiekamer.demo'),
    t.aanmelden('wethouder.venlo@regiekamer.demo'),
  ]);
  organisaties = (await get(`/api/v1/regios/${nml}/organisaties`)).json().items;
  organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items;
  const { maakGebruiker } = await import('../gebruikers/gebruikers.service');
  await maakGebruiker(t.db, null, {
    email: 'partner.welzijn@regiekamer.test',
    wachtwoord: 'wachtwoord-welzijn',
    rol: 'partner',
    regio: 'Noord- en Midden-Limburg',
    organisatie: 'Welzijn Noord-Limburg (illustratief)',
  });
  welzijn = await t.aanmelden('partner.welzijn@regiekamer.test', 'wachtwoord-welzijn');
});
afterAll(() => t.close());

const nieuwPlan = (extra: Record<string, unknown> = {}) => ({
  titel: 'Samen gezond in Venlo en Venray',
  omschrijving: 'Een testplan.',
  penvoerderId: org('Welzijn Noord-Limburg (illustratief)'),
  partnerIds: [org('GGD Limburg-Noord')],
  domeinen: ['sociaal', 'preventie'],
  doelgroep: 'Jongeren',
  bereik: 20_000,
  gemeentecodes: ['GM0983', 'GM0984'],
  financiering: [
    { jaar: 2025, aangevraagdCenten: 10_000_000 },
    { jaar: 2026, aangevraagdCenten: 12_000_000 },
  ],
  gemeentelijkeBijdrageCenten: 1_000_000,
  bijdrageVoorwaarde: 'onder voorbehoud van structurele financiering',
  ...extra,
});

describe('the transformation plans of the demo region (DOMAIN.md §8)', () => {
  it('lists three plans: Mooi Maasvallei approved with the addendum, one blocked on consent, one at the quick scan', async () => {
    const r = await get(plannen(), lezer);
    expect(r.statusCode).toBe(200);
    const { items, totaal } = r.json() as { items: (Samenvatting & Record<string, unknown>)[]; totaal: number };
    expect(totaal).toBe(3);
    const maasvallei = items.find((p) => p.titel === 'Mooi Maasvallei')!;
    expect(maasvallei).toMatchObject({ status: 'goedgekeurd', addendum: true, bereik: 130_000, aangevraagdCenten: 6_400_000_000, toegekendCenten: 6_400_000_000, ontbrekendeInstemmingen: [] });
    expect((maasvallei.gemeenten as unknown[]).length).toBe(3);
    const geblokkeerd = items.find((p) => p.titel.startsWith('Wijkverbinders'))!;
    expect(geblokkeerd).toMatchObject({ status: 'snelle-toets', instemmingVereist: true, ontbrekendeInstemmingen: [{ gemeentecode: 'GM1507', naam: 'Horst aan de Maas' }] });
    expect(items.find((p) => p.titel.startsWith('Positief Gezond'))).toMatchObject({ status: 'snelle-toets', instemmingVereist: false });
  });

  it('shows both insurers’ assessments of Mooi Maasvallei side by side, scored on the region’s criteria', async () => {
    const p = (await get(`${plannen()}/${await planId('Mooi Maasvallei')}`)).json();
    expect(p.criteria.map((c: { vraag: string; schaalMin: number; schaalMax: number }) => [c.vraag, c.schaalMin, c.schaalMax])).toEqual([
      ['Lagere kosten onder de Zorgverzekeringswet', 1, 5],
      ['Doelmatiger inzet van zorgpersoneel', 1, 5],
      ['Verschuiving van het medisch naar het sociaal domein', 1, 5],
    ]);
    expect(p.beoordelingen.map((b: { organisatie: { naam: string }; advies: string }) => [b.organisatie.naam, b.advies])).toEqual([
      ['VGZ', 'positief'],
      ['CZ', 'positief'],
    ]);
    expect(p.verzekeraars).toEqual({ preferent: { id: org('VGZ'), naam: 'VGZ' }, tweede: { id: org('CZ'), naam: 'CZ' } });
    expect(p.stappen.map((s: { naarStatus: string }) => s.naarStatus)).toEqual(['idee', 'snelle-toets', 'ingediend', 'beoordeeld', 'goedgekeurd']);
    expect(p.ingediendBij).toEqual({ id: org('VGZ'), naam: 'VGZ' });
    expect(p.volgendeStappen).toEqual(['in-uitvoering']);
  });

  it('keeps the consent history per municipality; the latest record is the current state', async () => {
    const p = (await get(`${plannen()}/${await planId('Wijkverbinders')}`)).json();
    const peel = p.instemmingen.find((i: { gemeente: { naam: string } }) => i.gemeente.naam === 'Peel en Maas');
    expect(peel.huidig).toBe('verleend');
    expect(peel.historie.map((h: { soort: string }) => h.soort)).toEqual(['verleend', 'ingetrokken', 'verleend']);
    expect(p.instemmingen.find((i: { gemeente: { naam: string } }) => i.gemeente.naam === 'Horst aan de Maas')).toMatchObject({ huidig: null, historie: [] });
  });

  it('filters by status, domain, lead provider and municipality', async () => {
    const titels = async (q: string) => ((await get(`${plannen()}?${q}`)).json().items as Samenvatting[]).map((p) => p.titel).sort();
    expect(await titels('status=snelle-toets')).toHaveLength(2);
    expect(await titels('domein=sociaal')).toEqual(['Mooi Maasvallei', 'Wijkverbinders Venray, Horst en Peel en Maas (illustratief)']);
    expect(await titels('gemeentecode=GM1507')).toEqual(['Wijkverbinders Venray, Horst en Peel en Maas (illustratief)']);
    expect(await titels(`penvoerderId=${org('Huisartsen Noord-Limburg (illustratief)')}`)).toEqual(['Positief Gezond Noord-Limburg (illustratief)']);
    expect((await get(`${plannen()}?status=klaar`)).statusCode).toBe(400);
  });
});

describe('registering and editing a plan', () => {
  it('the coordinator registers a plan: status idee, a first dated step, and an audit row', async () => {
    const voor = await aantal('auditregel');
    const r = await send('POST', plannen(), nieuwPlan(), coordinator);
    expect(r.statusCode).toBe(201);
    const p = r.json();
    expect(r.headers.location).toBe(`${plannen()}/${p.id}`);
    expect(p).toMatchObject({
      status: 'idee',
      penvoerder: { naam: 'Welzijn Noord-Limburg (illustratief)' },
      partners: [{ naam: 'GGD Limburg-Noord' }],
      gemeenten: [
        { gemeentecode: 'GM0983', naam: 'Venlo' },
        { gemeentecode: 'GM0984', naam: 'Venray' },
      ],
      aangevraagdCenten: 22_000_000,
      instemmingVereist: true,
      volgendeStappen: ['snelle-toets'],
    });
    expect(p.stappen).toEqual([expect.objectContaining({ vanStatus: null, naarStatus: 'idee', gebruikerNaam: 'Cor Coördinator', organisatie: null })]);
    expect(await aantal('auditregel')).toBe(voor + 1);
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=transformatieplan&itemId=${p.id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'aangemaakt', gebruikerNaam: 'Cor Coördinator' });
  });

  it('names every invalid field at once and writes nothing', async () => {
    const voor = await stand();
    const ggdKennemerland = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items[0].id;
    const r = await send(
      'POST',
      plannen(),
      nieuwPlan({
        penvoerderId: ggdKennemerland,
        partnerIds: ['00000000-0000-4000-8000-000000000000', org('VGZ'), org('VGZ')],
        gemeentecodes: ['GM0983', 'GM0392'],
        financiering: [
          { jaar: 2025, aangevraagdCenten: 1 },
          { jaar: 2025, aangevraagdCenten: 2 },
        ],
      }),
      coordinator,
    );
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['penvoerderId', 'partnerIds.0', 'partnerIds.2', 'gemeentecodes.1', 'financiering.1.jaar']);
    expect(r.json().invalidParams.find((p: { name: string }) => p.name === 'gemeentecodes.1').reason).toBe('GM0392 is geen gemeente van deze regio');

    const schema = await send('POST', plannen(), nieuwPlan({ titel: '', domeinen: [], bereik: -1, financiering: [{ jaar: 2025, aangevraagdCenten: 1.5 }] }), coordinator);
    expect(schema.statusCode).toBe(400);
    expect(namen(schema).sort()).toEqual(['bereik', 'domeinen', 'financiering.0.aangevraagdCenten', 'titel']);
    expect(await stand()).toEqual(voor);
  });

  it('a plan touching the social domain names its affected municipalities', async () => {
    const r = await send('POST', plannen(), nieuwPlan({ gemeentecodes: [] }), coordinator);
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'gemeentecodes', code: 'verplicht-bij-sociaal' })]);
  });

  it('rights: a reader cannot register; a partner only for its own organisation, and edits only its own plans', async () => {
    expect((await send('POST', plannen(), nieuwPlan(), lezer)).statusCode).toBe(403);
    const ander = await send('POST', plannen(), nieuwPlan(), vgz);
    expect(ander.statusCode).toBe(403);
    expect(ander.json().detail).toContain('eigen organisatie');
    const eigen = await send('POST', plannen(), nieuwPlan({ titel: 'Digitale triage (VGZ)', penvoerderId: org('VGZ'), partnerIds: [] }), vgz);
    expect(eigen.statusCode).toBe(201);
    expect(eigen.json().stappen[0].organisatie).toEqual({ id: org('VGZ'), naam: 'VGZ' });
    const gewijzigd = await send('PATCH', `${plannen()}/${eigen.json().id}`, { bereik: 25_000 }, vgz);
    expect(gewijzigd.json().bereik).toBe(25_000);
    // Handing one's plan to another organisation is editing that organisation's plan.
    expect((await send('PATCH', `${plannen()}/${eigen.json().id}`, { penvoerderId: org('CZ') }, vgz)).statusCode).toBe(403);
    const voor = await stand();
    expect((await send('PATCH', `${plannen()}/${await planId('Wijkverbinders')}`, { titel: 'Overgenomen' }, vgz)).statusCode).toBe(403);
    expect((await send('PATCH', `${plannen()}/${await planId('Wijkverbinders')}`, { titel: 'Overgenomen' }, lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('the coordinator edits a plan; lists given replace the old ones, and the history keeps before and after', async () => {
    const id = (await send('POST', plannen(), nieuwPlan({ titel: 'Te wijzigen plan' }), coordinator)).json().id;
    const r = await send('PATCH', `${plannen()}/${id}`, { gemeentecodes: ['GM0984'], financiering: [{ jaar: 2025, aangevraagdCenten: 5_000_000, toegekendCenten: 4_000_000 }], addendum: true }, coordinator);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ gemeenten: [{ naam: 'Venray' }], aangevraagdCenten: 5_000_000, toegekendCenten: 4_000_000, addendum: true });
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=transformatieplan&itemId=${id}`)).json();
    expect(historie.items[0]).toMatchObject({ actie: 'gewijzigd', voor: { gemeenten: ['Venlo', 'Venray'] }, na: { gemeenten: ['Venray'] } });
  });
});

describe('the lifecycle: one dated step at a time, never back', () => {
  it('refuses a transition that skips a step, naming the allowed next step, and writes nothing', async () => {
    const id = (await send('POST', plannen(), nieuwPlan({ titel: 'Stap voor stap', domeinen: ['medisch'] }), coordinator)).json().id;
    const voor = await stand();
    const r = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, coordinator);
    expect(r.statusCode).toBe(409);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'naar', code: 'stap-overslaan' })]);
    expect(r.json().detail).toBe('Van «idee» naar «ingediend» slaat een stap over. Vanuit «idee» kan het plan alleen naar «snelle toets».');
    expect(await stand()).toEqual(voor);

    const vandaag = (await send('POST', `${plannen()}/${id}/stappen`, { naar: 'snelle-toets' }, coordinator)).json().stappen.at(-1).datum as string;
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, { uitkomst: 'positief', datum: vandaag }, vgz)).statusCode).toBe(201);
    const terug = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'idee' }, coordinator);
    expect(terug.statusCode).toBe(409);
    expect(terug.json().invalidParams[0]).toMatchObject({ name: 'naar', code: 'stap-terug' });
    const onbekend = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'klaar' }, coordinator);
    expect(onbekend.statusCode).toBe(400);
    expect(namen(onbekend)).toEqual(['naar']);
    const vroeg = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend', datum: '2020-02-28' }, coordinator);
    expect(vroeg.statusCode).toBe(400);
    expect(vroeg.json().invalidParams).toEqual([{ name: 'datum', code: 'voor-vorige', reason: expect.stringMatching(/^28 februari 2020 ligt vóór de vorige stap \(\d+ \w+ \d{4}\)$/) }]);
    expect(vandaag).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('refuses submission without consent, naming the missing municipality, and writes nothing', async () => {
    const id = await planId('Wijkverbinders');
    const voor = await stand();
    const r = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, coordinator);
    expect(r.statusCode).toBe(409);
    expect(r.json().invalidParams).toEqual([expect.objectContaining({ name: 'naar', code: 'instemming-ontbreekt' })]);
    expect(r.json().detail).toBe(
      'Het plan raakt het sociaal domein; het kan pas worden ingediend als elke betrokken gemeente heeft ingestemd. De instemming van Horst aan de Maas ontbreekt nog.',
    );
    expect(await stand()).toEqual(voor);
    expect((await get(`${plannen()}/${id}`)).json().status).toBe('snelle-toets');
  });

  it('Venray’s officer consents only for Venray; a withdrawal counts as missing again', async () => {
    const id = await planId('Wijkverbinders');
    const voor = await stand();
    const horst = await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM1507', soort: 'verleend', datum: '2025-02-01' }, venray);
    expect(horst.statusCode).toBe(403);
    expect(horst.json().detail).toContain('niet die van Horst aan de Maas');
    expect((await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0984', soort: 'ingetrokken', datum: '2025-02-01' }, lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);

    const ingetrokken = await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0984', soort: 'ingetrokken', datum: '2025-02-01', referentie: 'Collegebesluit 2025-17' }, venray);
    expect(ingetrokken.statusCode).toBe(201);
    expect(ingetrokken.json().ontbrekendeInstemmingen.map((g: { naam: string }) => g.naam)).toEqual(['Horst aan de Maas', 'Venray']);
    const geweigerd = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, coordinator);
    expect(geweigerd.json().detail).toContain('De instemming van Horst aan de Maas en Venray ontbreekt nog.');

    const weer = await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0984', soort: 'verleend', datum: '2025-02-10' }, venray);
    expect(weer.statusCode).toBe(201);
    expect(weer.json().instemmingen.find((i: { gemeente: { naam: string } }) => i.gemeente.naam === 'Venray')).toMatchObject({
      huidig: 'verleend',
      historie: [{ soort: 'verleend' }, { soort: 'ingetrokken', referentie: 'Collegebesluit 2025-17', gebruikerNaam: 'Vera Venray' }, { soort: 'verleend' }].map((h) =>
        expect.objectContaining(h),
      ),
    });
  });

  it('refuses consent of a municipality that is not affected, of another region, twice, or dated before the last record', async () => {
    const id = await planId('Wijkverbinders');
    const voor = await stand();
    const post = (body: object) => send('POST', `${plannen()}/${id}/instemmingen`, body, coordinator);
    const venlo = await post({ gemeentecode: 'GM0983', soort: 'verleend', datum: '2025-02-01' });
    expect(venlo.statusCode).toBe(400);
    expect(venlo.json().invalidParams).toEqual([expect.objectContaining({ name: 'gemeentecode', code: 'niet-betrokken' })]);
    const haarlem = await post({ gemeentecode: 'GM0392', soort: 'verleend', datum: '2025-02-01' });
    expect(haarlem.json().invalidParams).toEqual([expect.objectContaining({ name: 'gemeentecode', code: 'onbekend' })]);
    const tweemaal = await post({ gemeentecode: 'GM0984', soort: 'verleend', datum: '2025-03-01' });
    expect(tweemaal.statusCode).toBe(409);
    expect(tweemaal.json().detail).toBe('Venray heeft al ingestemd met dit plan.');
    const vroeg = await post({ gemeentecode: 'GM1894', soort: 'ingetrokken', datum: '2025-01-01' });
    expect(vroeg.statusCode).toBe(400);
    expect(namen(vroeg)).toEqual(['datum']);
    const zod = await post({ gemeentecode: 'Horst', soort: 'misschien', datum: '1 maart' });
    expect(namen(zod).sort()).toEqual(['datum', 'gemeentecode', 'soort']);
    expect(await stand()).toEqual(voor);
  });

  it('with every consent given, submission to the preferred insurer succeeds as a dated step', async () => {
    const id = await planId('Wijkverbinders');
    const horst = await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM1507', soort: 'verleend', datum: '2025-02-12', referentie: 'Collegebesluit Horst' }, coordinator);
    expect(horst.json().ontbrekendeInstemmingen).toEqual([]);
    const voor = await aantal('auditregel');
    const r = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend', datum: '2025-02-14', toelichting: 'Ingediend bij VGZ' }, coordinator);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ status: 'ingediend', ingediendBij: { naam: 'VGZ' }, volgendeStappen: ['beoordeeld'] });
    expect(r.json().stappen.at(-1)).toMatchObject({ vanStatus: 'snelle-toets', naarStatus: 'ingediend', datum: '2025-02-14', gebruikerNaam: 'Cor Coördinator', toelichting: 'Ingediend bij VGZ' });
    expect(await aantal('auditregel')).toBe(voor + 1);
  });

  it('the insurers assess against the criteria; a score outside the scale is a precise problem and writes nothing', async () => {
    const id = await planId('Wijkverbinders');
    const { criteria } = (await get(`${plannen()}/${id}`)).json() as { criteria: { id: string }[] };
    const scores = (waarden: number[]) => criteria.map((c, i) => ({ criteriumId: c.id, score: waarden[i], reden: `Reden ${i + 1}` }));
    const body = (extra: object = {}) => ({ advies: 'positief', toelichting: 'Kansrijk plan.', datum: '2025-03-10', scores: scores([4, 3, 5]), ...extra });
    const voor = await stand();

    const buiten = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body({ scores: scores([4, 6, 0]) }), vgz);
    expect(buiten.statusCode).toBe(400);
    expect(buiten.json().invalidParams).toEqual([
      { name: 'scores.1.score', code: 'buiten-schaal', reason: 'Vraag 2 «Doelmatiger inzet van zorgpersoneel» wordt gescoord van 1 tot en met 5; 6 valt buiten die schaal' },
      { name: 'scores.2.score', code: 'buiten-schaal', reason: 'Vraag 3 «Verschuiving van het medisch naar het sociaal domein» wordt gescoord van 1 tot en met 5; 0 valt buiten die schaal' },
    ]);
    const onvolledig = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body({ scores: [{ ...scores([4, 3, 5])[0], reden: '' }, { criteriumId: '00000000-0000-4000-8000-000000000000', score: 3, reden: 'x' }] }), vgz);
    expect(namen(onvolledig)).toEqual(['scores.0.reden']);
    const onbekend = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body({ scores: [scores([4, 3, 5])[0], { criteriumId: '00000000-0000-4000-8000-000000000000', score: 3, reden: 'x' }] }), vgz);
    expect(namen(onbekend)).toEqual(['scores.1.criteriumId', 'scores']);
    expect(onbekend.json().invalidParams[1].reason).toContain('vraag 2 «Doelmatiger inzet van zorgpersoneel», vraag 3');

    expect((await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body(), lezer)).statusCode).toBe(403);
    const cz = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('CZ')}`, body(), vgz);
    expect(cz.statusCode).toBe(403);
    expect(cz.json().detail).toBe('Alleen CZ zelf legt de beoordeling van CZ vast.');
    const ggd = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('GGD Limburg-Noord')}`, body(), beheerder);
    expect(ggd.statusCode).toBe(403);
    expect(ggd.json().detail).toContain('beoordelen doen VGZ (preferent) en CZ (tweede)');
    expect(await stand()).toEqual(voor);

    const r = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body(), vgz);
    expect(r.statusCode).toBe(200);
    expect(r.json().beoordelingen).toEqual([
      expect.objectContaining({ organisatie: { id: org('VGZ'), naam: 'VGZ' }, advies: 'positief', gebruikerNaam: 'Paula Partner', scores: scores([4, 3, 5]).map((s) => ({ criteriumId: s.criteriumId, score: s.score, reden: s.reden })) }),
    ]);
    // The second insurer's assessment alongside; the beheerder may enter it.
    const tweede = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('CZ')}`, body({ advies: 'aangehouden', toelichting: 'Eerst de effecten onderbouwen.' }), beheerder);
    expect(tweede.json().beoordelingen.map((b: { organisatie: { naam: string }; advies: string }) => [b.organisatie.naam, b.advies])).toEqual([
      ['VGZ', 'positief'],
      ['CZ', 'aangehouden'],
    ]);
    // Entering it again replaces it.
    const opnieuw = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, body({ scores: scores([5, 5, 5]) }), vgz);
    expect(opnieuw.json().beoordelingen.find((b: { organisatie: { naam: string } }) => b.organisatie.naam === 'VGZ').scores.map((s: { score: number }) => s.score)).toEqual([5, 5, 5]);
    const [, , , , beoordelingen, scoresN, , audit] = await stand();
    expect([beoordelingen, scoresN, audit]).toEqual([voor[4]! + 2, voor[5]! + 6, voor[7]! + 3]);
  });

  it('the preferred insurer takes the steps of assessment and decision; the plan side the others, to the end', async () => {
    const id = await planId('Wijkverbinders');
    const stap = (kop: Kop, naar: string, datum: string) => send('POST', `${plannen()}/${id}/stappen`, { naar, datum }, kop);
    const coord = await stap(coordinator, 'beoordeeld', '2025-03-20');
    expect(coord.statusCode).toBe(403);
    expect(coord.json().detail).toBe('De stap naar «beoordeeld» zet de preferente zorgverzekeraar (VGZ).');
    expect((await stap(vgz, 'beoordeeld', '2025-03-20')).statusCode).toBe(201);
    expect((await stap(vgz, 'goedgekeurd', '2025-04-01')).json()).toMatchObject({ status: 'goedgekeurd', volgendeStappen: ['in-uitvoering'] });
    expect((await stap(vgz, 'in-uitvoering', '2025-05-01')).statusCode).toBe(403);
    expect((await stap(coordinator, 'in-uitvoering', '2025-05-01')).statusCode).toBe(201);
    const einde = await stap(coordinator, 'afgerond', '2027-12-31');
    expect(einde.json()).toMatchObject({ status: 'afgerond', volgendeStappen: [] });
    expect(einde.json().stappen.map((s: { naarStatus: string }) => s.naarStatus)).toEqual(['idee', 'snelle-toets', 'ingediend', 'beoordeeld', 'goedgekeurd', 'in-uitvoering', 'afgerond']);
    const na = await stap(coordinator, 'in-uitvoering', '2028-01-01');
    expect(na.statusCode).toBe(409);
    expect(na.json().invalidParams[0].code).toBe('stap-eindstatus');
    expect((await send('PATCH', `${plannen()}/${id}`, { titel: 'Nog iets' }, coordinator)).statusCode).toBe(409);
  });

  it('submission needs a positive quick scan first: none, or a latest one that is not positive, is refused with the reason and writes nothing', async () => {
    const id = await planId('Positief Gezond');
    const indienen = () => send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend', datum: '2025-03-01' }, coordinator);
    const voor = await stand();
    const zonder = await indienen();
    expect(zonder.statusCode).toBe(409);
    expect(zonder.json().invalidParams).toEqual([expect.objectContaining({ name: 'naar', code: 'snelle-toets-ontbreekt' })]);
    expect(zonder.json().detail).toBe('Het plan kan pas worden ingediend na een positieve snelle toets van VGZ; er is nog geen snelle toets vastgelegd.');
    expect(await stand()).toEqual(voor);

    // A positive quick scan followed by a negative one: the latest counts.
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, { uitkomst: 'positief', datum: '2025-02-10' }, vgz)).statusCode).toBe(201);
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, { uitkomst: 'negatief', datum: '2025-02-17', toelichting: 'Effect op de Zvw-kosten onduidelijk' }, vgz)).statusCode).toBe(201);
    const negatief = await stand();
    const na = await indienen();
    expect(na.statusCode).toBe(409);
    expect(na.json().invalidParams).toEqual([expect.objectContaining({ name: 'naar', code: 'snelle-toets-niet-positief' })]);
    expect(na.json().detail).toBe(
      'Het plan kan pas worden ingediend na een positieve snelle toets van VGZ; de laatste snelle toets (17 februari 2025) is negatief. Pas het plan aan en vraag een nieuwe snelle toets.',
    );
    expect(await stand()).toEqual(negatief);
    expect((await get(`${plannen()}/${id}`)).json()).toMatchObject({ status: 'snelle-toets', ingediendBij: null });
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, { uitkomst: 'positief', datum: '2025-02-24', toelichting: 'Na aanvulling kansrijk' }, vgz)).statusCode).toBe(201);
  });

  it('a plan missing both the quick scan and consent is refused naming both', async () => {
    const id = (await send('POST', plannen(), nieuwPlan({ titel: 'Zonder toets en instemming' }), coordinator)).json().id;
    await send('POST', `${plannen()}/${id}/stappen`, { naar: 'snelle-toets' }, coordinator);
    const voor = await stand();
    const r = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, coordinator);
    expect(r.statusCode).toBe(409);
    expect(r.json().invalidParams.map((p: { code: string }) => p.code)).toEqual(['snelle-toets-ontbreekt', 'instemming-ontbreekt']);
    expect(r.json().detail).toContain('De instemming van Venlo en Venray ontbreekt nog.');
    expect(await stand()).toEqual(voor);
  });

  it('assessment is only possible between submission and decision, and needs the preferred insurer’s assessment first', async () => {
    const id = await planId('Positief Gezond');
    const { criteria } = (await get(`${plannen()}/${id}`)).json() as { criteria: { id: string }[] };
    const te = await send('PUT', `${plannen()}/${id}/beoordelingen/${org('VGZ')}`, { advies: 'positief', toelichting: 'x', datum: '2025-03-01', scores: criteria.map((c) => ({ criteriumId: c.id, score: 3, reden: 'r' })) }, vgz);
    expect(te.statusCode).toBe(409);
    expect(te.json().detail).toContain('dit plan is «snelle toets»');
    expect((await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, vgz)).statusCode).toBe(403);
    expect((await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend', datum: '2025-03-01' }, coordinator)).statusCode).toBe(201);
    const zonder = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'beoordeeld', datum: '2025-03-02' }, vgz);
    expect(zonder.statusCode).toBe(409);
    expect(zonder.json().invalidParams[0]).toMatchObject({ name: 'naar', code: 'beoordeling-ontbreekt' });
  });

  it('the quick scan is the preferred insurer’s, at the quick-scan stage only', async () => {
    const id = (await send('POST', plannen(), nieuwPlan({ titel: 'Snel getoetst', domeinen: ['medisch'] }), coordinator)).json().id;
    const toets = { uitkomst: 'positief', datum: '2030-04-01', toelichting: 'Kansrijk' };
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, toets, vgz)).statusCode).toBe(409);
    expect((await send('POST', `${plannen()}/${id}/stappen`, { naar: 'snelle-toets' }, coordinator)).statusCode).toBe(201);
    expect((await send('POST', `${plannen()}/${id}/snelle-toetsen`, toets, coordinator)).statusCode).toBe(403);
    expect(namen(await send('POST', `${plannen()}/${id}/snelle-toetsen`, { ...toets, uitkomst: 'goed' }, vgz))).toEqual(['uitkomst']);
    const r = await send('POST', `${plannen()}/${id}/snelle-toetsen`, toets, vgz);
    expect(r.statusCode).toBe(201);
    expect(r.json().snelleToetsen).toEqual([expect.objectContaining({ uitkomst: 'positief', datum: '2030-04-01', organisatie: { id: org('VGZ'), naam: 'VGZ' }, gebruikerNaam: 'Paula Partner' })]);
  });

  it('a bestuurder may consent for its own municipality', async () => {
    const id = (await send('POST', plannen(), nieuwPlan({ titel: 'Met Venlo' }), coordinator)).json().id;
    expect((await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0983', soort: 'verleend', datum: '2025-04-01' }, wethouderVenlo)).statusCode).toBe(201);
    expect((await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0984', soort: 'verleend', datum: '2025-04-01' }, wethouderVenlo)).statusCode).toBe(403);
  });
});

describe('after submission the consent gate still holds for a change of domains or municipalities', () => {
  let id: string;
  const patch = (body: object, kop: Kop = coordinator) => send('PATCH', `${plannen()}/${id}`, body, kop);

  it('a plan submitted for the medical domain cannot be widened to the social domain with a municipality that has not consented; nothing is written', async () => {
    id = (await send('POST', plannen(), nieuwPlan({ titel: 'Eerst medisch', domeinen: ['medisch'], gemeentecodes: ['GM0983'] }), coordinator)).json().id;
    await send('POST', `${plannen()}/${id}/stappen`, { naar: 'snelle-toets' }, coordinator);
    await send('POST', `${plannen()}/${id}/snelle-toetsen`, { uitkomst: 'positief', datum: '2025-01-20' }, vgz);
    const ingediend = await send('POST', `${plannen()}/${id}/stappen`, { naar: 'ingediend' }, coordinator);
    expect(ingediend.json()).toMatchObject({ status: 'ingediend', instemmingVereist: false });

    const voor = await stand();
    const plan = (await get(`${plannen()}/${id}`)).json();
    const r = await patch({ domeinen: ['medisch', 'sociaal'], gemeentecodes: ['GM0983', 'GM0984'] });
    expect(r.statusCode).toBe(409);
    expect(r.json().invalidParams).toEqual([
      expect.objectContaining({ name: 'domeinen', code: 'instemming-ontbreekt' }),
      expect.objectContaining({ name: 'gemeentecodes', code: 'instemming-ontbreekt' }),
    ]);
    expect(r.json().detail).toBe(
      'Het plan is ingediend: een plan dat het sociaal domein raakt, houdt de instemming van elke betrokken gemeente, ook na indienen. ' +
        'Na deze wijziging ontbreekt de instemming van Venlo en Venray. ' +
        'Een gemeente stemt in nadat zij betrokken is: voeg haar toe zolang het plan het sociaal domein nog niet raakt, leg haar instemming vast, en breid dan het plan uit.',
    );
    expect(await stand()).toEqual(voor);
    expect((await get(`${plannen()}/${id}`)).json()).toEqual(plan);
  });

  it('consent first, then the social domain: each step that keeps the gate is accepted, each one that breaks it names who is missing', async () => {
    // A medical plan needs no consent: adding a municipality is fine.
    expect((await patch({ gemeentecodes: ['GM0983', 'GM0984'] })).json().gemeenten.map((g: { naam: string }) => g.naam)).toEqual(['Venlo', 'Venray']);
    expect((await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0984', soort: 'verleend', datum: '2025-03-01' }, venray)).statusCode).toBe(201);
    const voor = await stand();
    const venlo = await patch({ domeinen: ['medisch', 'sociaal'] });
    expect(venlo.statusCode).toBe(409);
    expect(namen(venlo)).toEqual(['domeinen']);
    expect(venlo.json().detail).toContain('Na deze wijziging ontbreekt de instemming van Venlo.');
    expect(await stand()).toEqual(voor);
    expect((await send('POST', `${plannen()}/${id}/instemmingen`, { gemeentecode: 'GM0983', soort: 'verleend', datum: '2025-03-02' }, wethouderVenlo)).statusCode).toBe(201);
    const sociaal = await patch({ domeinen: ['medisch', 'sociaal'] });
    expect(sociaal.statusCode).toBe(200);
    expect(sociaal.json()).toMatchObject({ domeinen: ['medisch', 'sociaal'], instemmingVereist: true, ontbrekendeInstemmingen: [] });
    // Adding a municipality to the submitted social plan: it has not consented (and cannot before it is involved).
    const horst = await patch({ gemeentecodes: ['GM0983', 'GM0984', 'GM1507'] });
    expect(horst.statusCode).toBe(409);
    expect(namen(horst)).toEqual(['gemeentecodes']);
    expect(horst.json().detail).toContain('ontbreekt de instemming van Horst aan de Maas.');
    // Other fields, and narrowing the plan, still change.
    expect((await patch({ gemeentecodes: ['GM0984'], bereik: 30_000 })).json()).toMatchObject({ gemeenten: [{ naam: 'Venray' }], bereik: 30_000 });
  });
});

describe('granted funding is the insurer’s: the lead provider requests, the preferred insurer or the coordinator grants', () => {
  let id: string;
  const eigenPlan = (extra: object = {}) =>
    nieuwPlan({ titel: 'Welzijn aan zet', penvoerderId: org('Welzijn Noord-Limburg (illustratief)'), partnerIds: [], domeinen: ['medisch'], gemeentecodes: [], ...extra });

  it('the lead provider’s partner cannot register a plan with granted funding; the field is named and nothing is written', async () => {
    const voor = await stand();
    const r = await send('POST', plannen(), eigenPlan({ financiering: [{ jaar: 2025, aangevraagdCenten: 10_000_000, toegekendCenten: 10_000_000 }] }), welzijn);
    expect(r.statusCode).toBe(403);
    expect(r.json().invalidParams).toEqual([
      { name: 'financiering.0.toegekendCenten', code: 'alleen-verzekeraar', reason: 'Het toegekende bedrag legt de preferente zorgverzekeraar (VGZ) of de regiocoördinator vast; de penvoerder vraagt alleen aan' },
    ]);
    expect(await stand()).toEqual(voor);
    const zonder = await send('POST', plannen(), eigenPlan(), welzijn);
    expect(zonder.statusCode).toBe(201);
    id = zonder.json().id;
    expect(zonder.json()).toMatchObject({ aangevraagdCenten: 22_000_000, toegekendCenten: 0 });
  });

  it('nor set it on its own plan afterwards', async () => {
    const voor = await stand();
    const plan = (await get(`${plannen()}/${id}`)).json();
    const r = await send('PATCH', `${plannen()}/${id}`, { financiering: [{ jaar: 2025, aangevraagdCenten: 10_000_000, toegekendCenten: 10_000_000 }, { jaar: 2026, aangevraagdCenten: 12_000_000 }] }, welzijn);
    expect(r.statusCode).toBe(403);
    expect(namen(r)).toEqual(['financiering.0.toegekendCenten']);
    expect(await stand()).toEqual(voor);
    expect((await get(`${plannen()}/${id}`)).json()).toEqual(plan);
    const zelf = await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2025, toegekendCenten: 10_000_000 }] }, welzijn);
    expect(zelf.statusCode).toBe(403);
    expect(zelf.json().detail).toBe('De toegekende financiering legt de preferente zorgverzekeraar (VGZ) of de regiocoördinator vast.');
    expect((await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2025, toegekendCenten: 1 }] }, lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('the preferred insurer grants per requested year, audited; the lead provider then changes requested amounts without touching the grant', async () => {
    const audit = await aantal('auditregel');
    const r = await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2025, toegekendCenten: 8_000_000 }] }, vgz);
    expect(r.statusCode).toBe(200);
    expect(r.json().financiering).toEqual([
      { jaar: 2025, aangevraagdCenten: 10_000_000, toegekendCenten: 8_000_000 },
      { jaar: 2026, aangevraagdCenten: 12_000_000, toegekendCenten: null },
    ]);
    expect(await aantal('auditregel')).toBe(audit + 1);
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=transformatieplan&itemId=${id}`)).json();
    expect(historie.items[0]).toMatchObject({ omschrijving: 'toegekende financiering', gebruikerNaam: 'Paula Partner' });

    const aanvraag = await send('PATCH', `${plannen()}/${id}`, { financiering: [{ jaar: 2025, aangevraagdCenten: 9_000_000 }, { jaar: 2026, aangevraagdCenten: 12_000_000 }, { jaar: 2027, aangevraagdCenten: 5_000_000 }] }, welzijn);
    expect(aanvraag.statusCode).toBe(200);
    expect(aanvraag.json()).toMatchObject({ aangevraagdCenten: 26_000_000, toegekendCenten: 8_000_000 });
    // Sending the granted amount as it stands is no change.
    expect((await send('PATCH', `${plannen()}/${id}`, { financiering: [{ jaar: 2025, aangevraagdCenten: 9_000_000, toegekendCenten: 8_000_000 }, { jaar: 2026, aangevraagdCenten: 12_000_000 }, { jaar: 2027, aangevraagdCenten: 5_000_000 }] }, welzijn)).statusCode).toBe(200);
    const voor = await stand();
    const weg = await send('PATCH', `${plannen()}/${id}`, { financiering: [{ jaar: 2026, aangevraagdCenten: 12_000_000 }] }, welzijn);
    expect(weg.statusCode).toBe(403);
    expect(weg.json().invalidParams).toEqual([
      {
        name: 'financiering',
        code: 'toegekend-jaar',
        reason: expect.stringMatching(/^Voor 2025 is €\s80\.000 toegekend; een jaar met een toekenning haalt alleen de preferente zorgverzekeraar \(VGZ\) of de regiocoördinator weg$/),
      },
    ]);
    expect(await stand()).toEqual(voor);
  });

  it('a grant names a year that was not requested, or one twice; the coordinator grants too', async () => {
    const voor = await stand();
    const r = await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2030, toegekendCenten: 1 }, { jaar: 2026, toegekendCenten: 1 }, { jaar: 2026, toegekendCenten: 2 }] }, coordinator);
    expect(r.statusCode).toBe(400);
    expect(r.json().invalidParams).toEqual([
      { name: 'financiering.0.jaar', code: 'niet-aangevraagd', reason: 'Voor 2030 is niets aangevraagd; er wordt toegekend per aangevraagd jaar' },
      { name: 'financiering.2.jaar', code: 'dubbel', reason: '2026 staat er twee keer in' },
    ]);
    expect(namen(await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2026, toegekendCenten: -1 }] }, coordinator))).toEqual(['financiering.0.toegekendCenten']);
    expect(await stand()).toEqual(voor);
    const goed = await send('PUT', `${plannen()}/${id}/toekenning`, { financiering: [{ jaar: 2026, toegekendCenten: 12_000_000 }, { jaar: 2025, toegekendCenten: null }] }, coordinator);
    expect(goed.json().financiering.map((f: { toegekendCenten: number | null }) => f.toegekendCenten)).toEqual([null, 12_000_000, null]);
  });
});

describe('integer fields have an upper bound: a too large number is a named problem, never a database error', () => {
  it('refuses a population reached beyond 20 million and a criterion position beyond 999, and writes nothing', async () => {
    const voor = await stand();
    const bereik = await send('POST', plannen(), nieuwPlan({ bereik: 2_147_483_648 }), coordinator);
    expect(bereik.statusCode).toBe(400);
    expect(bereik.json().invalidParams).toEqual([expect.objectContaining({ name: 'bereik', reason: 'Hoogstens 20.000.000 inwoners' })]);
    const id = await planId('Positief Gezond');
    expect(namen(await send('PATCH', `${plannen()}/${id}`, { bereik: 20_000_001 }, coordinator))).toEqual(['bereik']);
    const volgorde = await send('POST', `/api/v1/regios/${nml}/beoordelingscriteria`, { vraag: 'Ver weg', schaalMin: 1, schaalMax: 5, volgorde: 2_147_483_648 }, coordinator);
    expect(volgorde.statusCode).toBe(400);
    expect(volgorde.json().invalidParams).toEqual([expect.objectContaining({ name: 'volgorde', reason: 'Hoogstens 999' })]);
    const [criterium] = (await get(`/api/v1/regios/${nml}/beoordelingscriteria`)).json().items as { id: string }[];
    expect(namen(await send('PATCH', `/api/v1/regios/${nml}/beoordelingscriteria/${criterium!.id}`, { volgorde: 1000 }, coordinator))).toEqual(['volgorde']);
    const { criteria } = (await get(`${plannen()}/${await planId('Mooi Maasvallei')}`)).json() as { criteria: { id: string }[] };
    const score = await send('PUT', `${plannen()}/${await planId('Mooi Maasvallei')}/beoordelingen/${org('VGZ')}`, { advies: 'positief', toelichting: 'x', datum: '2025-01-01', scores: criteria.map((c) => ({ criteriumId: c.id, score: 2_147_483_648, reden: 'r' })) }, vgz);
    expect(score.statusCode).toBe(400);
    expect(namen(score)).toEqual(['scores.0.score', 'scores.1.score', 'scores.2.score']);
    expect(await stand()).toEqual(voor);
  });
});

describe('tenancy: another region’s ids', () => {
  it('a plan of one region is not found through another region, for reading or writing', async () => {
    const id = await planId('Mooi Maasvallei');
    expect((await get(`/api/v1/regios/${zk}/transformatieplannen`)).json().items).toEqual([]);
    expect((await get(`/api/v1/regios/${zk}/transformatieplannen/${id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `/api/v1/regios/${zk}/transformatieplannen/${id}`, { titel: 'x' }, coordinator)).statusCode).toBe(404);
    expect((await send('POST', `/api/v1/regios/${zk}/transformatieplannen/${id}/stappen`, { naar: 'in-uitvoering' }, coordinator)).statusCode).toBe(404);
    expect((await send('POST', `/api/v1/regios/${zk}/transformatieplannen/${id}/instemmingen`, { gemeentecode: 'GM0889', soort: 'ingetrokken', datum: '2025-01-01' }, coordinator)).statusCode).toBe(404);
    // A member of one region only: the other region does not exist for them.
    expect((await get(`/api/v1/regios/${zk}/transformatieplannen`, venray)).statusCode).toBe(404);
  });
});

describe('the effect of a PHO decision: the municipalities’ position (zetStandpuntBijBesluit)', () => {
  const pho = () => organen.find((o) => o.soort === 'pho')!.id;
  const kerngroep = () => organen.find((o) => o.soort === 'kerngroep')!.id;
  const besluit = (extra: object = {}) => ({
    besluitId: '11111111-1111-4111-8111-111111111111',
    datum: '2025-05-21',
    overlegorgaanId: pho(),
    referentie: 'PHO 21 mei 2025, besluit 2025-07',
    standpunt: 'steunt' as const,
    toelichting: 'De gemeenten steunen het plan.',
    ...extra,
  });

  it('sets the position with its decision, in the caller’s transaction, with an audit row', async () => {
    const id = await planId('Positief Gezond');
    const voor = await aantal('auditregel');
    await t.db.transaction((tx) => zetStandpuntBijBesluit(tx, null, nml, id, besluit()));
    const p = (await get(`${plannen()}/${id}`)).json();
    expect(p.standpunt).toBe('steunt');
    expect(p.standpuntBesluit).toEqual({
      besluitId: '11111111-1111-4111-8111-111111111111',
      datum: '2025-05-21',
      overlegorgaan: { id: pho(), naam: 'Portefeuillehoudersoverleg (PHO) IZA' },
      referentie: 'PHO 21 mei 2025, besluit 2025-07',
      toelichting: 'De gemeenten steunen het plan.',
    });
    expect(await aantal('auditregel')).toBe(voor + 1);
  });

  it('refuses another body than the PHO, an unknown position, and a plan of another region; nothing changes', async () => {
    const id = await planId('Mooi Maasvallei');
    const voor = await stand();
    const fout = async (regio: string, b: object) => {
      try {
        await t.db.transaction((tx) => zetStandpuntBijBesluit(tx, null, regio, id, besluit(b)));
      } catch (e) {
        return e as { code: string; invalidParams: { name: string; code: string }[] };
      }
      throw new Error('geen fout');
    };
    expect((await fout(nml, { overlegorgaanId: kerngroep(), standpunt: 'tegen' })).invalidParams.map((p) => [p.name, p.code])).toEqual([
      ['overlegorgaanId', 'geen-pho'],
      ['standpunt', 'onbekend'],
    ]);
    expect((await fout(zk, {})).invalidParams).toEqual([expect.objectContaining({ name: 'transformatieplanId', code: 'onbekend' })]);
    expect(await stand()).toEqual(voor);
    expect((await get(`${plannen()}/${id}`)).json().standpunt).toBeNull();
  });
});

describe('the criteria are data of the region', () => {
  const criteria = () => `/api/v1/regios/${nml}/beoordelingscriteria`;

  it('the coordinator adds, changes and removes an unused criterion; the scale is checked', async () => {
    const slecht = await send('POST', criteria(), { vraag: 'Bereik', schaalMin: 5, schaalMax: 1 }, coordinator);
    expect(slecht.statusCode).toBe(400);
    expect(namen(slecht)).toEqual(['schaalMax']);
    expect((await send('POST', criteria(), { vraag: 'Bereik', schaalMin: 1, schaalMax: 5 }, vgz)).statusCode).toBe(403);
    const r = await send('POST', criteria(), { vraag: 'Bereik in inwoners', schaalMin: 0, schaalMax: 10 }, coordinator);
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ volgorde: 4, aantalScores: 0 });
    expect((await send('PATCH', `${criteria()}/${r.json().id}`, { schaalMax: 4 }, coordinator)).json().schaalMax).toBe(4);
    const bezet = await send('PATCH', `${criteria()}/${r.json().id}`, { volgorde: 1 }, coordinator);
    expect(namen(bezet)).toEqual(['volgorde']);
    expect((await send('DELETE', `${criteria()}/${r.json().id}`, undefined, coordinator)).statusCode).toBe(204);
  });

  it('a scored criterion keeps scores that fit its scale, and is not removed', async () => {
    const [eerste] = (await get(criteria(), lezer)).json().items as { id: string; aantalScores: number }[];
    expect(eerste!.aantalScores).toBeGreaterThan(0);
    const krimp = await send('PATCH', `${criteria()}/${eerste!.id}`, { schaalMax: 3 }, coordinator);
    expect(krimp.statusCode).toBe(409);
    expect(krimp.json().detail).toContain('een schaal van 1 tot en met 3 past daar niet bij');
    expect((await send('DELETE', `${criteria()}/${eerste!.id}`, undefined, coordinator)).statusCode).toBe(409);
    expect((await send('PATCH', `/api/v1/regios/${zk}/beoordelingscriteria/${eerste!.id}`, { vraag: 'x' }, coordinator)).statusCode).toBe(404);
  });
});
