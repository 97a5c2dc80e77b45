import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/testapp';

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

const pad = (regio = nml) => `/api/v1/regios/${regio}/mijlpalen`;
const get = (url: string, headers = coordinator) => t.app.inject({ method: 'GET', url, headers });
const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = coordinator) =>
  t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
const tel = async (tabel: string) => Number(((await t.db.execute(sql.raw(`select count(*)::int as n from ${tabel}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const namen = (r: { json(): { invalidParams: { name: string }[] } }) => r.json().invalidParams.map((p) => p.name).sort();
type M = { id: string; titel: string; datum: string; status: string; verlopen: boolean; verlopenTekst: string | null; eigenaarOverlegorgaan: { naam: string } | null };

describe('de mijlpalen van de demoregio', () => {
  it('are the milestones of DOMAIN.md §9, by date, the delayed one overdue in words', async () => {
    const { items, totaal } = (await get(pad(), lezer)).json() as { items: M[]; totaal: number };
    expect(totaal).toBe(4);
    expect(items.map((m) => [m.datum, m.status])).toEqual([
      ['2023-12-31', 'gerealiseerd'],
      ['2024-03-20', 'gerealiseerd'],
      ['2025-01-01', 'vertraagd'],
      ['2026-12-31', 'in-uitvoering'],
    ]);
    expect(items[1]!.eigenaarOverlegorgaan?.naam).toBe('Portefeuillehoudersoverleg (PHO) IZA');
    // The delayed agreement with the insurers is past its date (the clock is past 2025-01-01).
    expect(items[2]).toMatchObject({ verlopen: true });
    expect(items[2]!.verlopenTekst).toMatch(/over de datum$/);
    expect(items.filter((m) => m.verlopen)).toHaveLength(1);
    const verlopen = (await get(`${pad()}?verlopen=ja`, lezer)).json();
    expect(verlopen.items.map((m: M) => m.titel)).toEqual(['Regionale preventieakkoorden met zorgverzekeraars']);
  });
});

describe('een mijlpaal bijhouden', () => {
  it('the coordinator adds, changes and removes one, every step audited', async () => {
    const organen = (await get(`/api/v1/regios/${nml}/overlegorganen`)).json().items as { id: string; naam: string }[];
    const kerngroep = organen.find((o) => o.naam === 'Kerngroep IZA')!;
    const r = await send('POST', pad(), { titel: 'Uitvoeringsplan 2025 vastgesteld', datum: '2025-03-19', eigenaar: 'Projectleider', eigenaarOverlegorgaanId: kerngroep.id, status: 'niet-gestart' });
    expect(r.statusCode).toBe(201);
    const m = r.json();
    expect(m).toMatchObject({ titel: 'Uitvoeringsplan 2025 vastgesteld', eigenaar: 'Projectleider', eigenaarOverlegorgaan: { naam: 'Kerngroep IZA' }, verlopen: true });
    expect(r.headers.location).toBe(`${pad()}/${m.id}`);
    const p = await send('PATCH', `${pad()}/${m.id}`, { status: 'gerealiseerd' });
    expect(p.json()).toMatchObject({ status: 'gerealiseerd', verlopen: false, verlopenTekst: null });
    expect((await get(`${pad()}/${m.id}`, lezer)).json().status).toBe('gerealiseerd');
    expect((await send('DELETE', `${pad()}/${m.id}`)).statusCode).toBe(204);
    expect((await get(`${pad()}/${m.id}`)).statusCode).toBe(404);
    const audit = (await t.db.execute(sql`select actie, regio_id from auditregel where soort = 'mijlpaal' and item_id = ${m.id} order by id`)) as unknown as { rows: { actie: string; regio_id: string }[] };
    expect(audit.rows.map((a) => a.actie)).toEqual(['aangemaakt', 'gewijzigd', 'verwijderd']);
    expect(audit.rows.every((a) => a.regio_id === nml)).toBe(true);
    const historie = (await get(`/api/v1/regios/${nml}/historie?soort=mijlpaal&itemId=${m.id}`)).json();
    expect(historie.totaal).toBe(3);
  });

  it('names every bad field — a status outside the list, an empty title, a malformed date — and writes nothing', async () => {
    const [rijen, audit] = [await tel('mijlpaal'), await tel('auditregel')];
    const r = await send('POST', pad(), { titel: '', datum: '31-12-2026', status: 'klaar' });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['datum', 'status', 'titel']);
    expect(r.json().invalidParams.find((p: { name: string }) => p.name === 'status').reason).toContain('niet-gestart, in-uitvoering, gerealiseerd, vertraagd, niet-van-toepassing');
    const id = (await get(pad())).json().items[0].id;
    expect(namen(await send('PATCH', `${pad()}/${id}`, { status: 'bijna' }))).toEqual(['status']);
    expect([await tel('mijlpaal'), await tel('auditregel')]).toEqual([rijen, audit]);
  });

  it('refuses an owner organisation or body of another region, on its field', async () => {
    const zkOrg = (await get(`/api/v1/regios/${zk}/organisaties`)).json().items[0];
    const zkOrgaan = (await get(`/api/v1/regios/${zk}/overlegorganen`)).json().items[0];
    const voor = await tel('mijlpaal');
    const r = await send('POST', pad(), { titel: 'Te ver weg', datum: '2026-01-01', eigenaarOrganisatieId: zkOrg.id, eigenaarOverlegorgaanId: zkOrgaan.id });
    expect(r.statusCode).toBe(400);
    expect(namen(r)).toEqual(['eigenaarOrganisatieId', 'eigenaarOverlegorgaanId']);
    expect(await tel('mijlpaal')).toBe(voor);
  });

  it('a reader or a municipal officer cannot write; another region cannot reach them', async () => {
    const id = (await get(pad())).json().items[0].id;
    expect((await send('POST', pad(), { titel: 'x', datum: '2026-01-01' }, lezer)).statusCode).toBe(403);
    expect((await send('PATCH', `${pad()}/${id}`, { titel: 'x' }, venray)).statusCode).toBe(403);
    expect((await send('DELETE', `${pad()}/${id}`, undefined, lezer)).statusCode).toBe(403);
    // The coordinator is also a member of Zuid-Kennemerland: an NML id through that region is unknown there.
    expect((await get(`${pad(zk)}/${id}`)).statusCode).toBe(404);
    expect((await send('PATCH', `${pad(zk)}/${id}`, { titel: 'x' })).statusCode).toBe(404);
    expect((await send('DELETE', `${pad(zk)}/${id}`)).statusCode).toBe(404);
    expect((await get(pad(zk))).json().totaal).toBe(0);
  });
});
