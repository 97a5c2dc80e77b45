/**
 * Finance at national scale: the region finance overview and the ledger import, each measured
 * next to its physical limit in the same run on the same data: the overview next to the same
 * aggregation as one raw SQL statement, the import next to a bare COPY of the same rows.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { boekingImportQuerySchema } from '../common/contracts/financien';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { inRuweTransactie } from '../server/db/bulk';
import type { Database } from '../server/db/client';
import { migrateDatabase } from '../server/db/migrate';
import { begrotingen, financieelOverzicht } from '../server/features/begroting/begroting.service';
import { importeerBoekingen } from '../server/features/boekingen/boekingen.service';
import { leesCsv } from '../server/features/importen/csv.rules';
import { maakApiToken } from '../server/features/sessies/sessies.service';
import type { Actor } from '../server/features/toegang/rechten.rules';
import { BOEKING_KOLOMMEN, grootsteRegio, importBestand, importToewijzing, laadDataset, maakDataset, type Dataset, type RegioPlan } from './dataset';
import { klok, meetAfwisselend, samenvatting, type Meting } from './meten';

export const OVERZICHT_JAAR = 2025;
/** The index the experiment puts in place of boeking_regio_regel: the same key, with the amount in it. */
/** The schema's index (migration 0005), and the plain one it replaced, measured side by side. */
export const DEKKENDE_INDEX = 'create index boeking_regio_regel on boeking (regio_id, begrotingsregel_id, soort) include (bedrag_centen)';
export const GEWONE_INDEX = 'create index boeking_regio_regel on boeking (regio_id, begrotingsregel_id, soort)';
export const IMPORT_JAAR = 2026;

export interface FinancienOpties {
  boekingen: number;
  importRegels: number;
  herhalingen: number;
  /** Repetitions for the overview of the year that holds the big import. */
  herhalingenGroot: number;
}

/** One overview measured three ways, with the number of ledger rows it aggregates. */
export interface OverzichtMeting {
  jaar: number;
  boekingen: number;
  service: Meting;
  http?: Meting;
  /** The service's first step alone: the budget composed, without the ledger. */
  begroting?: Meting;
  sql: Meting;
}

export interface FinancienUitkomst {
  opties: FinancienOpties;
  dataset: Dataset;
  regio: RegioPlan;
  laden: { grootboekMs: number; overigMs: number; analyseMs: number };
  overzicht: OverzichtMeting;
  importMeting: { regels: number; bestandBytes: number; kaleCopyMs: number; importMs: number; csvLezenMs: number };
  naImport: OverzichtMeting[];
  /** The same overviews with the plain index of before migration 0005. */
  gewoneIndex: OverzichtMeting[];
  plannen: { wat: string; plan: string }[];
}

type Rijen = { rows: Record<string, unknown>[] };
const rijenVan = (r: unknown) => (r as Rijen).rows;

/** The overview's figures (lines, adopted amounts, commitments and spending) in one statement. */
const overzichtSql = (regioId: string, jaar: number) => sql`
  select r.id, r.code, r.omschrijving, bb.bedrag_centen as begroot, bb.prognose_centen as prognose,
         coalesce(s.verplicht, 0) as verplicht, coalesce(s.uitgegeven, 0) as uitgegeven
  from begroting b
  join begrotingsversie v on v.begroting_id = b.id and v.status = 'vastgesteld'
  join begrotingsregel r on r.begroting_id = b.id
  join begrotingsbedrag bb on bb.versie_id = v.id and bb.regel_id = r.id
  left join (
    select k.begrotingsregel_id,
           sum(k.bedrag_centen) filter (where k.soort = 'verplichting') as verplicht,
           sum(k.bedrag_centen) filter (where k.soort = 'uitgave') as uitgegeven
    from boeking k
    join begrotingsregel kr on kr.id = k.begrotingsregel_id
    join begroting kb on kb.id = kr.begroting_id
    where k.regio_id = ${regioId} and kb.regio_id = ${regioId} and kb.jaar = ${jaar}
    group by k.begrotingsregel_id
  ) s on s.begrotingsregel_id = r.id
  where b.regio_id = ${regioId} and b.jaar = ${jaar}
  order by r.volgorde`;

