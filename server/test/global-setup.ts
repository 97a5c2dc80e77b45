import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { laadDemo } from '../features/demo/demo.service';
import { startCluster, type Cluster } from './postgres-cluster';
import { DEMO_WACHTWOORD, SJABLOON_DB } from './constanten';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseSoort: 'pglite' | 'postgres';
    pgliteSjabloon: string;
    postgresBeheerUrl: string;
  }
}

/**
 * Builds one migrated database with the demo loaded, once per run; every test file starts
 * from a copy of it (PGlite: a data-dir dump, ~0.4 s; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  // From the project, not from process.env: a project's `env` reaches its test workers only, not
  // this setup, which runs in the main process.
  const soort = project.name === 'postgres' ? 'postgres' : 'pglite';
  project.provide('databaseSoort', soort);
  if (soort === 'pglite') {
    const database = await openPglite();
    await migrateDatabase(database);
    await laadDemo(database.db, { wachtwoord: DEMO_WACHTWOORD });
    const dump = await database.pglite!.dumpDataDir('none');
    await database.close();
    const map = path.resolve('.tmp');
    mkdirSync(map, { recursive: true });
    const bestand = path.join(map, `pglite-sjabloon-${process.pid}.tar`);
    writeFileSync(bestand, Buffer.from(await dump.arrayBuffer()));
    project.provide('pgliteSjabloon', bestand);
    project.provide('postgresBeheerUrl', '');
    return;
  }

  let cluster: Cluster | undefined;
  let beheerUrl: string;
  if (process.env.TEST_DATABASE_URL) {
    beheerUrl = process.env.TEST_DATABASE_URL;
  } else {
    cluster = await startCluster();
    beheerUrl = cluster.url('postgres');
  }
  const beheer = new pg.Client({ connectionString: beheerUrl });
  await beheer.connect();
  await beheer.query(`drop database if exists ${SJABLOON_DB}`);
  await beheer.query(`create database ${SJABLOON_DB}`);
  await beheer.end();
  const sjabloonUrl = new URL(beheerUrl);
  sjabloonUrl.pathname = `/${SJABLOON_DB}`;
  const database = await openPostgres(sjabloonUrl.toString(), 2);
  await migrateDatabase(database);
  await laadDemo(database.db, { wachtwoord: DEMO_WACHTWOORD });
  await database.close();
  project.provide('pgliteSjabloon', '');
  project.provide('postgresBeheerUrl', beheerUrl);
  return () => cluster?.stop();
}
