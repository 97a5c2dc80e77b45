/**
 * The benchmark suite (ARCHITECTURE.md §4.10), `npm run bench`: on both kinds of database it
 * measures what a user waits for (bench/api.ts) and finance at national scale (bench/financien.ts,
 * on the dataset of bench/dataset.ts), and writes the figures to docs/benchmarks.md with the
 * machine and the date. Traffic goes to loopback only, bounded in count and time.
 *
 * BENCH_DATABASE_URL: an existing PostgreSQL server instead of a throwaway cluster.
 * BENCH_SCHAAL: a factor on the row counts (default 1), for a quick trial run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openPglite, openPostgres, type Database } from '../server/db/client';
import { startCluster } from '../server/test/postgres-cluster';
import { apiSuite } from './api';
import { financienSuite, type FinancienOpties } from './financien';
import { overzichtSuite } from './overzicht';
import { rapport, type DatabaseUitkomst } from './rapport';

const schaal = Number(process.env.BENCH_SCHAAL ?? '1');
if (!(schaal > 0 && schaal <= 1)) throw new Error('BENCH_SCHAAL ligt tussen 0 en 1');
const rond = (n: number) => Math.max(1000, Math.round(n * schaal));

/**
 * PostgreSQL gets the sizes of the requirement. PGlite (one WebAssembly process) is several times
 * slower at loading: on a 2-core machine the full sizes alone took about ten minutes there, which
 * does not fit a run of twenty minutes, so it gets a fifth of them.
 */
const OPTIES: Record<'pglite' | 'postgres', FinancienOpties> = {
  postgres: { boekingen: rond(2_000_000), importRegels: rond(1_000_000), herhalingen: 200, herhalingenGroot: 20 },
  pglite: { boekingen: rond(400_000), importRegels: rond(200_000), herhalingen: 200, herhalingenGroot: 10 },
};

const begin = performance.now();
const belastingBegin = os.loadavg()[0]!;
const log = (soort: string) => (s: string) => console.log(`[${((performance.now() - begin) / 1000).toFixed(0).padStart(4)} s] ${soort}: ${s}`);

async function beideSuites(soort: 'pglite' | 'postgres', open: (naam: string) => Promise<Database>): Promise<DatabaseUitkomst> {
  log(soort)('web en API (demoregio)');
  const apiDb = await open('regiekamer_bench');
  let api;
  try {
    api = await apiSuite(apiDb);
  } finally {
    await apiDb.close();
  }
  log(soort)('overzicht en voortgangsrapportage (20 gemeenten, vijf jaar indicatoren)');
  const overzichtDb = await open('regiekamer_overzicht');
  let overzicht;
  try {
    overzicht = await overzichtSuite(overzichtDb, log(soort));
  } finally {
    await overzichtDb.close();
  }
  const financienDb = await open('regiekamer_financien');
  try {
    return { api, overzicht, financien: await financienSuite(financienDb, OPTIES[soort], log(soort)) };
  } finally {
    await financienDb.close();
  }
}

const pglite = await beideSuites('pglite', () => openPglite());

let postgres: (DatabaseUitkomst & { versie: string; instellingen: string }) | undefined;
const cluster = process.env.BENCH_DATABASE_URL ? undefined : await startCluster();
try {
  const url = process.env.BENCH_DATABASE_URL ?? cluster!.url('postgres');
  const beheer = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  const versie = await beheer(async (c) => (await c.query('show server_version')).rows[0].server_version as string);
  const instellingen = await beheer(async (c) => {
    const r = await c.query(`select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit') order by name`);
    return r.rows
      .map((x: { name: string; setting: string; unit: string | null }) =>
        x.unit === '8kB' ? `${x.name}=${Math.round((Number(x.setting) * 8) / 1024)}MB` : `${x.name}=${x.setting}${x.unit ?? ''}`,
      )
      .join(', ');
  });
  const uitkomst = await beideSuites('postgres', async (naam) => {
    await beheer(async (c) => {
      await c.query(`drop database if exists ${naam} with (force)`);
      await c.query(`create database ${naam}`);
    });
    const doel = new URL(url);
    doel.pathname = `/${naam}`;
    const database = await openPostgres(doel.toString(), 10);
    // Dropping the database ends connections the pool may still hold; that is expected here.
    database.pool!.on('error', () => undefined);
    return {
      ...database,
      close: async () => {
        await database.close();
        await beheer((c) => c.query(`drop database if exists ${naam} with (force)`));
      },
    };
  });
  postgres = { ...uitkomst, versie, instellingen };
} finally {
  cluster?.stop();
}

const document = rapport({ pglite, postgres, schaal, duurMs: performance.now() - begin, belastingBegin, eigenCluster: !process.env.BENCH_DATABASE_URL });
writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), document);
console.log(document);
for (const [soort, u] of [['PGlite', pglite], ['PostgreSQL', postgres]] as const) {
  for (const p of u?.financien.plannen ?? []) console.log(`\n${soort}: ${p.wat}\n${p.plan}`);
}
