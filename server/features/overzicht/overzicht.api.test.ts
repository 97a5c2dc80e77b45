import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AfspraakMetStatus } from '../../../common/contracts/afspraken';
import type { Mijlpaal } from '../../../common/contracts/mijlpalen';
import type { Overzicht } from '../../../common/contracts/overzicht';
import { vandaagInNederland } from '../../../common/voortgang';
import { startTestApp, type TestApp } from '../../test/testapp';
import { verzoeken } from '../../test/verzoeken';
import { inMomentopname } from './regiostand';

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

const { get } = verzoeken(() => t, () => coordinator);
const pad = (regio = nml) => `/api/v1/regios/${regio}/overzicht`;
const lijst = async <T>(url: string) => (await get(url, lezer)).json().items as T[];

describe('het overzicht van de demoregio', () => {
  let o: Overzicht;

  beforeAll(async () => {
    const r = await get(pad(), lezer);
    expect(r.statusCode).toBe(200);
    o = r.json();
  });

  it('counts what the agreements and milestones lists show, today', async () => {
    const afspraken = await lijst<AfspraakMetStatus>(`/api/v1/regios/${nml}/afspraken`);
    const mijlpalen = await lijst<Mijlpaal>(`/api/v1/regios/${nml}/mijlpalen`);
    expect(o.regio).toEqual({ id: nml, naam: 'Noord- en Midden-Limburg' });
    expect(o.peildatum).toBe(vandaagInNederland());
    const perStatus = (s: string) => afspraken.filter((a) => a.status === s).length;
    expect(o.aantallen.afspraken).toEqual({
      'niet-gestart': perStatus('niet-gestart'),
      'in-uitvoering': perStatus('in-uitvoering'),
      gerealiseerd: perStatus('gerealiseerd'),
      vertraagd: perStatus('vertraagd'),
      'niet-van-toepassing': perStatus('niet-van-toepassing'),
      verlopen: afspraken.filter((a) => a.verlopen).length,
    });
    expect(o.aantallen.mijlpalenVerlopen).toBe(mijlpalen.filter((m) => m.verlopen).length);
    expect(o.aantallen.mijlpalenVertraagd).toBe(1);
    // Every overdue or delayed item is an attention point, overdue ones first and longest first.
    const verwacht = afspraken.filter((a) => a.verlopen || a.status === 'vertraagd').length + mijlpalen.filter((m) => m.verlopen || m.status === 'vertraagd').length;
    expect(o.aandachtspunten).toHaveLength(verwacht);
    const verlopen = o.aandachtspunten.filter((p) => p.verlopen);
    expect(o.aandachtspunten.slice(0, verlopen.length)).toEqual(verlopen);
    const dagen = new Map([...afspraken.map((a) => [a.id, a.dagenOverDeadline] as const), ...mijlpalen.map((m) => [m.id, m.dagenOverDatum] as const)]);
    const volgorde = verlopen.map((p) => dagen.get(p.id)!);
    expect(volgorde).toEqual([...volgorde].sort((a, b) => b - a));
    expect(verlopen.every((p) => /over de (deadline|datum)$/.test(p.verlopenTekst!))).toBe(true);
    expect(o.aandachtspunten.find((p) => p.titel === 'Regionale preventieakkoorden met zorgverzekeraars')).toMatchObject({ soort: 'mijlpaal', status: 'vertraagd', verlopen: true });
  });

  it('shows the chain approaches and the coverage as their own pages do: 8 of 14 municipalities covered', async () => {
    expect(o.ketenaanpakken).toEqual((await get(`/api/v1/regios/${nml}/ketenaanpakken`, lezer)).json());
    expect(o.dekking).toEqual((await get(`/api/v1/regios/${nml}/steunpunten/dekking`, lezer)).json());
    expect(o.dekking.totaal).toMatchObject({ gemeenten: 14, gedekteGemeenten: 8 });
  });

  it('lists the indicators whose latest ended target is not met, as the indicator list counts them', async () => {
    const indicatoren = await lijst<{ id: string; code: string; laatsteStand: { nietGehaald: number } | null }>(`/api/v1/regios/${nml}/indicatoren`);
    const nietGehaald = indicatoren.filter((i) => (i.laatsteStand?.nietGehaald ?? 0) > 0);
    expect(nietGehaald.length).toBeGreaterThan(0);
    expect(o.indicatorenNietGehaald.map((i) => i.code).sort()).toEqual(nietGehaald.map((i) => i.code).sort());
    expect(o.aantallen.indicatorenNietGehaald).toBe(nietGehaald.length);
    for (const i of o.indicatorenNietGehaald) {
      expect(i.evaluaties.length).toBe(nietGehaald.find((n) => n.id === i.id)!.laatsteStand!.nietGehaald);
      expect(i.evaluaties.every((e) => e.uitkomst === 'niet-gehaald')).toBe(true);
    }
  });

  it('gives the next open milestones, the demo’s report as the latest, and no budget for a year without one', async () => {
    const vandaag = vandaagInNederland();
    const mijlpalen = await lijst<Mijlpaal>(`/api/v1/regios/${nml}/mijlpalen`);
    const open = mijlpalen.filter((m) => m.datum >= vandaag && !['gerealiseerd', 'niet-van-toepassing'].includes(m.status));
    expect(o.volgendeMijlpalen.map((m) => m.id)).toEqual(open.slice(0, 5).map((m) => m.id));
    expect(o.laatsteRapportage).toMatchObject({ periode: '2024-K4', titel: 'Voortgangsrapportage 4e kwartaal 2024 (illustratief)' });
    // The demo has a budget for 2024 only.
    if (vandaag.startsWith('2024')) expect(o.financien).toMatchObject({ jaar: 2024 });
    else expect(o.financien).toBeNull();
  });
});