/** The aggregation the service runs (begroting.repository.ts, bestedingPerRegel), for EXPLAIN. */
const bestedingSql = (regioId: string, begrotingId: string) => sql`
  select k.begrotingsregel_id,
         coalesce(sum(k.bedrag_centen) filter (where k.soort = 'verplichting'), 0),
         coalesce(sum(k.bedrag_centen) filter (where k.soort = 'uitgave'), 0)
  from boeking k join begrotingsregel r on r.id = k.begrotingsregel_id
  where k.regio_id = ${regioId} and r.begroting_id = ${begrotingId}
  group by k.begrotingsregel_id`;

async function onderhoud(database: Database) {
  // What autovacuum does after a bulk load: statistics and the visibility map.
  await database.db.execute(sql`vacuum analyze`);
}

export async function financienSuite(database: Database, opties: FinancienOpties, log: (s: string) => void): Promise<FinancienUitkomst> {
  const db = database.db;
  await migrateDatabase(database);
  const dataset = maakDataset({ boekingen: opties.boekingen });
  log(`dataset laden: ${opties.boekingen} boekingen`);
  const geladen = await laadDataset(database, dataset);
  const analyse = await klok(() => onderhoud(database));
  log(`geladen in ${((geladen.grootboekMs + geladen.overigMs) / 1000).toFixed(1)} s, vacuum analyze ${(analyse.ms / 1000).toFixed(1)} s`);

  const regio = grootsteRegio(dataset);
  const regioIndex = dataset.regios.indexOf(regio);
  const aantal = (jaar: number) => dataset.boekingenPerRegioJaar[regioIndex]![jaar - 2022]!;
  const { token } = await maakApiToken(db, geladen.gebruikerId, 'meting');
  const config = loadConfig({ LOG_LEVEL: 'silent', REGIEKAMER_WEB_DIR: '/niet-aanwezig' });
  const app = await buildApp({ db, config, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const adres = app.server.address();
  const basis = `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}`;
  const plannen: { wat: string; plan: string }[] = [];

  const service = (jaar: number) => () => financieelOverzicht(db, regio.id, jaar, 1000);
  const http = (jaar: number) => () =>
    fetch(`${basis}/api/v1/regios/${regio.id}/financieel-overzicht?jaar=${jaar}`, { headers: { authorization: `Bearer ${token}` } }).then(async (r) => {
      if (r.status !== 200) throw new Error(`financieel overzicht: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
  const ruw = (jaar: number) => () => db.execute(overzichtSql(regio.id, jaar));

  /** The service and the raw statement must agree, or the comparison means nothing. */
  async function controleer(jaar: number) {
    const o = await service(jaar)();
    const rijen = rijenVan(await ruw(jaar)());
    const som = (k: string) => rijen.reduce((s, r) => s + Number(r[k]), 0);
    const verwacht = { begroot: o.totaal.begrootCenten, verplicht: o.totaal.verplichtCenten, uitgegeven: o.totaal.uitgegevenCenten };
    const gekregen = { begroot: som('begroot'), verplicht: som('verplicht'), uitgegeven: som('uitgegeven') };
    if (JSON.stringify(verwacht) !== JSON.stringify(gekregen) || rijen.length !== o.regels.length) {
      throw new Error(`overzicht en SQL verschillen: ${JSON.stringify(verwacht)} tegen ${JSON.stringify(gekregen)}`);
    }
  }

  async function meetOverzicht(jaar: number, n: number, metHttp: boolean): Promise<OverzichtMeting> {
    await controleer(jaar);
    const varianten = metHttp ? [service(jaar), http(jaar), () => begrotingen(db, regio.id, jaar), ruw(jaar)] : [service(jaar), ruw(jaar)];
    const tijden = await meetAfwisselend(n, Math.min(20, Math.ceil(n / 5)), varianten);
    const b = aantal(jaar) + (jaar === IMPORT_JAAR && importKlaar ? opties.importRegels : 0);
    return {
      jaar,
      boekingen: b,
      service: samenvatting('service', tijden[0]!),
      http: metHttp ? samenvatting('http', tijden[1]!) : undefined,
      begroting: metHttp ? samenvatting('begroting', tijden[2]!) : undefined,
      sql: samenvatting('sql', tijden.at(-1)!),
    };
  }

  async function leg(wat: string, jaar: number) {
    const begroting = regio.begrotingen.find((b) => b.jaar === jaar)!;
    const rijen = rijenVan(await db.execute(sql`explain (analyze, costs off, timing off, summary off) ${bestedingSql(regio.id, begroting.id)}`));
    plannen.push({ wat, plan: rijen.map((r) => String(Object.values(r)[0])).join('\n') });
  }

  let importKlaar = false;
  try {
    log(`overzicht ${regio.naam} ${OVERZICHT_JAAR}: ${aantal(OVERZICHT_JAAR)} boekingen, ${opties.herhalingen}×`);
    const overzicht = await meetOverzicht(OVERZICHT_JAAR, opties.herhalingen, true);
    await leg(`bestedingPerRegel, ${OVERZICHT_JAAR}`, OVERZICHT_JAAR);

    // --- the ledger import next to a bare COPY of the same rows ----------------------------------
    const kaalId = randomUUID();
    const { bestand, kaal } = importBestand(dataset, regio, IMPORT_JAAR, opties.importRegels, kaalId);
    log(`import: ${opties.importRegels} regels, ${(bestand.length / 2 ** 20).toFixed(0)} MiB; eerst een kale COPY`);
    const kaleCopy = await klok(() =>
      inRuweTransactie(database, async (tx) => {
        await tx.query('insert into boekingimport (id, regio_id, bestandsnaam, sha256, aantal_regels, totaal_centen) values ($1, $2, $3, $4, $5, $6)', [
          kaalId, regio.id, 'kale-copy.csv', 'kale-copy', opties.importRegels, 0,
        ]);
        await tx.kopieer('boeking', BOEKING_KOLOMMEN, kaal);
      }),
    );
    const [{ n: gekopieerd } = { n: 0 }] = rijenVan(await db.execute(sql`select count(*)::int as n from boeking where import_id = ${kaalId}`)) as { n: number }[];
    if (gekopieerd !== opties.importRegels) throw new Error(`kale COPY: ${gekopieerd} van ${opties.importRegels} rijen`);
    await db.execute(sql`delete from boekingimport where id = ${kaalId}`);
    await onderhoud(database);
    const csvLezen = await klok(async () => leesCsv(bestand));
    if ('fout' in csvLezen.uitkomst) throw new Error(csvLezen.uitkomst.fout);

    const actor: Actor = { gebruikerId: geladen.gebruikerId, naam: 'Meting', email: 'meting@regiekamer.test', isBeheerder: true, lidmaatschappen: [] };
    const q = boekingImportQuerySchema.parse(importToewijzing(IMPORT_JAAR, `grootboek-${IMPORT_JAAR}.csv`));
    log('import via importeerBoekingen');
    const importeren = await klok(() => importeerBoekingen(database, actor, regio.id, bestand, 'csv', q));
    if (importeren.uitkomst.aantalRegels !== opties.importRegels) throw new Error(`import: ${importeren.uitkomst.aantalRegels} regels`);
    importKlaar = true;
    await onderhoud(database);

    log('overzichten na de import');
    const naImport = [await meetOverzicht(IMPORT_JAAR, opties.herhalingenGroot, false), await meetOverzicht(OVERZICHT_JAAR, opties.herhalingen, false)];
    await leg(`bestedingPerRegel, ${IMPORT_JAAR} na de import`, IMPORT_JAAR);

    // --- comparison: the plain index of before migration 0005 ---------------------------------
    log('vergelijking: gewone index zonder INCLUDE');
    await db.execute(sql.raw('drop index boeking_regio_regel'));
    await db.execute(sql.raw(GEWONE_INDEX));
    await onderhoud(database);
    const gewoneIndex = [await meetOverzicht(OVERZICHT_JAAR, opties.herhalingen, false), await meetOverzicht(IMPORT_JAAR, opties.herhalingenGroot, false)];
    await leg(`bestedingPerRegel, ${IMPORT_JAAR}, gewone index`, IMPORT_JAAR);
    await db.execute(sql.raw('drop index boeking_regio_regel'));
    await db.execute(sql.raw(DEKKENDE_INDEX));

    return {
      opties,
      dataset,
      regio,
      laden: { grootboekMs: geladen.grootboekMs, overigMs: geladen.overigMs, analyseMs: analyse.ms },
      overzicht,
      importMeting: {
        regels: opties.importRegels,
        bestandBytes: Buffer.byteLength(bestand),
        kaleCopyMs: kaleCopy.ms,
        importMs: importeren.ms,
        csvLezenMs: csvLezen.ms,
      },
      naImport,
      gewoneIndex,
      plannen,
    };
  } finally {
    await app.close();
  }
}
