import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable as PgTableClass } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema/index';

/**
 * A logical backup: every table as JSON lines, gzipped, read in one read-only REPEATABLE READ
 * transaction so the copy is consistent. The same format restores into either kind of database,
 * so a region can move from the embedded database to a server (docs/decisions/0003).
 */
const FORMAAT = 'regiekamer-backup';
const VERSIE = 1;
const BLOK = 2000;

interface TabelInfo {
  naam: string;
  primaireSleutel: string;
  /** A serial key: its sequence must continue after the restored rows. */
  serieel: boolean;
  /** Nullable foreign keys that close a cycle: written after all rows are in. */
  uitgesteld: string[];
}

/** Tables in an order that satisfies their foreign keys; cycles are broken at nullable columns. */
export function tabelVolgorde(): TabelInfo[] {
  const tabellen = (Object.values(schema) as unknown[]).filter((t): t is PgTable => is(t, PgTableClass));
  const info = new Map(
    tabellen.map((t) => {
      const c = getTableConfig(t);
      const pkKolom = c.columns.find((k) => k.primary);
      const pk = pkKolom?.name ?? 'id';
      const serieel = /Serial/.test(pkKolom?.columnType ?? '');
      const fks = c.foreignKeys.map((fk) => {
        const ref = fk.reference();
        return { naar: getTableName(ref.foreignTable), kolom: ref.columns[0]!.name, nullable: !ref.columns[0]!.notNull };
      });
      return [c.name, { naam: c.name, pk, serieel, fks }] as const;
    }),
  );
  const volgorde: TabelInfo[] = [];
  const gedaan = new Set<string>();
  const uitgesteld = new Map<string, string[]>();
  while (gedaan.size < info.size) {
    let voortgang = false;
    for (const t of info.values()) {
      if (gedaan.has(t.naam)) continue;
      const open = t.fks.filter((fk) => fk.naar !== t.naam && !gedaan.has(fk.naar) && !(uitgesteld.get(t.naam) ?? []).includes(fk.kolom));
      if (open.length === 0) {
        volgorde.push({ naam: t.naam, primaireSleutel: t.pk, serieel: t.serieel, uitgesteld: uitgesteld.get(t.naam) ?? [] });
        gedaan.add(t.naam);
        voortgang = true;
      }
    }
    if (!voortgang) {
      // A cycle: defer the nullable foreign keys of a waiting table whose other keys are met.
      const wachtend = [...info.values()].filter((t) => !gedaan.has(t.naam));
      const breekbaar = wachtend.find((t) =>
        t.fks.every((fk) => fk.naar === t.naam || gedaan.has(fk.naar) || fk.nullable),
      );
      if (!breekbaar) throw new Error(`Geen volgorde mogelijk voor de tabellen ${wachtend.map((t) => t.naam).join(', ')}`);
      uitgesteld.set(
        breekbaar.naam,
        breekbaar.fks.filter((fk) => fk.naar !== breekbaar.naam && !gedaan.has(fk.naar)).map((fk) => fk.kolom),
      );
    }
  }
  return volgorde;
}

/** Both drivers answer raw SQL with an object holding `rows`. */
const rijenVan = <T>(resultaat: unknown) => (resultaat as { rows: T[] }).rows;

async function toegepasteMigraties(db: Db): Promise<string[]> {
  const r = await db.execute(sql`select hash from drizzle.__drizzle_migrations order by id`);
  return rijenVan<{ hash: string }>(r).map((x) => x.hash);
}

