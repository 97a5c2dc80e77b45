import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Indicator, IndicatorDetail, Meetperiode, Meting } from '../../../common/contracts/indicatoren';
import { periodeVan } from '../../../common/periode';
import { vandaagInNederland } from '../../../common/voortgang';
import { gemeente } from '../../db/schema/index';
import { startTestApp, type TestApp } from '../../test/testapp';
import { namen, verzoeken } from '../../test/verzoeken';
import { lijst as lijstOp } from './indicatoren.service';
import { indicatorenStand, laatsteEvaluaties } from './indicatoren.stand';

type Kop = Record<string, string>;

let t: TestApp;
let nml: string;
let zk: string;
let coordinator: Kop;
let venray: Kop;
let lezer: Kop;
let gm: Map<string, string>;

const { get, send, tel } = verzoeken(() => t, () => coordinator);
const stand = () => Promise.all(['indicator', 'streefwaarde', 'meting', 'meetperiode', 'auditregel'].map(tel));
const pad = (regio = nml) => `/api/v1/regios/${regio}/indicatoren`;
const metingPad = (regio = nml) => `/api/v1/regios/${regio}/metingen`;
const lijst = async () => (await get(pad())).json().items as Indicator[];
const idVan = async (code: string) => (await lijst()).find((i) => i.code === code)!.id;
const detail = async (id: string) => (await get(`${pad()}/${id}`)).json() as IndicatorDetail;
const historie = async (soort: string, itemId: string) => (await get(`/api/v1/regios/${nml}/historie?soort=${soort}&itemId=${itemId}`)).json().items as { actie: string; omschrijving: string; voor: unknown; na: Record<string, unknown> }[];

const nieuweIndicator = (extra: Record<string, unknown> = {}) => ({
  code: 'TST-01',
  naam: 'Testindicator',
  niveau: 'beweging',
  eenheid: 'deelnemers',
  richting: 'hoger-is-beter',
  cumulatief: false,
  meetfrequentie: 'kwartaal',
  geografie: 'regio',
  ...extra,
});
const nieuweMeting = (indicatorId: string, extra: Record<string, unknown> = {}) => ({
  indicatorId,
  periode: '2025-K1',
  waarde: 10,
  bron: 'Testbron',
  peildatum: '2025-04-15',
  ...extra,
});

beforeAll(async () => {
  t = await startTestApp();
  nml = await t.regioId('Noord- en Midden-Limburg');
  zk = await t.regioId('Zuid-Kennemerland en IJmond');
  [coordinator, venray, lezer] = await Promise.all([
    t.aanmelden('coordinator@regiekamer.demo'),
    t.aanmelden('beleidsadviseur.venray@regiekamer.demo'),
    t.aanmelden('lezer@regiekamer.demo'),
  ]);
  gm = new Map((await t.db.select({ id: gemeente.id, code: gemeente.gemeentecode }).from(gemeente)).map((g) => [g.code, g.id]));
});
afterAll(() => t.close());