describe('wie ziet wat', () => {
  it('everyone in the region reads it; another region shows only its own data; outsiders get 404', async () => {
    expect((await get(pad(), venray)).statusCode).toBe(200);
    const ander = (await get(pad(zk))).json() as Overzicht;
    expect(ander.regio.naam).toBe('Zuid-Kennemerland en IJmond');
    expect(ander.laatsteRapportage).toBeNull();
    expect(ander.indicatorenNietGehaald).toEqual([]);
    expect(ander.financien).toBeNull();
    const nmlGemeenten = new Set(((await get(pad())).json() as Overzicht).dekking.gemeenten.map((g) => g.gemeentecode));
    expect(ander.dekking.gemeenten.some((g) => nmlGemeenten.has(g.gemeentecode))).toBe(false);
    expect(ander.ketenaanpakken.gemeenten.some((g) => nmlGemeenten.has(g.gemeentecode))).toBe(false);
    expect((await get(pad(zk), venray)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: pad() })).statusCode).toBe(401);
  });
});

// On PostgreSQL a snapshot queues its queries on the transaction's connection (regiostand.ts
// naElkaar); PGlite has one connection that queues itself, so this is about PostgreSQL only.
describe.skipIf(process.env.TEST_DB !== 'postgres')('de momentopname op PostgreSQL', () => {
  const ingevoegd = async () => Number(((await t.db.execute(sql`select count(*)::int as n from momentopname_proef`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);
  // Drizzle wraps the driver's error ("Failed query: …") with it as the cause.
  const reden = (e: unknown) => `${(e as Error).message} ${((e as Error).cause as Error | undefined)?.message ?? ''}`;
  const tekst = async (p: Promise<unknown>) => p.then(() => 'verstuurd', reden);

  beforeAll(async () => {
    await t.db.execute(sql`create table momentopname_proef (n int)`);
  });

  it('a part still queued when another part failed is never sent, so it cannot run after the ROLLBACK', async () => {
    let later: Promise<string> | undefined;
    const fout = await inMomentopname(t.db, async (tx) => {
      // `.then` sends a drizzle query at once, in this order: the failing one, one more, the write.
      const vraag = (q: ReturnType<typeof sql>) => tx.execute(q).then(() => undefined);
      const delen = [vraag(sql`select 1/0`), vraag(sql`select 1`), vraag(sql`insert into momentopname_proef values (1)`)];
      later = tekst(delen[2]!);
      await Promise.all(delen);
    }).then(() => 'geslaagd', reden);
    expect(fout).toContain('division by zero');
    expect(await later).toContain('niet meer verstuurd');
    expect(await ingevoegd()).toBe(0);
  });

  it('nor a part still queued when the snapshot had already ended well (after the COMMIT)', async () => {
    let later: Promise<string> | undefined;
    const uitkomst = await inMomentopname(t.db, async (tx) => {
      void tx.execute(sql`select pg_sleep(0.1)`).then(() => undefined);
      later = tekst(tx.execute(sql`insert into momentopname_proef values (2)`).then(() => undefined));
      return 'klaar';
    });
    expect(uitkomst).toBe('klaar');
    expect(await later).toContain('niet meer verstuurd');
    expect(await ingevoegd()).toBe(0);
  });
});
