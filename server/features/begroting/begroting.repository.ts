import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  aanvullendPlan,
  agendapunt,
  begroting,
  begrotingUitkering,
  begrotingsbedrag,
  begrotingsregel,
  begrotingsversie,
  boeking,
  herverdeling,
  overlegorgaan,
  uitkering,
  uitkeringBedrag,
  vergadering,
} from '../../db/schema/index';

export async function begrotingenVanRegio(db: Db, regioId: string, filter: { jaar?: number; id?: string }) {
  return db
    .select()
    .from(begroting)
    .where(and(eq(begroting.regioId, regioId), filter.jaar ? eq(begroting.jaar, filter.jaar) : undefined, filter.id ? eq(begroting.id, filter.id) : undefined))
    .orderBy(desc(begroting.jaar), asc(begroting.naam));
}

/** The budgets a grant funds. */
export async function begrotingenGefinancierdDoor(db: Db, regioId: string, uitkeringId: string) {
  return db
    .select({ b: begroting })
    .from(begroting)
    .innerJoin(begrotingUitkering, eq(begrotingUitkering.begrotingId, begroting.id))
    .where(and(eq(begroting.regioId, regioId), eq(begrotingUitkering.uitkeringId, uitkeringId)))
    .then((rijen) => rijen.map((r) => r.b));
}

export async function versiesVan(db: Db, regioId: string, begrotingIds: string[]) {
  if (begrotingIds.length === 0) return [];
  return db
    .select({ v: begrotingsversie, orgaanNaam: overlegorgaan.naam })
    .from(begrotingsversie)
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, begrotingsversie.vastgesteldDoorId))
    .where(and(eq(begrotingsversie.regioId, regioId), inArray(begrotingsversie.begrotingId, begrotingIds)))
    .orderBy(asc(begrotingsversie.versie));
}

export async function regelsEnBedragen(db: Db, regioId: string, begrotingIds: string[]) {
  if (begrotingIds.length === 0) return { regels: [], bedragen: [] };
  const [regels, bedragen] = await Promise.all([
    db
      .select()
      .from(begrotingsregel)
      .where(and(eq(begrotingsregel.regioId, regioId), inArray(begrotingsregel.begrotingId, begrotingIds)))
      .orderBy(asc(begrotingsregel.volgorde)),
    db
      .select({ versieId: begrotingsbedrag.versieId, regelId: begrotingsbedrag.regelId, bedragCenten: begrotingsbedrag.bedragCenten, prognoseCenten: begrotingsbedrag.prognoseCenten })
      .from(begrotingsbedrag)
      .innerJoin(begrotingsversie, eq(begrotingsversie.id, begrotingsbedrag.versieId))
      .where(and(eq(begrotingsbedrag.regioId, regioId), inArray(begrotingsversie.begrotingId, begrotingIds))),
  ]);
  return { regels, bedragen };
}

/** The grants funding each budget, with their amount in the budget's year. */
export async function financieringVan(db: Db, regioId: string, begrotingIds: string[]) {
  if (begrotingIds.length === 0) return [];
  return db
    .select({
      begrotingId: begrotingUitkering.begrotingId,
      id: uitkering.id,
      naam: uitkering.naam,
      bedragCenten: sql<number>`coalesce(${uitkeringBedrag.bedragCenten}, 0)`.mapWith(Number),
    })
    .from(begrotingUitkering)
    .innerJoin(begroting, eq(begroting.id, begrotingUitkering.begrotingId))
    .innerJoin(uitkering, eq(uitkering.id, begrotingUitkering.uitkeringId))
    .leftJoin(uitkeringBedrag, and(eq(uitkeringBedrag.uitkeringId, uitkering.id), eq(uitkeringBedrag.jaar, begroting.jaar)))
    .where(and(eq(begrotingUitkering.regioId, regioId), inArray(begrotingUitkering.begrotingId, begrotingIds)))
    .orderBy(asc(uitkering.naam));
}

export async function herverdelingenVan(db: Db, regioId: string, begrotingIds: string[]) {
  if (begrotingIds.length === 0) return [];
  return db
    .select({ h: herverdeling, versie: begrotingsversie.versie, orgaanNaam: overlegorgaan.naam })
    .from(herverdeling)
    .innerJoin(begrotingsversie, eq(begrotingsversie.id, herverdeling.versieId))
    .leftJoin(overlegorgaan, eq(overlegorgaan.id, herverdeling.overlegorgaanId))
    .where(and(eq(herverdeling.regioId, regioId), inArray(herverdeling.begrotingId, begrotingIds)))
    .orderBy(asc(herverdeling.aangemaaktOp));
}

export async function maakBegroting(db: Db, regioId: string, waarden: { jaar: number; naam: string }) {
  const [b] = await db.insert(begroting).values({ ...waarden, regioId }).returning();
  return b!;
}

export async function koppelUitkeringen(db: Db, regioId: string, begrotingId: string, uitkeringIds: string[]) {
  await db.insert(begrotingUitkering).values(uitkeringIds.map((uitkeringId) => ({ regioId, begrotingId, uitkeringId })));
}

export async function maakRegels(db: Db, regioId: string, begrotingId: string, regels: { code: string; omschrijving: string; taakNummer: number | null; volgorde: number }[]) {
  if (regels.length === 0) return [];
  return db.insert(begrotingsregel).values(regels.map((r) => ({ ...r, regioId, begrotingId }))).returning();
}

export async function wijzigRegel(db: Db, regioId: string, regelId: string, waarden: { omschrijving: string; taakNummer: number | null; volgorde: number }) {
  await db.update(begrotingsregel).set(waarden).where(and(eq(begrotingsregel.regioId, regioId), eq(begrotingsregel.id, regelId)));
}