describe('de demo: indicatoren, hun stand en evaluatie', () => {
  it('lijst per niveau en code, met de laatste stand en aantallen; filtert op niveau', async () => {
    const r = await get(pad(), lezer);
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as Indicator[];
    expect(items.map((i) => i.code)).toEqual(['PRO-01', 'BEW-01', 'BEW-02', 'DOE-01']);
    expect(items.every((i) => i.omschrijving.startsWith('Illustratief'))).toBe(true);
    const gli = items.find((i) => i.code === 'BEW-01')!;
    expect(gli).toMatchObject({ meetfrequentie: 'kwartaal', cumulatief: false, aantalMetingen: 5, aantalConcepten: 1, nulmetingWaarde: 480, nulmetingPeriode: '2023' });
    expect(gli.laatsteStand).toEqual({ periode: '2024', periodeLabel: '2024', gehaald: 0, nietGehaald: 1, onvolledig: 0, geenMeting: 0 });
    // 2025 has ended and has a target, but no approved value yet: the latest measured period (2024) stands.
    expect(items.find((i) => i.code === 'PRO-01')!.laatsteStand).toEqual({ periode: '2024', periodeLabel: '2024', gehaald: 1, nietGehaald: 0, onvolledig: 0, geenMeting: 0 });
    expect(items.find((i) => i.code === 'DOE-01')!.laatsteStand).toMatchObject({ periode: '2024', gehaald: 2, nietGehaald: 1 });
    const beweging = await get(`${pad()}?niveau=beweging`);
    expect(beweging.json().items.map((i: Indicator) => i.code)).toEqual(['BEW-01', 'BEW-02']);
    const fout = await get(`${pad()}?niveau=uitkomst`);
    expect(fout.statusCode).toBe(400);
    expect(namen(fout)).toEqual(['niveau']);
  });

  it('de evaluatie op de detailpagina klopt met de hand geteld', async () => {
    const gli = await detail(await idVan('BEW-01'));
    // 2024: 130 + 145 + 150 + 140 = 565 against 600; H1: 130 + 145 = 275 against 250.
    expect(gli.evaluaties).toEqual([
      expect.objectContaining({ periode: '2024', gemeente: null, streefwaarde: 600, werkelijk: 565, gemeten: 4, verwacht: 4, uitkomst: 'niet-gehaald', afwijking: -35 }),
      expect.objectContaining({ periode: '2024-H1', periodeLabel: '1e halfjaar 2024', streefwaarde: 250, werkelijk: 275, gemeten: 2, verwacht: 2, uitkomst: 'gehaald', afwijking: 25 }),
    ]);
    expect(gli.streefwaarden.map((s) => [s.periode, s.waarde])).toEqual([
      ['2024', 600],
      ['2024-H1', 250],
    ]);
    expect(gli.periodes.map((p) => [p.periode, p.goedgekeurd, p.concepten, p.vergrendeld])).toEqual([
      ['2024-K1', 1, 0, true],
      ['2024-K2', 1, 0, true],
      ['2024-K3', 1, 0, false],
      ['2024-K4', 1, 0, false],
      ['2025-K1', 0, 1, false],
    ]);
    // Cumulative: the latest value (H2: 420) counts, not the sum.
    const wor = await detail(await idVan('BEW-02'));
    expect(wor.evaluaties).toEqual([expect.objectContaining({ periode: '2024', werkelijk: 420, gemeten: 2, uitkomst: 'gehaald', afwijking: 20 })]);
    // Per municipality, lager-is-beter.
    const val = await detail(await idVan('DOE-01'));
    expect(val.evaluaties.map((e) => [e.gemeente?.naam, e.werkelijk, e.uitkomst, e.afwijking])).toEqual([
      ['Roermond', 248, 'gehaald', -2],
      ['Venlo', 436, 'niet-gehaald', 16],
      ['Venray', 171, 'gehaald', -9],
    ]);
  });

  it('indicatorenStand met een periode: het jaardoel zoals het aan het eind van K3 stond', async () => {
    const standen = await indicatorenStand(t.db, nml, { periode: '2024-K3' });
    expect(standen.map((s) => s.code)).toEqual(['PRO-01', 'BEW-01', 'BEW-02', 'DOE-01']);
    const per = new Map(standen.map((s) => [s.code, s.evaluaties]));
    // The year value of PRO-01 ends 31 December: not yet there at the end of K3.
    expect(per.get('PRO-01')!.map((e) => [e.periode, e.uitkomst])).toEqual([['2024', 'geen-meting']]);
    // K1–K3 of GLI: 425 of 600, three of four quarters; H1 does not overlap K3.
    expect(per.get('BEW-01')).toEqual([expect.objectContaining({ periode: '2024', werkelijk: 425, gemeten: 3, verwacht: 4, uitkomst: 'onvolledig' })]);
    expect(per.get('BEW-02')).toEqual([expect.objectContaining({ werkelijk: 180, gemeten: 1, uitkomst: 'onvolledig' })]);
    expect(per.get('DOE-01')!.map((e) => e.uitkomst)).toEqual(['geen-meting', 'geen-meting', 'geen-meting']);
    const h1 = new Map((await indicatorenStand(t.db, nml, { periode: '2024-H1' })).map((s) => [s.code, s.evaluaties]));
    expect(h1.get('BEW-01')!.map((e) => [e.periode, e.werkelijk, e.uitkomst])).toEqual([
      ['2024', 275, 'onvolledig'],
      ['2024-H1', 275, 'gehaald'],
    ]);
    // Without a period: every target, every approved value.
    expect((await indicatorenStand(t.db, nml)).find((s) => s.code === 'PRO-01')!.evaluaties.map((e) => e.uitkomst)).toEqual(['gehaald', 'geen-meting']);
  });

  it('laatsteEvaluaties op een vaste datum: de laatst afgelopen periode, de langste bij gelijk einde', async () => {
    const begin2025 = await laatsteEvaluaties(t.db, nml, '2025-01-01');
    expect(begin2025.map((s) => [s.code, s.evaluaties.map((e) => `${e.periode} ${e.gemeente?.code ?? 'regio'} ${e.uitkomst}`)])).toEqual([
      ['PRO-01', ['2024 regio gehaald']],
      ['BEW-01', ['2024 regio niet-gehaald']],
      ['BEW-02', ['2024 regio gehaald']],
      ['DOE-01', ['2024 GM0957 gehaald', '2024 GM0983 niet-gehaald', '2024 GM0984 gehaald']],
    ]);
    // Mid 2024 only the GLI half-year has ended; the others are left out.
    const medio = await laatsteEvaluaties(t.db, nml, '2024-07-01');
    expect(medio.map((s) => [s.code, s.evaluaties.map((e) => `${e.periode} ${e.uitkomst}`)])).toEqual([['BEW-01', ['2024-H1 gehaald']]]);
    // The period's last day itself has not ended yet.
    expect((await laatsteEvaluaties(t.db, nml, '2024-06-30')).length).toBe(0);
    // 2025 has ended, but PRO-01 has no approved value for it: 2024 (met) stays the latest, not 'geen-meting'.
    const begin2026 = await laatsteEvaluaties(t.db, nml, '2026-01-01');
    expect(begin2026.find((s) => s.code === 'PRO-01')!.evaluaties.map((e) => `${e.periode} ${e.uitkomst}`)).toEqual(['2024 gehaald']);
    expect(await laatsteEvaluaties(t.db, zk, '2030-01-01')).toEqual([]);
  });

  it('metingen: lijst en filters', async () => {
    const gli = await idVan('BEW-01');
    const r = await get(`${metingPad()}?indicatorId=${gli}`, lezer);
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json().items as Meting[];
    expect(items.map((m) => [m.periode, m.status, m.vergrendeld])).toEqual([
      ['2025-K1', 'concept', false],
      ['2024-K4', 'goedgekeurd', false],
      ['2024-K3', 'goedgekeurd', false],
      ['2024-K2', 'goedgekeurd', true],
      ['2024-K1', 'goedgekeurd', true],
    ]);
    expect(items[1]).toMatchObject({ indicator: { code: 'BEW-01', eenheid: 'deelnemers' }, waarde: 140, periodeLabel: '4e kwartaal 2024', goedgekeurdDoor: 'Projectbureau IZA (demo)' });
    expect((await get(`${metingPad()}?status=concept`)).json().totaal).toBe(1);
    expect((await get(`${metingPad()}?periode=2024`)).json().items.map((m: Meting) => m.gemeente?.naam ?? m.indicator.code)).toEqual(['PRO-01', 'Roermond', 'Venlo', 'Venray']);
    const fout = await get(`${metingPad()}?periode=2024-K5&status=klaar`);
    expect(fout.statusCode).toBe(400);
    expect(namen(fout).sort()).toEqual(['periode', 'status']);
  });
});

