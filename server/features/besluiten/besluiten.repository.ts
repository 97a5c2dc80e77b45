import { and, asc, count, desc, eq, gte, inArray, isNull, lt, max, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  aanvullendPlan,
  aanwezigheid,
  agendapunt,
  begroting,
  begrotingsregel,
  begrotingsversie,
  besluit,
  gemeente,
  gemeenteInRegio,
  herverdeling,
  overlegorgaan,
  overlegorgaanLid,
  standpunt,
  stem,
  transformatieplan,
  uitvoeringsplan,
  vergadering,
} from '../../db/schema/index';

// Every function takes the regioId first and filters on it (ARCHITECTURE.md §4.6): an id of
// another region simply finds nothing.

const jaarFilter = (kolom: typeof vergadering.datum | typeof besluit.datum, jaar: number | undefined): SQL | undefined =>
  jaar === undefined ? undefined : and(gte(kolom, `${jaar}-01-01`), lt(kolom, `${jaar + 1}-01-01`));

// --- vergaderingen -----------------------------------------------------------------------------

export async function vergaderingen(db: Db, regioId: string, filter: { overlegorgaanId?: string; jaar?: number; id?: string }) {
  const punten = db
    .select({ vergaderingId: agendapunt.vergaderingId, aantal: count().as('aantal') })
    .from(agendapunt)
    .where(eq(agendapunt.regioId, regioId))
    .groupBy(agendapunt.vergaderingId)
    .as('punten');
  const besloten = db
    .select({ vergaderingId: besluit.vergaderingId, aantal: count().as('aantal_besluiten') })
    .from(besluit)
    .where(eq(besluit.regioId, regioId))
    .groupBy(besluit.vergaderingId)
    .as('besloten');
  const rijen = await db
    .select({ v: vergadering, orgaanNaam: overlegorgaan.naam, orgaanSoort: overlegorgaan.soort, punten: punten.aantal, besluiten: besloten.aantal })
    .from(vergadering)
    .innerJoin(overlegorgaan, eq(overlegorgaan.id, vergadering.overlegorgaanId))
    .leftJoin(punten, eq(punten.vergaderingId, vergadering.id))
    .leftJoin(besloten, eq(besloten.vergaderingId, vergadering.id))
    .where(
      and(
        eq(vergadering.regioId, regioId),
        filter.overlegorgaanId ? eq(vergadering.overlegorgaanId, filter.overlegorgaanId) : undefined,
        filter.id ? eq(vergadering.id, filter.id) : undefined,
        jaarFilter(vergadering.datum, filter.jaar),
      ),
    )
    .orderBy(desc(vergadering.datum), asc(overlegorgaan.naam));
  return rijen.map((r) => ({
    id: r.v.id,
    overlegorgaan: { id: r.v.overlegorgaanId, naam: r.orgaanNaam, soort: r.orgaanSoort },
    datum: r.v.datum,
    titel: r.v.titel,
    locatie: r.v.locatie,
    status: r.v.status as 'gepland' | 'gehouden',
    aantalAgendapunten: Number(r.punten ?? 0),
    aantalBesluiten: Number(r.besluiten ?? 0),
  }));
}

/**
 * One meeting; locked for the rest of the transaction when it, its presence or its items are about
 * to change. Every such write locks the meeting first (then an item, then the body), so two writes
 * on the same meeting take turns and never deadlock.
 */
export async function vindVergadering(db: Db, regioId: string, id: string, opties: { vergrendel?: boolean } = {}) {
  const q = db.select().from(vergadering).where(and(eq(vergadering.regioId, regioId), eq(vergadering.id, id)));
  const [v] = opties.vergrendel ? await q.for('update') : await q;
  return v;
}

export async function maakVergadering(db: Db, regioId: string, waarden: Omit<typeof vergadering.$inferInsert, 'regioId'>) {
  const [v] = await db.insert(vergadering).values({ ...waarden, regioId }).returning();
  return v!;
}

export async function wijzigVergadering(db: Db, regioId: string, id: string, waarden: Partial<typeof vergadering.$inferInsert>) {
  if (Object.values(waarden).every((w) => w === undefined)) return;
  await db.update(vergadering).set(waarden).where(and(eq(vergadering.regioId, regioId), eq(vergadering.id, id)));
}

export async function verwijderVergadering(db: Db, regioId: string, id: string) {
  await db.delete(vergadering).where(and(eq(vergadering.regioId, regioId), eq(vergadering.id, id)));
}