export async function maakBackup(db: Db, bestand: string): Promise<Record<string, number>> {
  const tellingen: Record<string, number> = {};
  const regels: string[] = [];
  await db.transaction(
    async (tx) => {
      regels.push(JSON.stringify({ formaat: FORMAAT, versie: VERSIE, gemaaktOp: new Date().toISOString(), migraties: await toegepasteMigraties(tx) }));
      for (const t of tabelVolgorde()) {
        tellingen[t.naam] = 0;
        for (let offset = 0; ; offset += BLOK) {
          const r = await tx.execute(
            sql`select coalesce(json_agg(x), '[]'::json) as rijen from (select * from ${sql.identifier(t.naam)} order by ${sql.identifier(t.primaireSleutel)} limit ${BLOK} offset ${offset}) x`,
          );
          const ruw = rijenVan<{ rijen: unknown[] | string }>(r)[0]!.rijen;
          const rijen = (typeof ruw === 'string' ? JSON.parse(ruw) : ruw) as unknown[];
          if (rijen.length === 0) break;
          regels.push(JSON.stringify({ tabel: t.naam, rijen }));
          tellingen[t.naam]! += rijen.length;
          if (rijen.length < BLOK) break;
        }
      }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  await pipeline(Readable.from(regels.map((r) => r + '\n')), createGzip(), createWriteStream(bestand));
  return tellingen;
}

export class BackupFout extends Error {}

export async function herstelBackup(db: Db, bestand: string): Promise<Record<string, number>> {
  const lezer = createInterface({ input: createReadStream(bestand).pipe(createGunzip()), crlfDelay: Infinity });
  const blokken: { tabel: string; rijen: Record<string, unknown>[] }[] = [];
  let kop: { formaat?: string; versie?: number; migraties?: string[] } | undefined;
  try {
    for await (const regel of lezer) {
      if (!regel.trim()) continue;
      const data = JSON.parse(regel) as never;
      if (!kop) kop = data;
      else blokken.push(data);
    }
  } catch (error) {
    throw new BackupFout(`${bestand} is geen leesbare Regiekamer-backup (${(error as Error).message}).`);
  }
  if (kop?.formaat !== FORMAAT || kop.versie !== VERSIE) throw new BackupFout(`${bestand} is geen Regiekamer-backup van versie ${VERSIE}.`);
  const volgorde = tabelVolgorde();
  const tellingen: Record<string, number> = {};
  await db.transaction(async (tx) => {
    const migraties = await toegepasteMigraties(tx);
    if (JSON.stringify(migraties) !== JSON.stringify(kop.migraties)) {
      throw new BackupFout(
        `De backup hoort bij een ander databaseschema (${kop.migraties?.length ?? 0} migraties, deze database ${migraties.length}). ` +
          'Herstel hem met de versie van Regiekamer waarmee hij is gemaakt.',
      );
    }
    await tx.execute(sql.raw(`truncate ${volgorde.map((t) => `"${t.naam}"`).join(', ')} restart identity cascade`));
    for (const t of volgorde) {
      tellingen[t.naam] = 0;
      for (const blok of blokken.filter((b) => b.tabel === t.naam)) {
        const rijen = t.uitgesteld.length
          ? blok.rijen.map((r) => ({ ...r, ...Object.fromEntries(t.uitgesteld.map((k) => [k, null])) }))
          : blok.rijen;
        await tx.execute(
          sql`insert into ${sql.identifier(t.naam)} select * from json_populate_recordset(null::${sql.identifier(t.naam)}, ${JSON.stringify(rijen)}::json)`,
        );
        tellingen[t.naam]! += rijen.length;
      }
    }
    for (const t of volgorde.filter((x) => x.uitgesteld.length)) {
      for (const blok of blokken.filter((b) => b.tabel === t.naam)) {
        const zet = sql.join(
          t.uitgesteld.map((k) => sql`${sql.identifier(k)} = x.${sql.identifier(k)}`),
          sql`, `,
        );
        await tx.execute(
          sql`update ${sql.identifier(t.naam)} t set ${zet} from json_populate_recordset(null::${sql.identifier(t.naam)}, ${JSON.stringify(blok.rijen)}::json) x where t.${sql.identifier(t.primaireSleutel)} = x.${sql.identifier(t.primaireSleutel)}`,
        );
      }
    }
    // Serial ids continue after the restored rows.
    for (const t of volgorde.filter((x) => x.serieel)) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${t.naam}, ${t.primaireSleutel}), coalesce((select max(${sql.identifier(t.primaireSleutel)}) from ${sql.identifier(t.naam)}), 0) + 1, false)`,
      );
    }
  });
  return tellingen;
}