describe('indicatoren beheren', () => {
  let id: string;

  it('maakt een indicator, met historie', async () => {
    const [, , , , audit] = await stand();
    const r = await send('POST', pad(), nieuweIndicator({ nulmetingWaarde: 12.5, nulmetingPeriode: '2023', omschrijving: 'Voor de test' }));
    expect(r.statusCode, r.body).toBe(201);
    const i = r.json() as IndicatorDetail;
    id = i.id;
    expect(r.headers.location).toBe(`${pad()}/${id}`);
    expect(i).toMatchObject({ code: 'TST-01', nulmetingWaarde: 12.5, laatsteStand: null, aantalMetingen: 0, streefwaarden: [], evaluaties: [], periodes: [] });
    expect((await stand())[4]).toBe(audit! + 1);
    expect((await historie('indicator', id))[0]).toMatchObject({ actie: 'aangemaakt', na: { code: 'TST-01', nulmetingWaarde: 12.5 } });
  });

  it('weigert een dubbele code (409 code) en een nulmeting die niet bij de frequentie past (400), zonder te schrijven', async () => {
    const voor = await stand();
    const dubbel = await send('POST', pad(), nieuweIndicator());
    expect(dubbel.statusCode).toBe(409);
    expect(namen(dubbel)).toEqual(['code']);
    const nulmeting = await send('POST', pad(), nieuweIndicator({ code: 'TST-02', meetfrequentie: 'jaar', nulmetingWaarde: 5, nulmetingPeriode: '2023-K4' }));
    expect(nulmeting.statusCode).toBe(400);
    expect(namen(nulmeting)).toEqual(['nulmetingPeriode']);
    const vorm = await send('POST', pad(), nieuweIndicator({ code: '', niveau: 'uitkomst', nulmetingPeriode: '2024-K5' }));
    expect(vorm.statusCode).toBe(400);
    expect(namen(vorm).sort()).toEqual(['code', 'niveau', 'nulmetingPeriode']);
    const wijzigDubbel = await send('PATCH', `${pad()}/${id}`, { code: 'BEW-01' });
    expect(wijzigDubbel.statusCode).toBe(409);
    expect(namen(wijzigDubbel)).toEqual(['code']);
    expect(await stand()).toEqual(voor);
  });

  it('nulmetingWaarde en nulmetingPeriode horen bij elkaar, ook na samenvoegen met de opgeslagen waarden (400 met het ontbrekende veld)', async () => {
    const voor = await stand();
    const zonderPeriode = await send('POST', pad(), nieuweIndicator({ code: 'NUL-01', nulmetingWaarde: 0 }));
    expect(zonderPeriode.statusCode).toBe(400);
    expect(namen(zonderPeriode)).toEqual(['nulmetingPeriode']);
    const zonderWaarde = await send('POST', pad(), nieuweIndicator({ code: 'NUL-01', nulmetingPeriode: '2023', nulmetingWaarde: null }));
    expect(zonderWaarde.statusCode).toBe(400);
    expect(namen(zonderWaarde)).toEqual(['nulmetingWaarde']);
    // TST-01 has both (12.5 in 2023): clearing one of them leaves half a baseline.
    const periodeWeg = await send('PATCH', `${pad()}/${id}`, { nulmetingPeriode: null });
    expect(periodeWeg.statusCode).toBe(400);
    expect(namen(periodeWeg)).toEqual(['nulmetingPeriode']);
    const waardeWeg = await send('PATCH', `${pad()}/${id}`, { nulmetingWaarde: null });
    expect(namen(waardeWeg)).toEqual(['nulmetingWaarde']);
    expect(await stand()).toEqual(voor);
    // Another value alone is fine (the stored period completes it); so is clearing both.
    expect((await send('PATCH', `${pad()}/${id}`, { nulmetingWaarde: 13 })).json()).toMatchObject({ nulmetingWaarde: 13, nulmetingPeriode: '2023' });
    expect((await send('PATCH', `${pad()}/${id}`, { nulmetingWaarde: null, nulmetingPeriode: null })).json()).toMatchObject({ nulmetingWaarde: null, nulmetingPeriode: null });
  });

  it('wijzigt; met metingen liggen meetfrequentie, geografie, cumulatief en richting vast (409 met het veld)', async () => {
    const r = await send('PATCH', `${pad()}/${id}`, { naam: 'Testindicator (gewijzigd)', meetfrequentie: 'halfjaar' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ naam: 'Testindicator (gewijzigd)', meetfrequentie: 'halfjaar' });
    expect(await send('PATCH', `${pad()}/${id}`, { meetfrequentie: 'kwartaal' })).toHaveProperty('statusCode', 200);
    const h = await historie('indicator', id);
    expect(h[0]).toMatchObject({ actie: 'gewijzigd', voor: { meetfrequentie: 'halfjaar' }, na: { meetfrequentie: 'kwartaal' } });

    expect((await send('POST', metingPad(), nieuweMeting(id))).statusCode).toBe(201);
    const voor = await stand();
    for (const [veld, waarde] of [['meetfrequentie', 'jaar'], ['geografie', 'gemeente'], ['cumulatief', true], ['richting', 'lager-is-beter']] as const) {
      const f = await send('PATCH', `${pad()}/${id}`, { [veld]: waarde });
      expect(f.statusCode, veld).toBe(409);
      expect(namen(f)).toEqual([veld]);
    }
    // Sending the same value is no change.
    expect((await send('PATCH', `${pad()}/${id}`, { meetfrequentie: 'kwartaal', cumulatief: false, richting: 'hoger-is-beter' })).statusCode).toBe(200);
    expect((await stand()).slice(0, 4)).toEqual(voor.slice(0, 4));
    // The unit is wording: it stays editable.
    expect((await send('PATCH', `${pad()}/${id}`, { eenheid: 'gestarte deelnemers' })).json()).toMatchObject({ eenheid: 'gestarte deelnemers' });
  });

  it('een andere meetfrequentie waar streefwaarden niet bij passen: 409', async () => {
    const r = await send('POST', pad(), nieuweIndicator({ code: 'TST-03' }));
    const ander = r.json().id as string;
    expect((await send('POST', `${pad()}/${ander}/streefwaarden`, { periode: '2025-K2', waarde: 5 })).statusCode).toBe(201);
    const f = await send('PATCH', `${pad()}/${ander}`, { meetfrequentie: 'jaar' });
    expect(f.statusCode).toBe(409);
    expect(namen(f)).toEqual(['meetfrequentie']);
    const g = await send('PATCH', `${pad()}/${ander}`, { geografie: 'gemeente' });
    expect(g.statusCode).toBe(409);
    expect(namen(g)).toEqual(['geografie']);
    // Deleting without approved values takes targets and drafts along.
    expect((await send('POST', metingPad(), nieuweMeting(ander))).statusCode).toBe(201);
    const [i, s, m] = await stand();
    expect((await send('DELETE', `${pad()}/${ander}`)).statusCode).toBe(204);
    expect((await stand()).slice(0, 3)).toEqual([i! - 1, s! - 1, m! - 1]);
    expect((await get(`${pad()}/${ander}`)).statusCode).toBe(404);
    expect((await historie('indicator', ander))[0]).toMatchObject({ actie: 'verwijderd' });
  });

  it('een indicator met goedgekeurde metingen wordt niet verwijderd', async () => {
    const voor = await stand();
    const r = await send('DELETE', `${pad()}/${await idVan('BEW-01')}`);
    expect(r.statusCode).toBe(409);
    expect(r.json().detail).toMatch(/BEW-01 heeft 4 goedgekeurde metingen/);
    expect(await stand()).toEqual(voor);
  });
});

