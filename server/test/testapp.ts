import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { openPglite, openPostgres, type Database } from '../db/client';
import { SJABLOON_DB, DEMO_WACHTWOORD } from './constanten';

export { DEMO_WACHTWOORD };

/** A fresh copy of the migrated demo database, on the kind this test project runs on. */
export async function openTestDatabase(): Promise<Database & { naam: string; url?: string }> {
  // The project's env names the database this suite is meant to run on; refuse to run on another.
  const bedoeld = process.env.TEST_DB ?? 'pglite';
  if (inject('databaseSoort') !== bedoeld) {
    throw new Error(`Deze testsuite hoort op ${bedoeld} te draaien, maar de opzet leverde ${inject('databaseSoort')}.`);
  }
  if (inject('databaseSoort') === 'pglite') {
    const dump = readFileSync(inject('pgliteSjabloon'));
    const database = await openPglite({ loadDataDir: new Blob([dump]) });
    return { ...database, naam: 'pglite' };
  }
  const beheerUrl = inject('postgresBeheerUrl');
  const naam = `test_${randomBytes(6).toString('hex')}`;
  const beheer = new pg.Client({ connectionString: beheerUrl });
  await beheer.connect();
  await beheer.query(`create database ${naam} template ${SJABLOON_DB}`);
  await beheer.end();
  const url = new URL(beheerUrl);
  url.pathname = `/${naam}`;
  const database = await openPostgres(url.toString(), 5);
  return {
    ...database,
    naam,
    url: url.toString(),
    close: async () => {
      await database.close();
      const b = new pg.Client({ connectionString: beheerUrl });
      await b.connect();
      await b.query(`drop database if exists ${naam} with (force)`);
      await b.end();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

export async function startTestApp(overrides: Record<string, string> = {}) {
  const database = await openTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', REGIEKAMER_WEB_DIR: '/niet-aanwezig', ...overrides });
  const app = await buildApp({ db: database.db, config, database });
  await app.ready();

  /** Signs in and returns headers for further requests (cookie + CSRF token). */
  async function aanmelden(email: string, wachtwoord = DEMO_WACHTWOORD) {
    const r = await app.inject({ method: 'POST', url: '/api/v1/sessies', payload: { email, wachtwoord } });
    if (r.statusCode !== 201) throw new Error(`aanmelden ${email}: ${r.statusCode} ${r.body}`);
    const cookie = r.cookies.find((c) => c.name === 'regiekamer_sessie')!;
    return {
      cookie: `regiekamer_sessie=${cookie.value}`,
      'x-csrf-token': (r.json() as { csrfToken: string }).csrfToken,
    };
  }

  async function regioId(naam: string) {
    const beheerder = await aanmelden('beheerder@regiekamer.demo');
    const r = await app.inject({ method: 'GET', url: '/api/v1/regios', headers: beheerder });
    const regio = (r.json() as { items: { id: string; naam: string }[] }).items.find((x) => x.naam === naam);
    if (!regio) throw new Error(`regio ${naam} niet gevonden`);
    return regio.id;
  }

  return {
    app,
    db: database.db,
    database,
    aanmelden,
    regioId,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