// --- overlegorgaan en zetels --------------------------------------------------------------------

export async function vindOverlegorgaan(db: Db, regioId: string, id: string, opties: { vergrendel?: boolean } = {}) {
  const q = db.select().from(overlegorgaan).where(and(eq(overlegorgaan.regioId, regioId), eq(overlegorgaan.id, id)));
  const [o] = opties.vergrendel ? await q.for('update') : await q;
  return o;
}

/** The seats of a body, with the municipality of a municipality's seat. */
export async function zetelsVan(db: Db, regioId: string, overlegorgaanId: string) {
  return db
    .select({
      lidId: overlegorgaanLid.id,
      naam: overlegorgaanLid.naam,
      functie: overlegorgaanLid.functie,
      stemgerechtigd: overlegorgaanLid.stemgerechtigd,
      gemeenteId: overlegorgaanLid.gemeenteId,
      gemeentecode: gemeente.gemeentecode,
      gemeenteNaam: gemeente.naam,
    })
    .from(overlegorgaanLid)
    .leftJoin(gemeente, eq(gemeente.id, overlegorgaanLid.gemeenteId))
    .where(and(eq(overlegorgaanLid.regioId, regioId), eq(overlegorgaanLid.overlegorgaanId, overlegorgaanId)))
    .orderBy(asc(gemeente.naam), asc(overlegorgaanLid.naam));
}

/** A municipality of this region by its CBS code. */
export async function vindGemeenteInRegio(db: Db, regioId: string, gemeentecode: string) {
  const [g] = await db
    .select({ id: gemeente.id, gemeentecode: gemeente.gemeentecode, naam: gemeente.naam })
    .from(gemeenteInRegio)
    .innerJoin(gemeente, eq(gemeente.id, gemeenteInRegio.gemeenteId))
    .where(and(eq(gemeenteInRegio.regioId, regioId), eq(gemeente.gemeentecode, gemeentecode)));
  return g;
}

export async function aanwezigheidVan(db: Db, regioId: string, vergaderingId: string) {
  return db
    .select({ lidId: aanwezigheid.overlegorgaanLidId, aanwezig: aanwezigheid.aanwezig })
    .from(aanwezigheid)
    .where(and(eq(aanwezigheid.regioId, regioId), eq(aanwezigheid.vergaderingId, vergaderingId)));
}

export async function zetAanwezigheid(db: Db, regioId: string, vergaderingId: string, rijen: { lidId: string; aanwezig: boolean }[]) {
  await db.delete(aanwezigheid).where(and(eq(aanwezigheid.regioId, regioId), eq(aanwezigheid.vergaderingId, vergaderingId)));
  if (rijen.length) {
    await db.insert(aanwezigheid).values(rijen.map((r) => ({ regioId, vergaderingId, overlegorgaanLidId: r.lidId, aanwezig: r.aanwezig })));
  }
}

// --- agendapunten -------------------------------------------------------------------------------

export type AgendapuntRij = typeof agendapunt.$inferSelect;

export async function agendapuntenVan(db: Db, regioId: string, vergaderingId: string) {
  return db
    .select()
    .from(agendapunt)
    .where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.vergaderingId, vergaderingId)))
    .orderBy(asc(agendapunt.volgorde), asc(agendapunt.titel));
}

/** One item of a meeting; locked for the rest of the transaction when it is about to change. */
export async function vindAgendapunt(db: Db, regioId: string, vergaderingId: string, id: string, opties: { vergrendel?: boolean } = {}) {
  const q = db
    .select()
    .from(agendapunt)
    .where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.vergaderingId, vergaderingId), eq(agendapunt.id, id)));
  const [a] = opties.vergrendel ? await q.for('update') : await q;
  return a;
}

export async function hoogsteVolgorde(db: Db, regioId: string, vergaderingId: string) {
  const [r] = await db
    .select({ m: max(agendapunt.volgorde) })
    .from(agendapunt)
    .where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.vergaderingId, vergaderingId)));
  return r?.m ?? 0;
}

export async function maakAgendapunt(db: Db, regioId: string, waarden: Omit<typeof agendapunt.$inferInsert, 'regioId'>) {
  const [a] = await db.insert(agendapunt).values({ ...waarden, regioId }).returning();
  return a!;
}

export async function wijzigAgendapunt(db: Db, regioId: string, id: string, waarden: Partial<typeof agendapunt.$inferInsert>) {
  if (Object.values(waarden).every((w) => w === undefined)) return;
  await db.update(agendapunt).set(waarden).where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.id, id)));
}