describe('streefwaarden', () => {
  let jaarlijks: string;
  let perGemeente: string;

  beforeAll(async () => {
    jaarlijks = (await send('POST', pad(), nieuweIndicator({ code: 'STR-J', meetfrequentie: 'jaar' }))).json().id;
    perGemeente = (await send('POST', pad(), nieuweIndicator({ code: 'STR-G', meetfrequentie: 'jaar', geografie: 'gemeente', richting: 'lager-is-beter' }))).json().id;
  });

  it('een periode die niet gedefinieerd is: 400 periode, met de frequentie in de reden; niets geschreven', async () => {
    const voor = await stand();
    const kwartaal = await send('POST', `${pad()}/${jaarlijks}/streefwaarden`, { periode: '2025-K1', waarde: 10 });
    expect(kwartaal.statusCode).toBe(400);
    expect(namen(kwartaal)).toEqual(['periode']);
    expect(kwartaal.json().invalidParams[0].reason).toMatch(/per jaar gemeten/);
    const vorm = await send('POST', `${pad()}/${jaarlijks}/streefwaarden`, { periode: '2024-K5', waarde: 10 });
    expect(vorm.statusCode).toBe(400);
    expect(namen(vorm)).toEqual(['periode']);
    const buiten = await send('POST', `${pad()}/${jaarlijks}/streefwaarden`, { periode: '2031', waarde: 10 });
    expect(buiten.statusCode).toBe(400);
    expect(namen(buiten)).toEqual(['periode']);
    expect(buiten.json().invalidParams[0].reason).toMatch(/buiten de looptijd van de akkoorden/);
    expect(await stand()).toEqual(voor);
  });

  it('geografie: regio zonder gemeente, gemeente met een gemeente van de regio (400 gemeenteId)', async () => {
    const voor = await stand();
    const metGemeente = await send('POST', `${pad()}/${jaarlijks}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 1 });
    expect(metGemeente.statusCode).toBe(400);
    expect(namen(metGemeente)).toEqual(['gemeenteId']);
    const zonder = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025', waarde: 1 });
    expect(namen(zonder)).toEqual(['gemeenteId']);
    const haarlem = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0392'), waarde: 1 });
    expect(haarlem.statusCode).toBe(400);
    expect(namen(haarlem)).toEqual(['gemeenteId']);
    // Every invalid field at once.
    const beide = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025-H1', gemeenteId: gm.get('GM0392'), waarde: 1 });
    expect(namen(beide).sort()).toEqual(['gemeenteId', 'periode']);
    expect(await stand()).toEqual(voor);
  });

  it('vastleggen is 201, dezelfde periode en gemeente opnieuw is 200 (gewijzigd); verwijderen; historie', async () => {
    const eerste = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 100.5 });
    expect(eerste.statusCode, eerste.body).toBe(201);
    expect(eerste.json()).toMatchObject({ periode: '2025', periodeLabel: '2025', gemeente: { code: 'GM0984', naam: 'Venray' }, waarde: 100.5 });
    const [, streef] = await stand();
    const weer = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 90 });
    expect(weer.statusCode).toBe(200);
    expect(weer.json()).toMatchObject({ id: eerste.json().id, waarde: 90 });
    expect((await stand())[1]).toBe(streef);
    const venlo = await send('POST', `${pad()}/${perGemeente}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0983'), waarde: 200 });
    expect(venlo.statusCode).toBe(201);
    expect((await detail(perGemeente)).streefwaarden.map((s) => s.gemeente?.naam)).toEqual(['Venlo', 'Venray']);
    const h = await historie('streefwaarde', eerste.json().id);
    expect(h.map((r) => r.actie)).toEqual(['gewijzigd', 'aangemaakt']);
    expect(h[0]).toMatchObject({ voor: { waarde: 100.5, gemeente: 'Venray' }, na: { waarde: 90 } });
    expect((await send('DELETE', `${pad()}/${perGemeente}/streefwaarden/${venlo.json().id}`)).statusCode).toBe(204);
    expect((await detail(perGemeente)).streefwaarden).toHaveLength(1);
    expect((await send('DELETE', `${pad()}/${jaarlijks}/streefwaarden/${eerste.json().id}`)).statusCode).toBe(404);
  });

  it('een streefwaarde over een vergrendelde meetperiode ligt vast: 409 periode met de vergrendelde periodes, niets geschreven', async () => {
    // The demo's GLI has 2024-K1 and 2024-K2 locked, K3 and K4 open.
    const gli = await idVan('BEW-01');
    const doelen = (await detail(gli)).streefwaarden;
    const jaar = doelen.find((s) => s.periode === '2024')!;
    const voor = await stand();
    const wijzig = await send('POST', `${pad()}/${gli}/streefwaarden`, { periode: '2024', waarde: 500 });
    expect(wijzig.statusCode).toBe(409);
    expect(namen(wijzig)).toEqual(['periode']);
    expect(wijzig.json().invalidParams[0].reason).toBe('De streefwaarde voor 2024 ligt vast: 2024-K1 en 2024-K2 zijn vergrendeld; ontgrendel ze eerst met een reden');
    const nieuw = await send('POST', `${pad()}/${gli}/streefwaarden`, { periode: '2024-K2', waarde: 100 });
    expect(nieuw.statusCode).toBe(409);
    expect(nieuw.json().invalidParams[0].reason).toBe('De streefwaarde voor 2e kwartaal 2024 ligt vast: 2024-K2 is vergrendeld; ontgrendel die eerst met een reden');
    const weg = await send('DELETE', `${pad()}/${gli}/streefwaarden/${jaar.id}`);
    expect(weg.statusCode).toBe(409);
    expect(namen(weg)).toEqual(['periode']);
    expect(await stand()).toEqual(voor);
    expect((await detail(gli)).streefwaarden).toEqual(doelen);
    // A period with only open quarters is free.
    const h2 = await send('POST', `${pad()}/${gli}/streefwaarden`, { periode: '2024-H2', waarde: 300 });
    expect(h2.statusCode, h2.body).toBe(201);
    expect((await send('DELETE', `${pad()}/${gli}/streefwaarden/${h2.json().id}`)).statusCode).toBe(204);
  });
});

describe('de laatste stand per geografie, op een vaste datum', () => {
  it('per gemeente de laatste afgelopen periode met een goedgekeurde meting; een periode zonder data verbergt de vorige niet', async () => {
    const id = (await send('POST', pad(), nieuweIndicator({ code: 'LST-G', meetfrequentie: 'jaar', geografie: 'gemeente', richting: 'lager-is-beter' }))).json().id as string;
    const [venray, venlo] = [gm.get('GM0984'), gm.get('GM0983')];
    for (const [periode, gemeenteId] of [['2024', venray], ['2024', venlo], ['2025', venray], ['2025', venlo]] as const) {
      expect((await send('POST', `${pad()}/${id}/streefwaarden`, { periode, gemeenteId, waarde: 100 })).statusCode).toBe(201);
    }
    // Venlo missed 2024 and has no value for 2025 yet; Venray met both.
    for (const [periode, gemeenteId, waarde] of [['2024', venray, 90], ['2024', venlo, 120], ['2025', venray, 95]] as const) {
      const m = (await send('POST', metingPad(), nieuweMeting(id, { periode, gemeenteId, waarde, peildatum: '2026-02-01' }))).json() as Meting;
      expect((await send('POST', `${metingPad()}/${m.id}/goedkeuring`)).statusCode).toBe(200);
    }
    const evaluaties = (await laatsteEvaluaties(t.db, nml, '2026-01-01')).find((s) => s.code === 'LST-G')!.evaluaties;
    expect(evaluaties.map((e) => `${e.periode} ${e.gemeente!.code} ${e.uitkomst}`)).toEqual(['2024 GM0983 niet-gehaald', '2025 GM0984 gehaald']);
    // The list counts the same, shown under the most recent of the periods.
    const lijst = await lijstOp(t.db, nml, {}, '2026-01-01');
    expect(lijst.find((i) => i.code === 'LST-G')!.laatsteStand).toEqual({ periode: '2025', periodeLabel: '2025', gehaald: 1, nietGehaald: 1, onvolledig: 0, geenMeting: 0 });
    // Before 2025 has ended, 2024 is the latest for both.
    expect((await laatsteEvaluaties(t.db, nml, '2025-06-01')).find((s) => s.code === 'LST-G')!.evaluaties.map((e) => `${e.periode} ${e.uitkomst}`)).toEqual(['2024 niet-gehaald', '2024 gehaald']);
  });
});

describe('metingen: invoeren, goedkeuren, vergrendelen', () => {
  let id: string;
  let metingId: string;
  const periodePad = (periode: string, actie: 'vergrendeling' | 'ontgrendeling') => `${pad()}/${id}/periodes/${periode}/${actie}`;

  beforeAll(async () => {
    id = (await send('POST', pad(), nieuweIndicator({ code: 'MET-01' }))).json().id;
    expect((await send('POST', `${pad()}/${id}/streefwaarden`, { periode: '2025-H1', waarde: 0.3 })).statusCode).toBe(201);
  });

  it('voert een concept in; concepten tellen niet mee tot ze zijn goedgekeurd', async () => {
    const r = await send('POST', metingPad(), nieuweMeting(id, { waarde: 0.1, toelichting: 'eerste kwartaal' }));
    expect(r.statusCode, r.body).toBe(201);
    const m = r.json() as Meting;
    metingId = m.id;
    expect(m).toMatchObject({ status: 'concept', periodeLabel: '1e kwartaal 2025', waarde: 0.1, ingevoerdDoor: expect.any(String), goedgekeurdDoor: null, vergrendeld: false });
    expect(r.headers.location).toBe(`${metingPad()}/${metingId}`);
    expect((await detail(id)).evaluaties[0]).toMatchObject({ uitkomst: 'geen-meting', werkelijk: null, gemeten: 0, verwacht: 2 });

    const goed = await send('POST', `${metingPad()}/${metingId}/goedkeuring`);
    expect(goed.statusCode, goed.body).toBe(200);
    expect(goed.json()).toMatchObject({ status: 'goedgekeurd', goedgekeurdDoor: expect.any(String), goedgekeurdOp: expect.any(String) });
    expect((await send('POST', `${metingPad()}/${metingId}/goedkeuring`)).statusCode).toBe(409);
    expect((await detail(id)).evaluaties[0]).toMatchObject({ uitkomst: 'onvolledig', werkelijk: 0.1, gemeten: 1 });

    const tweede = (await send('POST', metingPad(), nieuweMeting(id, { periode: '2025-K2', waarde: 0.2 }))).json() as Meting;
    expect((await detail(id)).evaluaties[0]).toMatchObject({ uitkomst: 'onvolledig', gemeten: 1 });
    await send('POST', `${metingPad()}/${tweede.id}/goedkeuring`);
    // 0.1 + 0.2 against 0.3, exactly.
    expect((await detail(id)).evaluaties[0]).toMatchObject({ uitkomst: 'gehaald', werkelijk: 0.3, afwijking: 0, gemeten: 2 });
    const h = await historie('meting', metingId);
    expect(h.map((x) => x.actie)).toEqual(['gewijzigd', 'aangemaakt']);
    expect(h[0]!.omschrijving).toMatch(/goedgekeurd$/);
  });

  it('een meting voor een periode die nog niet is begonnen: 400 periode; de lopende periode mag', async () => {
    const voor = await stand();
    const jaar = Number(vandaagInNederland().slice(0, 4));
    const volgend = await send('POST', metingPad(), nieuweMeting(id, { periode: `${jaar + 1}-K1` }));
    expect(volgend.statusCode).toBe(400);
    expect(namen(volgend)).toEqual(['periode']);
    expect(volgend.json().invalidParams[0].reason).toBe(`1e kwartaal ${jaar + 1} is een periode die nog niet is begonnen; een meting is voor een periode die loopt of voorbij is`);
    expect(await stand()).toEqual(voor);
    // The running quarter has begun (on another indicator, deleted again: drafts go with it).
    const nu = (await send('POST', pad(), nieuweIndicator({ code: 'NU-01' }))).json().id as string;
    const lopend = await send('POST', metingPad(), nieuweMeting(nu, { periode: periodeVan(vandaagInNederland(), 'kwartaal') }));
    expect(lopend.statusCode, lopend.body).toBe(201);
    expect((await send('DELETE', `${pad()}/${nu}`)).statusCode).toBe(204);
  });

  it('weigert een periode die niet van de frequentie is (400) en een tweede meting voor dezelfde periode (409 periode)', async () => {
    const voor = await stand();
    const jaar = await send('POST', metingPad(), nieuweMeting(id, { periode: '2025' }));
    expect(jaar.statusCode).toBe(400);
    expect(namen(jaar)).toEqual(['periode']);
    const vorm = await send('POST', metingPad(), nieuweMeting(id, { periode: '2025-K5', waarde: 'veel', peildatum: '15-04-2025', bron: '' }));
    expect(vorm.statusCode).toBe(400);
    expect(namen(vorm).sort()).toEqual(['bron', 'peildatum', 'periode', 'waarde']);
    const dubbel = await send('POST', metingPad(), nieuweMeting(id));
    expect(dubbel.statusCode).toBe(409);
    expect(namen(dubbel)).toEqual(['periode']);
    expect(dubbel.json().invalidParams[0].reason).toBe('Voor deze periode is al een meting; wijzig die');
    expect(await stand()).toEqual(voor);
  });

  it('een goedgekeurde meting die wijzigt, gaat terug naar concept', async () => {
    const r = await send('PATCH', `${metingPad()}/${metingId}`, { waarde: 0.15 });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ waarde: 0.15, status: 'concept', goedgekeurdDoor: null, goedgekeurdOp: null });
    const h = await historie('meting', metingId);
    expect(h[0]).toMatchObject({ actie: 'gewijzigd', voor: { waarde: 0.1, status: 'goedgekeurd' }, na: { waarde: 0.15, status: 'concept' } });
  });

  it('vergrendelen alleen als alles is goedgekeurd (409 met aantallen); daarna is de periode dicht voor alles', async () => {
    const zonder = await send('POST', periodePad('2025-K3', 'vergrendeling'));
    expect(zonder.statusCode).toBe(409);
    expect(zonder.json().detail).toMatch(/heeft nog geen metingen/);
    const concept = await send('POST', periodePad('2025-K1', 'vergrendeling'));
    expect(concept.statusCode).toBe(409);
    expect(namen(concept)).toEqual(['periode']);
    expect(concept.json().detail).toMatch(/^1 meting is nog concept/);
    const jaar = await send('POST', periodePad('2025', 'vergrendeling'));
    expect(jaar.statusCode).toBe(400);
    expect(namen(jaar)).toEqual(['periode']);
    expect((await send('POST', `${pad()}/${id}/periodes/2025-K9/vergrendeling`)).statusCode).toBe(400);

    await send('POST', `${metingPad()}/${metingId}/goedkeuring`);
    const dicht = await send('POST', periodePad('2025-K1', 'vergrendeling'));
    expect(dicht.statusCode, dicht.body).toBe(200);
    expect(dicht.json() as Meetperiode).toMatchObject({ periode: '2025-K1', vergrendeld: true, goedgekeurd: 1, concepten: 0, vergrendeldDoor: expect.any(String) });
    expect((await send('POST', periodePad('2025-K1', 'vergrendeling'))).statusCode).toBe(409);
    expect((await get(`${metingPad()}/${metingId}`)).json()).toMatchObject({ vergrendeld: true });

    const voor = await stand();
    const pogingen = [
      await send('POST', metingPad(), nieuweMeting(id)),
      await send('PATCH', `${metingPad()}/${metingId}`, { waarde: 1 }),
      await send('DELETE', `${metingPad()}/${metingId}`),
      await send('POST', `${metingPad()}/${metingId}/goedkeuring`),
    ];
    for (const p of pogingen) {
      expect(p.statusCode, p.body).toBe(409);
      expect(namen(p)).toEqual(['periode']);
    }
    expect(pogingen[1]!.json().detail).toMatch(/1e kwartaal 2025 is vergrendeld/);
    expect(await stand()).toEqual(voor);
    expect((await detail(id)).periodes.find((p) => p.periode === '2025-K1')).toMatchObject({ vergrendeld: true });
  });

  it('ontgrendelen vraagt een reden (400 reden) en zet die in de historie', async () => {
    const voor = await stand();
    const zonder = await send('POST', periodePad('2025-K1', 'ontgrendeling'), {});
    expect(zonder.statusCode).toBe(400);
    expect(namen(zonder)).toEqual(['reden']);
    const leeg = await send('POST', periodePad('2025-K1', 'ontgrendeling'), { reden: '  ' });
    expect(namen(leeg)).toEqual(['reden']);
    expect(await stand()).toEqual(voor);

    const open = await send('POST', periodePad('2025-K1', 'ontgrendeling'), { reden: 'Correctie van de aanbieder' });
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ vergrendeld: false, vergrendeldOp: null });
    expect((await send('POST', periodePad('2025-K1', 'ontgrendeling'), { reden: 'nogmaals' })).statusCode).toBe(409);
    const h = await historie('meetperiode', id);
    expect(h.map((r) => r.omschrijving)).toEqual(['MET-01 1e kwartaal 2025 ontgrendeld: Correctie van de aanbieder', 'MET-01 1e kwartaal 2025 vergrendeld']);
    expect(h[0]!.na).toMatchObject({ periode: '2025-K1', vergrendeld: false, reden: 'Correctie van de aanbieder' });
    // Open again: the value can change.
    expect((await send('PATCH', `${metingPad()}/${metingId}`, { waarde: 0.1 })).statusCode).toBe(200);
  });

  it('verwijdert een meting, met historie', async () => {
    const [, , m] = await stand();
    expect((await send('DELETE', `${metingPad()}/${metingId}`)).statusCode).toBe(204);
    expect((await stand())[2]).toBe(m! - 1);
    expect((await historie('meting', metingId))[0]).toMatchObject({ actie: 'verwijderd' });
    expect((await get(`${metingPad()}/${metingId}`)).statusCode).toBe(404);
  });
});

