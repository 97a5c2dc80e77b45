import { and, asc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { gemeente, gemeenteInRegio, gemeentegrens, organisatie, steunpunt } from '../../db/schema/index';
import type { GemeenteTelling } from './dekking.rules';

export interface SteunpuntFilter {
  gemeentecode?: string;
  openVoorIedereen?: boolean;
  openbaar?: boolean;
  zoek?: string;
  ids?: string[];
}

/** The support points of a region with their municipality and operator, by municipality and name. */
export async function steunpunten(db: Db, regioId: string, filter: SteunpuntFilter = {}) {
  const voorwaarden: SQL[] = [eq(steunpunt.regioId, regioId)];
  if (filter.ids) voorwaarden.push(inArray(steunpunt.id, filter.ids));
  if (filter.gemeentecode) voorwaarden.push(eq(gemeente.gemeentecode, filter.gemeentecode));
  if (filter.openVoorIedereen !== undefined) voorwaarden.push(eq(steunpunt.openVoorIedereen, filter.openVoorIedereen));
  if (filter.openbaar !== undefined) voorwaarden.push(eq(steunpunt.openbaar, filter.openbaar));
  if (filter.zoek) {
    const patroon = `%${filter.zoek.replace(/[\\%_]/g, '\\$&')}%`;
    voorwaarden.push(or(ilike(steunpunt.naam, patroon), ilike(steunpunt.plaats, patroon), ilike(steunpunt.exploitantNaam, patroon), ilike(organisatie.naam, patroon))!);
  }
  return db
    .select({
      steunpunt,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
      organisatieNaam: organisatie.naam,
    })
    .from(steunpunt)
    .innerJoin(gemeente, eq(gemeente.id, steunpunt.gemeenteId))
    .leftJoin(organisatie, and(eq(organisatie.regioId, regioId), eq(organisatie.id, steunpunt.exploitantOrganisatieId)))
    .where(and(...voorwaarden))
    .orderBy(asc(gemeente.naam), asc(steunpunt.naam));
}
export type SteunpuntRij = Awaited<ReturnType<typeof steunpunten>>[number];

/** One point, locked for the rest of the transaction (a change checks rights on its old municipality). */
export async function vergrendel(db: Db, regioId: string, id: string) {
  const [r] = await db.select().from(steunpunt).where(and(eq(steunpunt.regioId, regioId), eq(steunpunt.id, id))).for('update');
  return r;
}

export type SteunpuntWaarden = Omit<typeof steunpunt.$inferInsert, 'id' | 'regioId' | 'aangemaaktOp' | 'bijgewerktOp'>;

export async function maak(db: Db, regioId: string, waarden: SteunpuntWaarden) {
  const [r] = await db.insert(steunpunt).values({ ...waarden, regioId }).returning({ id: steunpunt.id });
  return r!.id;
}

export async function wijzig(db: Db, regioId: string, id: string, waarden: Partial<SteunpuntWaarden>) {
  await db
    .update(steunpunt)
    .set({ ...waarden, bijgewerktOp: sql`now()` })
    .where(and(eq(steunpunt.regioId, regioId), eq(steunpunt.id, id)));
}

export async function verwijder(db: Db, regioId: string, id: string) {
  await db.delete(steunpunt).where(and(eq(steunpunt.regioId, regioId), eq(steunpunt.id, id)));
}

/**
 * Per member municipality: inhabitants, support points and those open to all, counted by the
 * database in one query (a municipality without points is there with zeros).
 */
export async function tellingen(db: Db, regioId: string): Promise<GemeenteTelling[]> {
  const rijen = await db
    .select({
      gemeentecode: gemeente.gemeentecode,
      naam: gemeente.naam,
      inwoners: gemeente.inwoners,
      steunpunten: sql<number>`count(${steunpunt.id})::int`,
      openVoorIedereen: sql<number>`(count(${steunpunt.id}) filter (where ${steunpunt.openVoorIedereen}))::int`,
    })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .leftJoin(steunpunt, and(eq(steunpunt.regioId, regioId), eq(steunpunt.gemeenteId, gemeenteInRegio.gemeenteId)))
    .where(eq(gemeenteInRegio.regioId, regioId))
    .groupBy(gemeente.gemeentecode, gemeente.naam, gemeente.inwoners)
    .orderBy(asc(gemeente.naam));
  return rijen.map((r) => ({ ...r, steunpunten: Number(r.steunpunten), openVoorIedereen: Number(r.openVoorIedereen) }));
}

/** The boundaries of the region's member municipalities. */
export async function grenzenVanRegio(db: Db, regioId: string) {
  return db
    .select({ gemeentecode: gemeente.gemeentecode, naam: gemeente.naam, geometrie: gemeentegrens.geometrie })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .innerJoin(gemeentegrens, eq(gemeentegrens.gemeentecode, gemeente.gemeentecode))
    .where(eq(gemeenteInRegio.regioId, regioId))
    .orderBy(asc(gemeente.naam));
}

export async function aantalGrenzenVanRegio(db: Db, regioId: string) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .innerJoin(gemeentegrens, eq(gemeentegrens.gemeentecode, gemeente.gemeentecode))
    .where(eq(gemeenteInRegio.regioId, regioId));
  return Number(r?.n ?? 0);
}

export async function registercodes(db: Db): Promise<Set<string>> {
  return new Set((await db.select({ code: gemeente.gemeentecode }).from(gemeente)).map((g) => g.code));
}

export async function alleGrenzen(db: Db) {
  return db.select({ gemeentecode: gemeentegrens.gemeentecode, geometrie: gemeentegrens.geometrie }).from(gemeentegrens);
}

export async function zetGrenzen(db: Db, grenzen: { gemeentecode: string; geometrie: unknown }[]) {
  // A few hundred rows of some hundreds of kB in all: batches of 100 keep each statement modest.
  for (let i = 0; i < grenzen.length; i += 100) {
    await db
      .insert(gemeentegrens)
      .values(grenzen.slice(i, i + 100))
      .onConflictDoUpdate({ target: gemeentegrens.gemeentecode, set: { geometrie: sql`excluded.geometrie`, bijgewerktOp: sql`now()` } });
  }
}

export { vindGemeenteInRegio, vindOrganisatie } from '../regios/regios.repository';
