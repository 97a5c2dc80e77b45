/**
 * The benchmark suite (ARCHITECTURE.md §4.10): measures, on both kinds of database, what a user
 * waits for, and writes the figures to docs/benchmarks.md with the machine and the date.
 * Traffic goes to loopback only, bounded in count and time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, openPostgres, type Database } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { laadDemo } from '../server/features/demo/demo.service';
import { startCluster } from '../server/test/postgres-cluster';

const WACHTWOORD = 'benchmark-wachtwoord-2026';
const cbsCsv = readFileSync(new URL('../../shared/data/gemeenten-2025.csv', import.meta.url), 'utf8');

interface Meting {
  wat: string;
  n: number;
  mediaanMs: number;
  p95Ms: number;
  perSeconde?: number;
}

function samenvatting(wat: string, tijden: number[], perSeconde?: number): Meting {
  const s = [...tijden].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { wat, n: s.length, mediaanMs: q(0.5), p95Ms: q(0.95), perSeconde };
}

async function meet(n: number, fn: () => Promise<unknown>) {
  const tijden: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    tijden.push(performance.now() - t0);
  }
  return tijden;
}

async function suite(database: Database): Promise<Meting[]> {
  await migrateDatabase(database);
  await laadDemo(database.db, { wachtwoord: WACHTWOORD });
  const config = loadConfig({ LOG_LEVEL: 'silent', REGIEKAMER_WEB_DIR: '/niet-aanwezig', REGIEKAMER_AANMELDEN_MAX_POGINGEN: '1000' });
  const app = await buildApp({ db: database.db, config });
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

function tabel(metingen: Meting[]) {
  const regels = metingen.map(
    (m) => `| ${m.wat} | ${m.n} | ${m.mediaanMs.toFixed(1)} | ${m.p95Ms.toFixed(1)} | ${m.perSeconde ?? ''} |`,
  );
  return ['| meting | n | mediaan (ms) | p95 (ms) | verzoeken/s |', '|---|---:|---:|---:|---:|', ...regels].join('\n');
}

const pgliteDb = await openPglite();
const pgliteMetingen = await suite(pgliteDb);
await pgliteDb.close();

let postgresMetingen: Meting[] | undefined;
let serverversie: string | undefined;
const cluster = process.env.BENCH_DATABASE_URL ? undefined : await startCluster();
try {
  const url = process.env.BENCH_DATABASE_URL ?? cluster!.url('postgres');
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  serverversie = (await c.query('show server_version')).rows[0].server_version;
  await c.query('drop database if exists regiekamer_bench');
  await c.query('create database regiekamer_bench');
  await c.end();
  const benchUrl = new URL(url);
  benchUrl.pathname = '/regiekamer_bench';
  const pgDb = await openPostgres(benchUrl.toString(), 10);
  postgresMetingen = await suite(pgDb);
  await pgDb.close();
} finally {
  cluster?.stop();
}

const machine = `${os.cpus()[0]?.model ?? 'onbekend'}, ${os.cpus().length} kernen, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
const document = `# Benchmarks

Gemeten met \`npm run bench\` (\`bench/run.ts\`) op ${new Date().toISOString().slice(0, 10)}.
Machine: ${machine}. De server draait in hetzelfde proces als de meter en wordt over loopback
aangesproken met \`fetch\`; de demoregio is geladen. Tijden zijn per verzoek, inclusief HTTP.

## Ingebed (PGlite)

${tabel(pgliteMetingen)}

## PostgreSQL ${serverversie} (wegwerpcluster, fsync uit)

${postgresMetingen ? tabel(postgresMetingen) : 'niet gemeten'}

## Lezen

- Aanmelden is bewust traag: argon2id met 19 MiB en twee passes.
- PGlite heeft één verbinding: gelijktijdige verzoeken wachten op elkaar. Voor veel gebruikers
  tegelijk is PostgreSQL met een pool de weg (docs/decisions/0003).
`;
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), document);
console.log(document);