describe('rechten en regio’s', () => {
  let val: string;
  let gli: string;
  let venrayMeting: string;

  beforeAll(async () => {
    val = await idVan('DOE-01');
    gli = await idVan('BEW-01');
  });

  it('de beleidsadviseur van Venray voert Venray in, niet Venlo of de regio (403); keurt niet goed en vergrendelt niet', async () => {
    const eigen = await send('POST', metingPad(), nieuweMeting(val, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 160, peildatum: '2026-02-01' }), venray);
    expect(eigen.statusCode, eigen.body).toBe(201);
    const m = eigen.json() as Meting;
    venrayMeting = m.id;
    expect((await send('PATCH', `${metingPad()}/${m.id}`, { waarde: 161 }, venray)).statusCode).toBe(200);
    const voor = await stand();
    const venlo = await send('POST', metingPad(), nieuweMeting(val, { periode: '2025', gemeenteId: gm.get('GM0983'), waarde: 400, peildatum: '2026-02-01' }), venray);
    expect(venlo.statusCode).toBe(403);
    expect(venlo.json().detail).toMatch(/Venlo/);
    const regio = await send('POST', metingPad(), nieuweMeting(gli, { periode: '2025-K2' }), venray);
    expect(regio.statusCode).toBe(403);
    const venloMeting = (await get(`${metingPad()}?indicatorId=${val}&periode=2024`)).json().items.find((x: Meting) => x.gemeente?.code === 'GM0983') as Meting;
    expect((await send('PATCH', `${metingPad()}/${venloMeting.id}`, { waarde: 1 }, venray)).statusCode).toBe(403);
    expect((await send('DELETE', `${metingPad()}/${venloMeting.id}`, undefined, venray)).statusCode).toBe(403);
    expect((await send('POST', `${metingPad()}/${m.id}/goedkeuring`, undefined, venray)).statusCode).toBe(403);
    expect((await send('POST', `${pad()}/${val}/periodes/2025/vergrendeling`, undefined, venray)).statusCode).toBe(403);
    expect((await send('POST', `${pad()}/${val}/streefwaarden`, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 1 }, venray)).statusCode).toBe(403);
    expect((await send('POST', pad(), nieuweIndicator({ code: 'VRY-01' }), venray)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('een goedgekeurde meting verwijdert alleen de regiocoördinator (403 voor de beleidsadviseur); wijzigen zet haar terug naar concept', async () => {
    // Venray's own 2025 value from the test above, approved by the coordinator.
    expect((await send('POST', `${metingPad()}/${venrayMeting}/goedkeuring`)).statusCode).toBe(200);
    const voor = await stand();
    const weg = await send('DELETE', `${metingPad()}/${venrayMeting}`, undefined, venray);
    expect(weg.statusCode).toBe(403);
    expect(weg.json().detail).toMatch(/alleen de regiocoördinator verwijdert een goedgekeurde meting/);
    expect(await stand()).toEqual(voor);
    expect((await get(`${metingPad()}/${venrayMeting}`)).json()).toMatchObject({ status: 'goedgekeurd' });
    // Changing it is still theirs: back to concept, and a concept they may delete.
    expect((await send('PATCH', `${metingPad()}/${venrayMeting}`, { waarde: 162 }, venray)).json()).toMatchObject({ status: 'concept', waarde: 162 });
    expect((await send('DELETE', `${metingPad()}/${venrayMeting}`, undefined, venray)).statusCode).toBe(204);
    // The coordinator deletes an approved one.
    const m = (await send('POST', metingPad(), nieuweMeting(val, { periode: '2025', gemeenteId: gm.get('GM0984'), waarde: 160, peildatum: '2026-02-01' }))).json() as Meting;
    expect((await send('POST', `${metingPad()}/${m.id}/goedkeuring`)).statusCode).toBe(200);
    expect((await send('DELETE', `${metingPad()}/${m.id}`)).statusCode).toBe(204);
    expect((await historie('meting', m.id))[0]).toMatchObject({ actie: 'verwijderd', voor: { status: 'goedgekeurd' } });
  });

  it('de lezer leest maar schrijft niets', async () => {
    const voor = await stand();
    expect((await get(`${pad()}/${gli}`, lezer)).statusCode).toBe(200);
    expect((await send('POST', pad(), nieuweIndicator({ code: 'LZR-01' }), lezer)).statusCode).toBe(403);
    expect((await send('PATCH', `${pad()}/${gli}`, { naam: 'x' }, lezer)).statusCode).toBe(403);
    expect((await send('POST', metingPad(), nieuweMeting(gli, { periode: '2025-K2' }), lezer)).statusCode).toBe(403);
    expect((await send('POST', `${pad()}/${gli}/periodes/2024-K3/vergrendeling`, undefined, lezer)).statusCode).toBe(403);
    expect(await stand()).toEqual(voor);
  });

  it('een indicator of meting van een andere regio is er niet (404); een indicatorId van elders is ongeldig', async () => {
    // The coordinator is a member of both regions.
    const voor = await stand();
    expect((await get(`${pad(zk)}/${gli}`)).statusCode).toBe(404);
    expect((await get(pad(zk))).json().totaal).toBe(0);
    expect((await send('PATCH', `${pad(zk)}/${gli}`, { naam: 'x' })).statusCode).toBe(404);
    expect((await send('DELETE', `${pad(zk)}/${gli}`)).statusCode).toBe(404);
    expect((await send('POST', `${pad(zk)}/${gli}/streefwaarden`, { periode: '2025', waarde: 1 })).statusCode).toBe(404);
    expect((await send('POST', `${pad(zk)}/${gli}/periodes/2024-K3/vergrendeling`)).statusCode).toBe(404);
    const metingVanNml = (await get(`${metingPad()}?indicatorId=${gli}`)).json().items[0] as Meting;
    expect((await get(`${metingPad(zk)}/${metingVanNml.id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `${metingPad(zk)}/${metingVanNml.id}`, { waarde: 1 })).statusCode).toBe(404);
    expect((await send('POST', `${metingPad(zk)}/${metingVanNml.id}/goedkeuring`)).statusCode).toBe(404);
    expect((await get(`${metingPad(zk)}?indicatorId=${gli}`)).json().totaal).toBe(0);
    const elders = await send('POST', metingPad(zk), nieuweMeting(gli, { periode: '2025-K2' }));
    expect(elders.statusCode).toBe(400);
    expect(namen(elders)).toEqual(['indicatorId']);
    // And the other way round: a municipality of the other region for a value here.
    const haarlem = await send('POST', metingPad(), nieuweMeting(await idVan('DOE-01'), { periode: '2025', gemeenteId: gm.get('GM0392') }));
    expect(haarlem.statusCode).toBe(400);
    expect(namen(haarlem)).toEqual(['gemeenteId']);
    expect(await stand()).toEqual(voor);
  });

  it('de demo-vergrendeling van GLI houdt stand', async () => {
    const k1 = (await get(`${metingPad()}?indicatorId=${gli}&periode=2024-K1`)).json().items[0] as Meting;
    const r = await send('PATCH', `${metingPad()}/${k1.id}`, { waarde: 1 });
    expect(r.statusCode).toBe(409);
    expect(namen(r)).toEqual(['periode']);
  });
});

describe('gelijktijdig: een meting wijzigen terwijl haar indicator wordt verwijderd', () => {
  it('both lock the indicator first, then the measurement: the change waits instead of deadlocking', async () => {
    const id = (await send('POST', pad(), nieuweIndicator({ code: 'LCK-01' }))).json().id as string;
    const m = (await send('POST', metingPad(), nieuweMeting(id))).json() as Meting;
    // Another transaction deletes the indicator as the service does (indicator locked first, then the
    // cascade takes the measurements) and rolls back; meanwhile a change of the measurement is under
    // way. Taking the measurement before the indicator would deadlock here (40P01) on PostgreSQL.
    // (PGlite runs one transaction at a time, so there it simply waits its turn.)
    const terug = new Error('terugdraaien');
    let loslaten!: () => void;
    let vastgezet!: () => void;
    const vrij = new Promise<void>((r) => (loslaten = r));
    const vast = new Promise<void>((r) => (vastgezet = r));
    const houder = t.db.transaction(async (tx) => {
      await tx.execute(sql`select id from indicator where regio_id = ${nml} and id = ${id} for update`);
      vastgezet();
      await vrij;
      await tx.execute(sql`delete from indicator where regio_id = ${nml} and id = ${id}`);
      throw terug;
    });
    await vast;
    const wijziging = send('PATCH', `${metingPad()}/${m.id}`, { waarde: 11 });
    await new Promise((r) => setTimeout(r, 500));
    loslaten();
    await expect(houder).rejects.toBe(terug);
    const r = await wijziging;
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ waarde: 11 });
  });
});