export async function verwijderAgendapunt(db: Db, regioId: string, id: string) {
  await db.delete(agendapunt).where(and(eq(agendapunt.regioId, regioId), eq(agendapunt.id, id)));
}

// --- standpunten en stemmen ---------------------------------------------------------------------

export async function standpuntenVan(db: Db, regioId: string, agendapuntIds: string[]) {
  if (agendapuntIds.length === 0) return [];
  return db
    .select({ s: standpunt, gemeentecode: gemeente.gemeentecode, gemeenteNaam: gemeente.naam })
    .from(standpunt)
    .innerJoin(gemeente, eq(gemeente.id, standpunt.gemeenteId))
    .where(and(eq(standpunt.regioId, regioId), inArray(standpunt.agendapuntId, agendapuntIds)))
    .orderBy(asc(gemeente.naam));
}

/** Records or replaces a college's position on an item; returns the row before (if any). */
export async function zetStandpunt(db: Db, regioId: string, waarden: Omit<typeof standpunt.$inferInsert, 'regioId' | 'id' | 'vastgelegdOp'>) {
  const [voor] = await db
    .select()
    .from(standpunt)
    .where(and(eq(standpunt.regioId, regioId), eq(standpunt.agendapuntId, waarden.agendapuntId), eq(standpunt.gemeenteId, waarden.gemeenteId)));
  const [na] = await db
    .insert(standpunt)
    .values({ ...waarden, regioId })
    .onConflictDoUpdate({
      target: [standpunt.agendapuntId, standpunt.gemeenteId],
      set: { standpunt: waarden.standpunt, collegebesluitOp: waarden.collegebesluitOp, referentie: waarden.referentie, toelichting: waarden.toelichting ?? '', vastgelegdOp: new Date() },
    })
    .returning();
  return { voor, na: na! };
}

export async function stemmenVan(db: Db, regioId: string, agendapuntIds: string[]) {
  if (agendapuntIds.length === 0) return [];
  return db
    .select({ s: stem, gemeentecode: gemeente.gemeentecode, gemeenteNaam: gemeente.naam })
    .from(stem)
    .innerJoin(gemeente, eq(gemeente.id, stem.gemeenteId))
    .where(and(eq(stem.regioId, regioId), inArray(stem.agendapuntId, agendapuntIds)))
    .orderBy(asc(gemeente.naam));
}

export async function maakStemmen(db: Db, regioId: string, agendapuntId: string, zetels: { gemeenteId: string; aanwezig: boolean }[]) {
  if (zetels.length) await db.insert(stem).values(zetels.map((z) => ({ regioId, agendapuntId, gemeenteId: z.gemeenteId, aanwezig: z.aanwezig })));
}

/** Casts a seat's vote; only a seat that has not voted yet changes. Returns whether it did. */
export async function zetKeuze(db: Db, regioId: string, agendapuntId: string, gemeenteId: string, keuze: string) {
  const rijen = await db
    .update(stem)
    .set({ keuze, uitgebrachtOp: new Date() })
    .where(and(eq(stem.regioId, regioId), eq(stem.agendapuntId, agendapuntId), eq(stem.gemeenteId, gemeenteId), eq(stem.aanwezig, true), isNull(stem.keuze)))
    .returning({ id: stem.id });
  return rijen.length === 1;
}

export async function verwijderStemmen(db: Db, regioId: string, agendapuntId: string) {
  await db.delete(stem).where(and(eq(stem.regioId, regioId), eq(stem.agendapuntId, agendapuntId)));
}

// --- besluiten ----------------------------------------------------------------------------------

export async function besluiten(db: Db, regioId: string, filter: { overlegorgaanId?: string; jaar?: number; id?: string; agendapuntIds?: string[] }) {
  if (filter.agendapuntIds && filter.agendapuntIds.length === 0) return [];
  return db
    .select({ b: besluit, orgaanNaam: overlegorgaan.naam, vergaderingTitel: vergadering.titel, vergaderingDatum: vergadering.datum, a: agendapunt })
    .from(besluit)
    .innerJoin(overlegorgaan, eq(overlegorgaan.id, besluit.overlegorgaanId))
    .innerJoin(vergadering, eq(vergadering.id, besluit.vergaderingId))
    .innerJoin(agendapunt, eq(agendapunt.id, besluit.agendapuntId))
    .where(
      and(
        eq(besluit.regioId, regioId),
        filter.overlegorgaanId ? eq(besluit.overlegorgaanId, filter.overlegorgaanId) : undefined,
        filter.jaar !== undefined ? eq(besluit.jaar, filter.jaar) : undefined,
        filter.id ? eq(besluit.id, filter.id) : undefined,
        filter.agendapuntIds ? inArray(besluit.agendapuntId, filter.agendapuntIds) : undefined,
      ),
    )
    .orderBy(desc(besluit.jaar), asc(overlegorgaan.naam), desc(besluit.volgnummer));
}

