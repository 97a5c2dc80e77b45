/**
 * What a user waits for in the web application: sign-in, reads, writes, an import of the
 * municipal register and a bounded load, all over loopback on a database with the demo region.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import type { Database } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { laadDemo } from '../server/features/demo/demo.service';
import { meet, samenvatting, type Meting } from './meten';

const WACHTWOORD = 'benchmark-wachtwoord-2026';
const cbsCsv = readFileSync(new URL('../../shared/data/gemeenten-2025.csv', import.meta.url), 'utf8');

export async function apiSuite(database: Database): Promise<Meting[]> {
  await migrateDatabase(database);
  await laadDemo(database.db, { wachtwoord: WACHTWOORD });
  const config = loadConfig({ LOG_LEVEL: 'silent', REGIEKAMER_WEB_DIR: '/niet-aanwezig', REGIEKAMER_AANMELDEN_MAX_POGINGEN: '1000' });
  const app = await buildApp({ db: database.db, config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const adres = app.server.address();
  const basis = `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}`;
  const metingen: Meting[] = [];
  try {
    const aanmelden = () =>
      fetch(`${basis}/api/v1/sessies`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'coordinator@regiekamer.demo', wachtwoord: WACHTWOORD }),
      });
    metingen.push(samenvatting('aanmelden (argon2id)', await meet(20, aanmelden)));
    const antwoord = await aanmelden();
    const cookie = antwoord.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken, lidmaatschappen } = (await antwoord.json()) as { csrfToken: string; lidmaatschappen: { regioId: string; regioNaam: string }[] };
    const nml = lidmaatschappen.find((l) => l.regioNaam === 'Noord- en Midden-Limburg')!.regioId;
    const headers = { cookie, 'x-csrf-token': csrfToken };

    const lees = (pad: string) => () => fetch(`${basis}${pad}`, { headers }).then((r) => r.arrayBuffer());
    metingen.push(samenvatting('GET regio’s', await meet(200, lees('/api/v1/regios'))));
    metingen.push(samenvatting('GET gemeenten van de regio (14)', await meet(200, lees(`/api/v1/regios/${nml}/gemeenten`))));
    const organen = (await (await fetch(`${basis}/api/v1/regios/${nml}/overlegorganen`, { headers })).json()) as { items: { id: string; soort: string }[] };
    const pho = organen.items.find((o) => o.soort === 'pho')!.id;
    metingen.push(samenvatting('GET overlegorgaan met leden (PHO)', await meet(200, lees(`/api/v1/regios/${nml}/overlegorganen/${pho}`))));

    let teller = 0;
    metingen.push(
      samenvatting(
        'PATCH gemeente met auditregel',
        await meet(100, () =>
          fetch(`${basis}/api/v1/regios/${nml}/gemeenten/GM0984`, {
            method: 'PATCH',
            headers: { ...headers, 'content-type': 'application/json' },
            body: JSON.stringify({ toelichting: `meting ${teller++}` }),
          }).then((r) => r.arrayBuffer()),
        ),
      ),
    );

    const beheerder = await fetch(`${basis}/api/v1/sessies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheerder@regiekamer.demo', wachtwoord: WACHTWOORD }),
    });
    const bh = { cookie: beheerder.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await beheerder.json()) as { csrfToken: string }).csrfToken };
    const importeer = () =>
      fetch(`${basis}/api/v1/gemeenten/importen`, { method: 'POST', headers: { ...bh, 'content-type': 'text/csv' }, body: cbsCsv }).then((r) => r.arrayBuffer());
    metingen.push(samenvatting('import 342 gemeenten (eerste keer)', await meet(1, importeer)));
    metingen.push(samenvatting('import 342 gemeenten (opnieuw, niets te doen)', await meet(5, importeer)));

    // Load: 8 concurrent clients for at most 10 s or 4,000 requests, whichever comes first.
    const eind = performance.now() + 10_000;
    const tijden: number[] = [];
    let gestart = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (performance.now() < eind && gestart < 4000) {
          gestart++;
          const s = performance.now();
          await fetch(`${basis}/api/v1/regios/${nml}/gemeenten`, { headers }).then((r) => r.arrayBuffer());
          tijden.push(performance.now() - s);
        }
      }),
    );
    const duur = (performance.now() - t0) / 1000;
    metingen.push(samenvatting('belasting: GET gemeenten, 8 gelijktijdig', tijden, Math.round(tijden.length / duur)));
  } finally {
    await app.close();
  }
  return metingen;
}
