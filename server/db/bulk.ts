import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client';

/**
 * A transaction with raw access for bulk loads: COPY … FROM on either kind of database
 * (ARCHITECTURE.md gotchas: row inserts are far too slow for a million ledger rows).
 * PostgreSQL streams through pg-copy-streams; PGlite reads the same CSV from a blob.
 */
export interface RuweTransactie {
  query<T = Record<string, unknown>>(tekst: string, parameters?: unknown[]): Promise<T[]>;
  /** Loads CSV text (FORMAT csv, no header) into the given columns. */
  kopieer(tabel: string, kolommen: string[], csv: Iterable<string>): Promise<void>;
}

const naam = (n: string) => `"${n.replace(/"/g, '""')}"`;

export async function inRuweTransactie<T>(database: Database, fn: (tx: RuweTransactie) => Promise<T>): Promise<T> {
  if (database.kind === 'pglite') {
    return database.pglite!.transaction(async (tx) =>
      fn({
        query: async <R>(tekst: string, parameters: unknown[] = []) => (await tx.query<R>(tekst, parameters)).rows,
        kopieer: async (tabel, kolommen, csv) => {
          const blob = new Blob([...csv]);
          await tx.query(`copy ${naam(tabel)} (${kolommen.map(naam).join(', ')}) from '/dev/blob' with (format csv)`, [], { blob });
        },
      }),
    );
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    const uitkomst = await fn({
      query: async <R>(tekst: string, parameters: unknown[] = []) => (await client.query(tekst, parameters)).rows as R[],
      kopieer: async (tabel, kolommen, csv) => {
        const doel = client.query(copyFrom(`copy ${naam(tabel)} (${kolommen.map(naam).join(', ')}) from stdin with (format csv)`));
        await pipeline(Readable.from(csv), doel);
      },
    });
    await client.query('commit');
    return uitkomst;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** One CSV field for COPY: null stays unquoted (NULL), text is always quoted (so '' is empty, not NULL). */
export function csvVeld(waarde: string | number | null): string {
  if (waarde === null) return '';
  if (typeof waarde === 'number') return String(waarde);
  return `"${waarde.replace(/"/g, '""')}"`;
}