/** The next number of a body in a year; call with the body's row locked, so two decisions never share one. */
export async function volgendVolgnummer(db: Db, regioId: string, overlegorgaanId: string, jaar: number) {
  const [r] = await db
    .select({ m: max(besluit.volgnummer) })
    .from(besluit)
    .where(and(eq(besluit.regioId, regioId), eq(besluit.overlegorgaanId, overlegorgaanId), eq(besluit.jaar, jaar)));
  return (r?.m ?? 0) + 1;
}

export async function maakBesluit(db: Db, regioId: string, waarden: Omit<typeof besluit.$inferInsert, 'regioId'>) {
  const [b] = await db.insert(besluit).values({ ...waarden, regioId }).returning();
  return b!;
}

// --- what proposals point at --------------------------------------------------------------------

export async function begrotingenVan(db: Db, regioId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select({ id: begroting.id, naam: begroting.naam, jaar: begroting.jaar }).from(begroting).where(and(eq(begroting.regioId, regioId), inArray(begroting.id, ids)));
}

export async function versiesVan(db: Db, regioId: string, filter: { ids?: string[]; besluitIds?: string[] }) {
  const ids = filter.ids ?? filter.besluitIds ?? [];
  if (ids.length === 0) return [];
  return db
    .select({ id: begrotingsversie.id, versie: begrotingsversie.versie, begrotingId: begrotingsversie.begrotingId, besluitId: begrotingsversie.besluitId })
    .from(begrotingsversie)
    .where(and(eq(begrotingsversie.regioId, regioId), filter.ids ? inArray(begrotingsversie.id, ids) : inArray(begrotingsversie.besluitId, ids)));
}

export async function regelsVan(db: Db, regioId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: begrotingsregel.id, code: begrotingsregel.code, omschrijving: begrotingsregel.omschrijving })
    .from(begrotingsregel)
    .where(and(eq(begrotingsregel.regioId, regioId), inArray(begrotingsregel.id, ids)));
}

export async function herverdelingenVanBesluiten(db: Db, regioId: string, besluitIds: string[]) {
  if (besluitIds.length === 0) return [];
  return db
    .select({ id: herverdeling.id, besluitId: herverdeling.besluitId, nieuweVersieId: herverdeling.nieuweVersieId })
    .from(herverdeling)
    .where(and(eq(herverdeling.regioId, regioId), inArray(herverdeling.besluitId, besluitIds)));
}

/** The plans of the other features, read only for names and choices (their services own them). */
export async function uitvoeringsplannen(db: Db, regioId: string, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: uitvoeringsplan.id, naam: uitvoeringsplan.naam, jaar: uitvoeringsplan.jaar, versie: uitvoeringsplan.versie, status: uitvoeringsplan.status })
    .from(uitvoeringsplan)
    .where(and(eq(uitvoeringsplan.regioId, regioId), ids ? inArray(uitvoeringsplan.id, ids) : undefined))
    .orderBy(desc(uitvoeringsplan.jaar), desc(uitvoeringsplan.versie));
}

export async function aanvullendePlannen(db: Db, regioId: string, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: aanvullendPlan.id, titel: aanvullendPlan.titel, status: aanvullendPlan.status, gevraagdCenten: aanvullendPlan.gevraagdCenten })
    .from(aanvullendPlan)
    .where(and(eq(aanvullendPlan.regioId, regioId), ids ? inArray(aanvullendPlan.id, ids) : undefined))
    .orderBy(asc(aanvullendPlan.titel));
}

export async function transformatieplannen(db: Db, regioId: string, ids?: string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: transformatieplan.id, titel: transformatieplan.titel, status: transformatieplan.status })
    .from(transformatieplan)
    .where(and(eq(transformatieplan.regioId, regioId), ids ? inArray(transformatieplan.id, ids) : undefined))
    .orderBy(asc(transformatieplan.titel));
}
