import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WACHTWOORD, startTestApp, type TestApp } from '../../test/testapp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ REGIEKAMER_AANMELDEN_MAX_POGINGEN: '3' });
});
afterAll(() => t.close());

const aanmelden = (email: string, wachtwoord: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord }, headers });

describe('sessies', () => {
  it('signs in with e-mail and password, case-insensitively, into an HttpOnly SameSite session cookie', async () => {
    const r = await aanmelden('Coordinator@Regiekamer.demo', DEMO_WACHTWOORD);
    expect(r.statusCode).toBe(201);
    const cookie = r.cookies.find((c) => c.name === 'regiekamer_sessie')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = r.json();
    expect(body.gebruiker.naam).toBe('Cor Coördinator');
    expect(body.lidmaatschappen.map((l: { regioNaam: string }) => l.regioNaam)).toEqual(['Noord- en Midden-Limburg', 'Zuid-Kennemerland en IJmond']);
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    // The session is stored only as a hash.
    const rows = await t.db.execute(sql`select token_hash from sessie`);
    expect(JSON.stringify((rows as unknown as { rows: unknown[] }).rows)).not.toContain(cookie.value);
  });

  it('refuses a wrong password with a Dutch problem that does not say which part was wrong', async () => {
    const r = await aanmelden('lezer@regiekamer.demo', 'fout-wachtwoord');
    expect(r.statusCode).toBe(401);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json().detail).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    const onbekend = await aanmelden('niemand@regiekamer.demo', 'fout-wachtwoord');
    expect(onbekend.json().detail).toBe(r.json().detail);
  });

  it('limits failed sign-ins per account, even with the right password afterwards', async () => {
    for (let i = 0; i < 3; i++) expect((await aanmelden('financieel@regiekamer.demo', 'nee')).statusCode).toBe(401);
    const r = await aanmelden('financieel@regiekamer.demo', DEMO_WACHTWOORD);
    expect(r.statusCode).toBe(429);
    expect(r.headers['retry-after']).toBe('900');
    expect(r.json().detail).toContain('Te veel mislukte aanmeldpogingen');
  });

  it('rotates the session at sign-in: the session id known before is no longer valid', async () => {
    const eerste = await t.aanmelden('lezer@regiekamer.demo');
    const tweede = await aanmelden('lezer@regiekamer.demo', DEMO_WACHTWOORD, { cookie: eerste.cookie });
    expect(tweede.statusCode).toBe(201);
    const oud = await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: { cookie: eerste.cookie } });
    expect(oud.statusCode).toBe(401);
  });

  it('answers 401 "sessie verlopen" after the idle time, and removes the session', async () => {
    const h = await t.aanmelden('lezer@regiekamer.demo');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: h })).statusCode).toBe(200);
    await t.db.execute(sql`update sessie set laatst_gebruikt_op = now() - interval '31 minutes'`);
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: h });
    expect(r.statusCode).toBe(401);
    expect(r.json().detail).toBe('Uw sessie is verlopen. Meld u opnieuw aan.');
  });

  it('answers 401 after the absolute expiry, however active the session was', async () => {
    const h = await t.aanmelden('lezer@regiekamer.demo');
    await t.db.execute(sql`update sessie set verloopt_op = now() - interval '1 second'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: h })).statusCode).toBe(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and writes nothing', async () => {
    const h = await t.aanmelden('coordinator@regiekamer.demo');
    const regioId = await t.regioId('Noord- en Midden-Limburg');
    const zonder = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/regios/${regioId}`,
      headers: { cookie: h.cookie },
      payload: { omschrijving: 'gekaapt' },
    });
    expect(zonder.statusCode).toBe(403);
    expect(zonder.json().type).toBe('urn:regiekamer:probleem:csrf-token-ongeldig');
    const fout = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/regios/${regioId}`,
      headers: { cookie: h.cookie, 'x-csrf-token': 'verkeerd' },
      payload: { omschrijving: 'gekaapt' },
    });
    expect(fout.statusCode).toBe(403);
    const regio = await t.app.inject({ method: 'GET', url: `/api/v1/regios/${regioId}`, headers: h });
    expect(regio.json().omschrijving).not.toBe('gekaapt');
  });

  it('signs out: the session is gone', async () => {
    const h = await t.aanmelden('lezer@regiekamer.demo');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers: h })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers: h })).statusCode).toBe(401);
  });
});

describe('persoonlijke API-tokens', () => {
  it('work as Bearer with the roles of their owner, need no CSRF token, and stop working when revoked', async () => {
    const h = await t.aanmelden('coordinator@regiekamer.demo');
    const gemaakt = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: h, payload: { naam: 'Power BI' } });
    expect(gemaakt.statusCode).toBe(201);
    const { token, id } = gemaakt.json();
    expect(token).toMatch(/^rk_/);
    const bearer = { authorization: `Bearer ${token}` };
    const regios = await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: bearer });
    expect(regios.json().totaal).toBe(2);
    const regioId = await t.regioId('Noord- en Midden-Limburg');
    const schrijf = await t.app.inject({ method: 'PATCH', url: `/api/v1/regios/${regioId}`, headers: bearer, payload: { omschrijving: 'Via token' } });
    expect(schrijf.statusCode).toBe(200);
    const lijst = await t.app.inject({ method: 'GET', url: '/api/v1/tokens', headers: h });
    expect(lijst.json().items[0].laatstGebruiktOp).not.toBeNull();
    expect(JSON.stringify(lijst.json())).not.toContain(token);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: h })).statusCode).toBe(204);
    const na = await t.app.inject({ method: 'GET', url: '/api/v1/regios', headers: bearer });
    expect(na.statusCode).toBe(401);
    expect(na.json().detail).toBe('Het API-token is onbekend of ingetrokken.');
  });

  it('cannot revoke another user’s token', async () => {
    const eigenaar = await t.aanmelden('coordinator@regiekamer.demo');
    const { id } = (await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: eigenaar, payload: { naam: 'x' } })).json();
    const ander = await t.aanmelden('lezer@regiekamer.demo');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/tokens/${id}`, headers: ander })).statusCode).toBe(404);
  });
});