export async function maakVersie(db: Db, regioId: string, waarden: Omit<typeof begrotingsversie.$inferInsert, 'regioId'>) {
  const [v] = await db.insert(begrotingsversie).values({ ...waarden, regioId }).returning();
  return v!;
}

export async function zetBedragen(db: Db, regioId: string, versieId: string, bedragen: { regelId: string; bedragCenten: number; prognoseCenten?: number | null }[]) {
  await db.delete(begrotingsbedrag).where(and(eq(begrotingsbedrag.regioId, regioId), eq(begrotingsbedrag.versieId, versieId)));
  if (bedragen.length) await db.insert(begrotingsbedrag).values(bedragen.map((b) => ({ ...b, regioId, versieId })));
}

export async function zetPrognose(db: Db, regioId: string, versieId: string, regelId: string, prognoseCenten: number) {
  await db
    .update(begrotingsbedrag)
    .set({ prognoseCenten })
    .where(and(eq(begrotingsbedrag.regioId, regioId), eq(begrotingsbedrag.versieId, versieId), eq(begrotingsbedrag.regelId, regelId)));
}

export async function wijzigVersie(db: Db, regioId: string, versieId: string, waarden: Partial<typeof begrotingsversie.$inferInsert>) {
  await db.update(begrotingsversie).set(waarden).where(and(eq(begrotingsversie.regioId, regioId), eq(begrotingsversie.id, versieId)));
}

export async function maakHerverdeling(db: Db, regioId: string, waarden: Omit<typeof herverdeling.$inferInsert, 'regioId'>) {
  const [h] = await db.insert(herverdeling).values({ ...waarden, regioId }).returning();
  return h!;
}

export async function vindOverlegorgaan(db: Db, regioId: string, id: string) {
  const [o] = await db.select().from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
  return o;
}

/**
 * Commitments and spending per budget line of a budget, aggregated in SQL: the overview
 * returns one row per line, never the ledger itself (ARCHITECTURE.md §4.10).
 */
export async function bestedingPerRegel(db: Db, regioId: string, filter: { begrotingId: string } | { jaar: number }) {
  const rijen = await db
    .select({
      regelId: boeking.begrotingsregelId,
      verplicht: sql<string>`coalesce(sum(${boeking.bedragCenten}) filter (where ${boeking.soort} = 'verplichting'), 0)`,
      uitgegeven: sql<string>`coalesce(sum(${boeking.bedragCenten}) filter (where ${boeking.soort} = 'uitgave'), 0)`,
    })
    .from(boeking)
    .innerJoin(begrotingsregel, eq(begrotingsregel.id, boeking.begrotingsregelId))
    .where(
      and(
        eq(boeking.regioId, regioId),
        'begrotingId' in filter
          ? eq(begrotingsregel.begrotingId, filter.begrotingId)
          : inArray(
              begrotingsregel.begrotingId,
              db.select({ id: begroting.id }).from(begroting).where(and(eq(begroting.regioId, regioId), eq(begroting.jaar, filter.jaar))),
            ),
      ),
    )
    .groupBy(boeking.begrotingsregelId);
  // SUM(bigint) arrives as a string from both drivers.
  return new Map(rijen.map((r) => [r.regelId, { verplichtCenten: Number(r.verplicht), uitgegevenCenten: Number(r.uitgegeven) }]));
}

/**
 * Locks the budget row for the rest of the transaction. Checks such as the reallocation room and
 * the next version number read first and write after; two requests at once must take turns.
 */
export async function vergrendelBegroting(db: Db, regioId: string, begrotingId: string) {
  await db.select({ id: begroting.id }).from(begroting).where(and(eq(begroting.regioId, regioId), eq(begroting.id, begrotingId))).for('update');
}

/**
 * What approved supplementary initiatives reserve per line of a budget, in one query for all its
 * lines (the same sum as aanvullende-plannen' reserveringOpRegel, per line). Only lines with a
 * reservation appear.
 */
export async function reserveringenPerRegel(db: Db, regioId: string, begrotingId: string) {
  const rijen = await db
    .select({
      regelId: aanvullendPlan.begrotingsregelId,
      som: sql<string>`coalesce(sum(${aanvullendPlan.toegekendCenten}), 0)`,
      aantal: sql<string>`count(*)`,
    })
    .from(aanvullendPlan)
    .innerJoin(begrotingsregel, eq(begrotingsregel.id, aanvullendPlan.begrotingsregelId))
    .where(and(eq(aanvullendPlan.regioId, regioId), eq(begrotingsregel.begrotingId, begrotingId), eq(aanvullendPlan.status, 'goedgekeurd')))
    .groupBy(aanvullendPlan.begrotingsregelId);
  // SUM(bigint) and COUNT arrive as strings from both drivers.
  return new Map(rijen.map((r) => [r.regelId, { gereserveerdCenten: Number(r.som), aantal: Number(r.aantal) }]));
}

/**
 * The agenda items that propose adopting this version and are not decided yet, with their
 * meeting: while one exists, the version is what the meeting votes on and must not change.
 */
export async function openVoorstellenVoorVersie(db: Db, regioId: string, versieId: string) {
  return db
    .select({ titel: agendapunt.titel, status: agendapunt.status, vergaderingTitel: vergadering.titel, vergaderingDatum: vergadering.datum, orgaanNaam: overlegorgaan.naam })
    .from(agendapunt)
    .innerJoin(vergadering, eq(vergadering.id, agendapunt.vergaderingId))
    .innerJoin(overlegorgaan, eq(overlegorgaan.id, vergadering.overlegorgaanId))
    .where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.begrotingsversieId, versieId), ne(agendapunt.status, 'besloten')))
    .orderBy(asc(vergadering.datum), asc(agendapunt.volgorde));
}
