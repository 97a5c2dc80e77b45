import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** One query type for both drivers; a transaction is a Db too, so repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Present on the embedded kind: needed for dumps and COPY. */
  pglite?: PGlite;
  /** Present on the server kind. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

// bigint columns (money in cents) must arrive as JS numbers or bigints we control, never as
// floats from a driver guess: keep node-postgres' default (string) and convert at the edge.

export async function openPostgres(url: string, poolMax = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax });
  // An idle connection can be ended by the server (a restart, an administrator, a dropped test
  // database). Without a listener the pool rethrows that as an uncaught error and the process
  // stops; with one, the next query simply opens a new connection.
  pool.on('error', (fout) => {
    if (!isBeeindigdDoorServer(fout)) process.emitWarning(`Verbinding met PostgreSQL verbroken: ${fout.message}`);
  });
  // Fail at start, with the server's own message, rather than at the first request.
  const client = await pool.connect();
  client.release();
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', pool, close: () => pool.end() };
}

export interface PgliteOptions {
  /** A folder for the data; absent means in memory (tests). */
  dataDir?: string;
  /** A dump from PGlite's dumpDataDir to start from (tests clone a migrated template this way). */
  loadDataDir?: Blob | File;
}

export async function openPglite(options: PgliteOptions = {}): Promise<Database> {
  let releaseLock: (() => void) | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    releaseLock = takeLock(options.dataDir);
  }
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
    });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await client.close();
        releaseLock?.();
      },
    };
  } catch (error) {
    releaseLock?.();
    throw error;
  }
}

/**
 * PGlite has one connection and no lock on its folder: two processes on one folder corrupt it.
 * We hold a lock file with our pid; a lock left by a process that no longer runs is taken over.
 */
export function takeLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'regiekamer.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        throw new DataDirInUseError(dataDir, pid);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirInUseError(dataDir, NaN);
}

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `De datamap ${path.resolve(dataDir)} is in gebruik door een ander Regiekamer-proces` +
        (Number.isNaN(pid) ? '' : ` (pid ${pid})`) +
        '. Stop dat proces, of kies een andere map met REGIEKAMER_DATA_DIR.',
    );
    this.name = 'DataDirInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function openDatabase(config: {
  DATABASE_URL?: string;
  DATABASE_POOL_MAX: number;
  REGIEKAMER_DATA_DIR: string;
}): Promise<Database> {
  if (config.DATABASE_URL) return openPostgres(config.DATABASE_URL, config.DATABASE_POOL_MAX);
  return openPglite({ dataDir: config.REGIEKAMER_DATA_DIR });
}

/** 57P01: the server ended the connection on purpose (shutdown, pg_terminate_backend, DROP DATABASE … FORCE). */
function isBeeindigdDoorServer(fout: unknown): boolean {
  return typeof fout === 'object' && fout !== null && (fout as { code?: unknown }).code === '57P01';
}
